"""The register leaving or entering the vault: JSON (``vigie.register/1``), CSV for spreadsheets, PDF to print.

Import is all or nothing: the whole file is decoded, parsed and validated before the single transaction that
replaces the register, so a bad file never leaves half a register behind.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any, BinaryIO

from core.clock import Clock, from_iso, system_clock, to_iso
from core.content.checklist import Measure
from core.content.checklist import catalogue as checklist_catalogue
from core.domain import register_vocab as V
from core.domain.practice import Practice
from core.domain.problems import problem, refused
from core.domain.register import Activity, Register
from core.domain.register_codec import document_in, document_out
from core.errors import InvalidInput
from core.rules.checklist_measures import MeasureSuggestion
from core.rules.register_measures import STANDING_FR, MeasureLine, Standing, statement
from core.storage.repositories import practice as practice_repo
from core.storage.repositories import register as repo
from core.vault import Vault

MAX_IMPORT_BYTES = 64 * 1024 * 1024
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _practice(vault: Vault) -> Practice | None:
    with vault.read() as conn:
        return practice_repo.get(conn)


def _register(vault: Vault) -> Register:
    with vault.read() as conn:
        return Register(tuple(repo.list_activities(conn)), tuple(repo.list_processors(conn)))


# --- JSON -----------------------------------------------------------------------------------------------
def export_document(vault: Vault, clock: Clock = system_clock) -> dict[str, Any]:
    practice = _practice(vault)
    controller = asdict(practice) if practice else {}
    return document_out(_register(vault), to_iso(clock()), controller)


def dumps(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_json(vault: Vault, out: BinaryIO, clock: Clock = system_clock) -> None:
    out.write(dumps(export_document(vault, clock)))


def parse_json(data: bytes) -> Register:
    """Decode and validate a ``vigie.register/1`` file; :class:`InvalidInput` says exactly what is wrong."""
    if len(data) > MAX_IMPORT_BYTES:
        raise InvalidInput(
            [problem("(fichier)", "import.too_large", max_mb=MAX_IMPORT_BYTES // 2**20)]
        )
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark, as some Windows editors write, is accepted
    except UnicodeDecodeError as exc:
        raise InvalidInput([problem("(fichier)", "import.not_utf8", offset=exc.start)]) from exc
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            [problem("(fichier)", "import.json_invalid", line=exc.lineno, column=exc.colno, technical=exc.msg)]
        ) from exc
    except _Constant as exc:
        raise InvalidInput([problem("(fichier)", "import.constant", name=exc.name)]) from exc
    except ValueError as exc:  # Python's own words (an integer too long to convert), shown as they are
        raise InvalidInput([problem("(fichier)", "import.value_refused", technical=str(exc))]) from exc
    except RecursionError as exc:
        raise InvalidInput([problem("(fichier)", "import.too_deep")]) from exc
    try:
        return document_in(document)
    except RecursionError as exc:
        raise InvalidInput([problem("(fichier)", "import.too_deep")]) from exc


class _Constant(ValueError):
    """NaN or Infinity: not JSON, refused by name."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _reject_constant(name: str) -> Any:
    raise _Constant(name)


def import_json(
    vault: Vault, data: bytes, *, replace_existing: bool = False, clock: Clock = system_clock
) -> tuple[int, int]:
    """Replace the register with the file's content; refused if the register is not empty and not
    ``replace_existing`` (checked inside the transaction)."""
    register = parse_json(data)
    now = to_iso(clock())
    processors = [p if p.created_at else _stamped(p, now) for p in register.processors]
    activities = [a if a.created_at else _stamped(a, now) for a in register.activities]
    with vault.transaction() as conn:
        if repo.counts(conn) != (0, 0) and not replace_existing:
            raise refused("refusal.register_not_empty")
        repo.clear(conn)
        repo.insert_processors(conn, processors)
        repo.insert_activities(conn, activities)
    return len(activities), len(processors)


def _stamped(item: Any, now: str) -> Any:
    return replace(item, created_at=now, updated_at=item.updated_at or now)


# --- CSV ------------------------------------------------------------------------------------------------
CSV_HEADER = (
    "Référence",
    "Activité",
    "Statut",
    "Complétude (%)",
    "Logiciel ou application",
    "Responsable conjoint",
    "Finalités",
    "Base légale",
    "Justification de la base légale",
    "Condition de l'article 9",
    "Personnes concernées",
    "Catégories de données",
    "Données sensibles",
    "Source des données",
    "Destinataires internes",
    "Organismes externes",
    "Sous-traitants",
    "Transferts hors UE",
    "Durées de conservation",
    "Mesures de sécurité",
    "AIPD nécessaire",
    "Information des personnes",
    "Créée le",
    "Mise à jour le",
    # Added after the first format (columns are only ever appended): each measure's standing, as printed.
    "Mesures de sécurité : état d'après l'auto-évaluation",
    "Mesures de sécurité : source",
)


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe (CSV injection)."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _checked(items: tuple[Any, ...], vocab: dict[str, V.Term]) -> str:
    return "\n".join(V.label(vocab, c.code) + (f" : {c.detail}" if c.detail else "") for c in items)


