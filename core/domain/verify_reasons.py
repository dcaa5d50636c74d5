"""What ``verify`` says about a vault, as codes with parameters, rendered in French or English at the edge.

The checks (:mod:`core.storage.evidence`, :mod:`core.storage.ledger`, :mod:`core.storage.ledger_auth`, the key
file and the anchor in :mod:`core.vault`) return a :class:`Reason`; the command line prints :func:`line` in
``--lang`` (French by default, byte for byte what it printed before codes existed) and the settings page shows
it in the interface language. One table below, the same placeholders in both languages.

Parameters: ``seq``, ``last``, ``anchor``, ``n`` (numbers); ``detail`` (SQLite's own technical words, shown as
they are); ``name`` (a trigger); ``slot`` (a key-file slot, rendered through ``slot.<name>``); ``table`` and
``key`` (an evidential row, rendered as ``{record}``: the table's label from ``table.<name>`` and its key).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from core import wording

__all__ = ["TEXTS", "Reason", "entries", "head", "line", "render"]

# code -> (French, English). Keep both sentences saying the same thing.
TEXTS: dict[str, tuple[str, str]] = {
    # --- the line a reason is printed on: what part of the vault it concerns ------------------------------
    "part.integrity": ("intégrité : {text}", "integrity: {text}"),
    "part.journal": ("journal : {text}", "journal: {text}"),
    "part.protections": ("protections : {text}", "protections: {text}"),
    "part.records": ("enregistrements : {text}", "records: {text}"),
    "part.key_file": ("{text}", "{text}"),
    # --- the database file (SQLCipher's page check, SQLite's integrity_check) --------------------------
    "integrity.problem": ("{detail}", "{detail}"),
    # --- the key file, checked without any secret ------------------------------------------------------
    "key_file.damaged": ("fichier de clés endommagé : {slot}", "key file damaged: {slot}"),
    "key_file.no_recovery": ("fichier de clés : aucun code de secours", "key file: no recovery code"),
    "key_file.weak": (
        "fichier de clés : {slot} scellé avec un coût trop faible (n = {n}) ; changez-le",
        "key file: {slot} sealed at too low a cost (n = {n}); change it",
    ),
    "slot.passphrase": ("emplacement de la phrase de passe", "passphrase slot"),
    "slot.recovery": ("emplacement du code de secours", "recovery code slot"),
    "slot.recovery_pending": (
        "nouveau code de secours en attente de confirmation",
        "new recovery code waiting for confirmation",
    ),
    "slot.header": ("identifiant du coffre ou valeur de contrôle", "vault identifier or check value"),
    # --- the journal's anchor, kept in the key file ----------------------------------------------------
    "anchor.missing": (
        "ancre externe du journal absente du fichier de clés",
        "the journal's outside anchor is missing from the key file",
    ),
    "anchor.unreadable": (
        "ancre externe du journal illisible dans le fichier de clés",
        "the journal's outside anchor in the key file is unreadable",
    ),
    "anchor.unauthentic": (
        "ancre externe du journal non authentique (modifiée hors de Vigie)",
        "the journal's outside anchor is not authentic (changed outside Vigie)",
    ),
    # --- each entry's authentication (core.storage.ledger_auth) ------------------------------------------
    "auth.unauthenticated": (
        "entrée n° {seq} sans authentification (ajoutée hors de Vigie)",
        "entry no. {seq} has no authentication (added outside Vigie)",
    ),
    "auth.mac_mismatch": (
        "entrée n° {seq} modifiée après coup (son authentification ne correspond plus)",
        "entry no. {seq} changed after the fact (its authentication no longer matches)",
    ),
    "auth.orphan_mac": (
        "entrée n° {seq} disparue du journal (son authentification subsiste)",
        "entry no. {seq} gone from the journal (its authentication remains)",
    ),
    # --- the hash chain (core.storage.ledger) ------------------------------------------------------------
    "chain.missing": ("entrée n° {seq} manquante", "entry no. {seq} missing"),
    "chain.unreadable": ("entrée n° {seq} illisible", "entry no. {seq} unreadable"),
    "chain.altered": ("entrée n° {seq} modifiée après coup", "entry no. {seq} changed after the fact"),
    "chain.cut": (
        "le journal s'arrête à l'entrée n° {last} alors que l'ancre externe en attestait {anchor} : "
        "des entrées récentes ont disparu",
        "the journal stops at entry no. {last} while the outside anchor vouched for {anchor}: recent entries "
        "have disappeared",
    ),
    "chain.anchor_mismatch": (
        "l'entrée n° {seq} ne correspond plus à l'ancre",
        "entry no. {seq} no longer matches the anchor",
    ),
    # --- evidential records (core.storage.evidence) ------------------------------------------------------
    "record.missing_trigger": (
        "protection « {name} » supprimée de la base",
        "protection \u201c{name}\u201d removed from the database",
    ),
    "record.unreadable": ("entrée n° {seq} illisible", "entry no. {seq} unreadable"),
    "record.unsealed": (
        "{record} : absent du journal (créé ou rétabli hors de Vigie)",
        "{record}: not in the journal (created or put back outside Vigie)",
    ),
    "record.changed": (
        "{record} : diffère de l'entrée n° {seq} du journal (modifié hors de Vigie)",
        "{record}: differs from journal entry no. {seq} (changed outside Vigie)",
    ),
    "record.missing_row": (
        "{record} : disparu, alors que l'entrée n° {seq} du journal l'atteste (supprimé hors de Vigie)",
        "{record}: gone, while journal entry no. {seq} vouches for it (deleted outside Vigie)",
    ),
    "record.missing_row_scoped": (
        "{record} : disparu ou sorti de l'état attesté, alors que l'entrée n° {seq} du journal l'atteste "
        "(supprimé hors de Vigie)",
        "{record}: gone or out of the state vouched for, while journal entry no. {seq} vouches for it "
        "(deleted outside Vigie)",
    ),
    # labels of the evidential tables (core.storage.evidence.SPECS)
    "table.incident": ("incident", "incident"),
    "table.incident_activity": ("traitement concerné par un incident", "processing concerned by an incident"),
    "table.incident_assessment": ("évaluation d'incident", "incident assessment"),
    "table.incident_assessment_doc": ("détail d'évaluation d'incident", "incident assessment detail"),
    "table.incident_decision": ("décision sur un incident", "decision on an incident"),
    "table.incident_event": (
        "événement d'incident (dont notifications et changements de prise de connaissance)",
        "incident event (notifications and changes of the awareness date included)",
    ),
    "table.incident_attachment": ("pièce jointe d'incident", "incident attachment"),
    "table.incident_step": ("étape de suivi d'incident", "incident follow-up step"),
    "table.checklist_assessment": ("auto-évaluation clôturée", "closed self-assessment"),
    "table.checklist_answer": (
        "réponse d'une auto-évaluation clôturée",
        "answer of a closed self-assessment",
    ),
    "table.checklist_evidence": (
        "justificatif d'une auto-évaluation clôturée",
        "supporting document of a closed self-assessment",
    ),
    "table.rights_request": ("dates d'une demande de patient", "dates of a patient's request"),
    # --- the verdict -------------------------------------------------------------------------------------
    "verdict.sound": (
        "Coffre sain : intégrité vérifiée, journal intact ({entries}, tête {head}), enregistrements probants "
        "conformes au journal, fichier de clés intact.",
        "Vault sound: integrity checked, journal intact ({entries}, head {head}), evidential records match the "
        "journal, key file intact.",
    ),
    "verdict.not_sound": ("Le coffre n'est pas sain :", "The vault is not sound:"),
    "head": ("n° {seq} · {hash}", "no. {seq} · {hash}"),
}

# code -> ((French one, French many), (English one, English many)); French puts 0 and 1 in the singular.
PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "entries": (("entrée", "entrées"), ("entry", "entries")),
}


class Reason(NamedTuple):
    """One thing ``verify`` found: ``code`` of :data:`TEXTS`, its parameters, and the part of the vault
    (``part.<part>``) that the printed line names first."""

    code: str
    params: dict[str, Any]
    part: str


def _i(lang: str) -> int:
    return 1 if lang == "en" else 0


def _label(prefix: str, name: object, lang: str) -> str:
    texts = TEXTS.get(f"{prefix}.{name}")
    return str(name) if texts is None else texts[_i(lang)]


def render(code: str, params: dict[str, Any] | None = None, lang: str = "fr") -> str:
    """The sentence for ``code`` in ``lang`` ("fr" or "en"); an unknown code is shown as itself."""
    texts = TEXTS.get(code)
    if texts is None:
        return code
    values = {k: "" if v is None else v for k, v in (params or {}).items()}
    if "slot" in values:
        values["slot"] = _label("slot", values["slot"], lang)
    if "table" in values:
        values["record"] = f"{_label('table', values['table'], lang)} {values.get('key', '')}"
    return texts[_i(lang)].format(**values)


def line(reason: Reason, lang: str = "fr") -> str:
    """The reason as the command line prints it: the part of the vault, then what is wrong with it."""
    return render(f"part.{reason.part}", {"text": render(reason.code, reason.params, lang)}, lang)


def entries(n: int, lang: str = "fr") -> str:
    one, many = PLURALS["entries"][_i(lang)]
    if lang == "en":
        return f"{n} {one if n == 1 else many}"
    return wording.count(n, one, many)


def head(seq: int, digest: str, lang: str = "fr") -> str:
    """A journal head as printed on documents: entry number and the first 16 hex digits of its hash."""
    return render("head", {"seq": seq, "hash": digest[:16]}, lang)