def _date(stamp: str) -> str:
    return from_iso(stamp).strftime("%d/%m/%Y") if stamp else ""


@dataclass(frozen=True)
class _MeasureSource:
    """What the register's security measures are stated from: the latest self-assessment, if any."""

    suggestions: Mapping[str, MeasureSuggestion] | None
    label: str  # "l'auto-évaluation de sécurité 2026" (or "… (en cours)"), "" without one
    catalogue: tuple[Measure, ...]

    def sentence(self) -> str:
        if self.suggestions is None:
            return "Aucune auto-évaluation de sécurité n'a encore été faite : aucune mesure n'est vérifiée."
        return f"D'après {self.label}."


def _measure_source(vault: Vault, clock: Clock) -> _MeasureSource:
    from core.services.checklist import ChecklistService

    checklist = ChecklistService(vault, clock)
    found = checklist.register_measures()
    label = ""
    if found is not None:
        label = f"l'auto-évaluation de sécurité {found.year}" + ("" if found.closed else " (en cours)")
    return _MeasureSource(found.measures if found else None, label, checklist.catalogue.measures)


def _stated_measures(lines: tuple[MeasureLine, ...]) -> str:
    """The register's statement: measures in place, then those declared and not yet checked (as printed)."""
    order = (Standing.IN_PLACE, Standing.DECLARED)
    stated = sorted((x for x in lines if x.standing in order), key=lambda x: order.index(x.standing))
    return "\n".join(
        x.label_fr
        + (" (déclarée, pas encore vérifiée)" if x.standing == Standing.DECLARED else "")
        + (f" : {x.detail}" if x.detail else "")
        for x in stated
    )


def _standings(lines: tuple[MeasureLine, ...]) -> str:
    return "\n".join(
        f"{x.label_fr} : {STANDING_FR[x.standing]}" + (f" (questions {', '.join(x.items)})" if x.items else "")
        for x in lines
    )


def csv_row(a: Activity, register: Register, measures: _MeasureSource | None = None) -> list[str]:
    """``measures``: the self-assessment the security columns follow (none given: no self-assessment)."""
    source = measures or _MeasureSource(None, "", checklist_catalogue().measures)
    lines = statement(a.security_measures, source.suggestions, source.catalogue)
    processors = [register.processor(r) for r in a.processor_refs]
    transfers = "Non"
    if a.transfers_outside_eu:
        transfers = (
            "\n".join(
                f"{t.country} ({V.label(V.SAFEGUARDS, t.safeguard) if t.safeguard else 'garantie à préciser'})"
                for t in a.transfers
            )
            or "Oui"
        )
    return [
        a.ref,
        a.name,
        V.label(V.STATUSES, a.status),
        str(a.completeness()),
        a.software,
        a.joint_controller,
        "\n".join(a.purposes),
        V.label(V.LEGAL_BASES, a.legal_basis) if a.legal_basis else "",
        a.legal_basis_detail,
        (V.label(V.ART9_CONDITIONS, a.art9_condition) + (f" — {a.art9_detail}" if a.art9_detail else ""))
        if a.art9_condition
        else "",
        _checked(a.persons, V.PERSON_CATEGORIES),
        _checked(a.data_categories, V.DATA_CATEGORIES),
        _checked(a.sensitive_data, V.SENSITIVE_DATA),
        a.data_source,
        "\n".join(a.recipients_internal),
        "\n".join(a.recipients_external),
        "\n".join(f"{p.ref} {p.name}" for p in processors if p is not None),
        transfers,
        "\n".join(f"{r.category} : {r.total_text()}" for r in a.retention),
        _stated_measures(lines),
        "" if a.dpia_required is None else ("Oui" if a.dpia_required else "Non"),
        a.information,
        _date(a.created_at),
        _date(a.updated_at),
        _standings(lines),
        source.sentence(),
    ]


def export_csv(vault: Vault, out: BinaryIO, clock: Clock = system_clock) -> None:
    """Semicolon-separated UTF-8 with a byte-order mark: what a French spreadsheet opens without a wizard.
    Security measures are stated as in the printed register (from the self-assessment), never the raw ticks."""
    register = _register(vault)
    measures = _measure_source(vault, clock)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for activity in register.activities:
        writer.writerow([neutralise(cell) for cell in csv_row(activity, register, measures)])
    out.write(buffer.getvalue().encode("utf-8-sig"))


# --- PDF ------------------------------------------------------------------------------------------------
def export_pdf(vault: Vault, out: BinaryIO, clock: Clock = system_clock) -> None:
    from core.reports.register_pdf import RegisterReport, render

    practice = _practice(vault)
    now = clock()
    measures = _measure_source(vault, clock)
    report = RegisterReport(
        practice=practice,
        register=_register(vault),
        generated_at=now,
        measure_suggestions=measures.suggestions,
        assessment_label=measures.label,
        measure_catalogue=measures.catalogue,
    )
    render(report, out)
