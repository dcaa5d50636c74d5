"""The processing register (GDPR art. 30(1)) and its processors (art. 28), as plain validated values.

An :class:`Activity` carries every field of art. 30(1)(a)-(g) laid out as in the CNIL "registre de base" model.
Completeness is computed (never stored) so that it cannot drift from the content; a retention period that departs
from the recommended one must carry a justification, as the CNIL référentiel allows departures only when justified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from core.domain import register_vocab as V
from core.domain.problems import nested, problem
from core.errors import FieldProblem, InvalidInput
from core.wording import count

ACTIVITY_REF = re.compile(r"^T\d{2,}$")
PROCESSOR_REF = re.compile(r"^P\d{2,}$")
HDS_WARNING_DAYS = 90
# Templates leave these marks where only the practitioner knows the answer (software name, provider name).
PLACEHOLDERS = ("à préciser", "to be specified")
PLACEHOLDER_GAP = "register.gap.placeholder"  # the problem code of such a mark
# Art. 9(1) categories: processing them needs an art. 9(2) condition (NIR and offences have their own regimes).
ART9_SENSITIVE = frozenset(
    {"health", "genetic", "biometric", "racial", "political", "religious", "union", "sex_life"}
)


@dataclass(frozen=True)
class Period:
    """A duration such as "5 ans"; ``value`` may be 0 (e.g. "no archive")."""

    value: int
    unit: str  # a key of register_vocab.PERIOD_UNITS

    def text(self, lang: str = "fr") -> str:
        singular = V.PERIOD_UNITS_SINGULAR.get(self.unit)
        if singular and self.value == 1:
            word = singular[1] if lang == "en" else singular[0]
        else:
            word = V.label(V.PERIOD_UNITS, self.unit, lang)
        return f"{self.value} {word}"


@dataclass(frozen=True)
class Checked:
    """A ticked box of a CNIL checklist (data category, security measure, person category) with its detail."""

    code: str
    detail: str = ""


@dataclass(frozen=True)
class Transfer:
    country: str
    safeguard: str = ""  # a key of register_vocab.SAFEGUARDS, '' while unknown
    detail: str = ""


@dataclass(frozen=True)
class Recommendation:
    """The retention a template recommended; kept on the rule so a departure can be detected later."""

    active: Period | None
    archive: Period | None
    end_action: str


@dataclass(frozen=True)
class RetentionRule:
    category: str
    active: Period | None = None
    archive: Period | None = None
    trigger: str = ""
    end_action: str = "delete"  # a key of register_vocab.END_ACTIONS, or '' when the criterion says it all
    criterion: str = ""  # when no figure can be given: the criterion that fixes the erasure date
    justification: str = ""  # required when the figures depart from ``recommended``
    recommended: Recommendation | None = None

    def departs_from_recommendation(self) -> bool:
        rec = self.recommended
        if rec is None:
            return False
        return (self.active, self.archive, self.end_action) != (rec.active, rec.archive, rec.end_action)

    def total_text(self, lang: str = "fr") -> str:
        """'5 ans en base active + 15 ans en archives' — the one-line form used in tables."""
        parts = []
        if self.active is not None:
            parts.append(self.active.text(lang) + (" in active use" if lang == "en" else " en base active"))
        if self.archive is not None and self.archive.value > 0:
            parts.append(self.archive.text(lang) + (" archived" if lang == "en" else " en archives"))
        text = " + ".join(parts)
        if self.criterion:
            text = f"{text} ; {self.criterion}" if text else self.criterion
        return text


@dataclass(frozen=True)
class Activity:
    name: str
    ref: str = ""
    template_key: str = ""
    created_at: str = ""
    updated_at: str = ""
    software: str = ""
    joint_controller: str = ""
    purposes: tuple[str, ...] = ()
    legal_basis: str = ""
    legal_basis_detail: str = ""
    art9_condition: str = ""
    art9_detail: str = ""
    persons: tuple[Checked, ...] = ()
    data_categories: tuple[Checked, ...] = ()
    sensitive_data: tuple[Checked, ...] = ()
    data_source: str = ""
    recipients_internal: tuple[str, ...] = ()
    recipients_external: tuple[str, ...] = ()
    processor_refs: tuple[str, ...] = ()
    transfers_outside_eu: bool = False
    transfers: tuple[Transfer, ...] = ()
    retention: tuple[RetentionRule, ...] = ()
    security_measures: tuple[Checked, ...] = ()
    dpia_required: bool | None = None
    dpia_reason: str = ""
    information: str = ""
    status: str = "draft"

    # --- derived ----------------------------------------------------------------------------------------
    def needs_art9_condition(self) -> bool:
        return any(s.code in ART9_SENSITIVE for s in self.sensitive_data)

    def completeness_checks(self) -> list[tuple[str, str, bool]]:
        """(path, problem code of what is expected, satisfied) for every item the register needs, in the CNIL
        order; codes of :mod:`core.domain.problems.register` (``register.gap.…``)."""
        a = self
        checks: list[tuple[str, str, bool]] = [
            ("name", "register.gap.name", bool(a.name.strip())),
            ("purposes", "register.gap.purposes", bool(a.purposes)),
            ("legal_basis", "register.gap.legal_basis", bool(a.legal_basis)),
            ("legal_basis_detail", "register.gap.legal_basis_detail", bool(a.legal_basis_detail.strip())),
        ]
        if a.needs_art9_condition():
            checks.append(
                (
                    "art9_condition",
                    "register.gap.art9_condition",
                    bool(a.art9_condition),
                )
            )
        checks += [
            ("persons", "register.gap.persons", bool(a.persons)),
            ("data_categories", "register.gap.data_categories", bool(a.data_categories)),
        ]
        for name, items in (
            ("persons", a.persons),
            ("data_categories", a.data_categories),
            ("security_measures", a.security_measures),
        ):
            for i, item in enumerate(items):
                if item.code == "other":
                    checks.append(
                        (
                            f"{name}[{i}].detail",
                            "register.gap.other_detail",
                            bool(item.detail.strip()),
                        )
                    )
        checks += [
            ("data_source", "register.gap.data_source", bool(a.data_source.strip())),
            (
                "recipients",
                "register.gap.recipients",
                bool(a.recipients_internal or a.recipients_external or a.processor_refs),
            ),
        ]
        if a.transfers_outside_eu:
            checks.append(("transfers", "register.gap.transfers", bool(a.transfers)))
            for i, t in enumerate(a.transfers):
                checks.append(
                    (
                        f"transfers[{i}].safeguard",
                        "register.gap.transfer_safeguard",
                        bool(t.safeguard),
                    )
                )
        checks.append(("retention", "register.gap.retention", bool(a.retention)))
        for i, rule in enumerate(a.retention):
            checks.append(
                (
                    f"retention[{i}]",
                    "register.gap.retention_rule",
                    rule.active is not None or bool(rule.criterion.strip()),
                )
            )
        checks += [
            (
                "dpia_required",
                "register.gap.dpia_required",
                a.dpia_required is not None,
            ),
            ("dpia_reason", "register.gap.dpia_reason", bool(a.dpia_reason.strip())),
            ("information", "register.gap.information", bool(a.information.strip())),
        ]
        checks += [(path, PLACEHOLDER_GAP, False) for path in placeholder_paths(a)]
        return checks

    def missing(self) -> list[FieldProblem]:
        gaps = []
        for path, code, ok in self.completeness_checks():
            if not ok:
                if code == "register.gap.retention_rule":  # path "retention[i]", as written above
                    index = int(path[len("retention[") : -1])
                    gaps.append(problem(path, code, category=self.retention[index].category))
                else:
                    gaps.append(problem(path, code))
        return gaps

    def completeness(self) -> int:
        """Percentage of the expected items that are filled in (0-100, rounded down)."""
        checks = self.completeness_checks()
        return 100 * sum(ok for _, _, ok in checks) // len(checks)

    # --- validation -------------------------------------------------------------------------------------
    def normalized(self) -> Activity:
        def clean(items: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(s.strip() for s in items if s.strip())

        def checked(items: tuple[Checked, ...], vocab: dict[str, V.Term]) -> tuple[Checked, ...]:
            """Trimmed, in the vocabulary's (CNIL) order so that every screen and export agrees."""
            order = {code: i for i, code in enumerate(vocab)}
            cleaned = [Checked(c.code.strip(), c.detail.strip()) for c in items]
            return tuple(sorted(cleaned, key=lambda c: order.get(c.code, len(order))))

        return replace(
            self,
            name=self.name.strip(),
            ref=self.ref.strip(),
            software=self.software.strip(),
            joint_controller=self.joint_controller.strip(),
            purposes=clean(self.purposes),
            legal_basis_detail=self.legal_basis_detail.strip(),
            art9_detail=self.art9_detail.strip(),
            persons=checked(self.persons, V.PERSON_CATEGORIES),
            data_categories=checked(self.data_categories, V.DATA_CATEGORIES),
            sensitive_data=checked(self.sensitive_data, V.SENSITIVE_DATA),
            data_source=self.data_source.strip(),
            recipients_internal=clean(self.recipients_internal),
            recipients_external=clean(self.recipients_external),
            processor_refs=tuple(dict.fromkeys(r.strip() for r in self.processor_refs if r.strip())),
            transfers=tuple(
                Transfer(t.country.strip(), t.safeguard.strip(), t.detail.strip()) for t in self.transfers
            )
            if self.transfers_outside_eu
            else (),
            retention=tuple(
                replace(
                    r,
                    category=r.category.strip(),
                    trigger=r.trigger.strip(),
                    criterion=r.criterion.strip(),
                    justification=r.justification.strip(),
                )
                for r in self.retention
            ),
            security_measures=checked(self.security_measures, V.SECURITY_MEASURES),
            dpia_reason=self.dpia_reason.strip(),
            information=self.information.strip(),
        )

    def problems(self) -> list[FieldProblem]:
        p: list[FieldProblem] = []
        if not self.name.strip():
            p.append(problem("name", "register.activity_name_missing"))
        if self.ref and not ACTIVITY_REF.match(self.ref):
            p.append(problem("ref", "register.activity_ref_invalid"))
        p += _code_problems("legal_basis", self.legal_basis, V.LEGAL_BASES, allow_empty=True)
        p += _code_problems("art9_condition", self.art9_condition, V.ART9_CONDITIONS, allow_empty=True)
        p += _code_problems("status", self.status, V.STATUSES)
        for name, items, vocab in (
            ("persons", self.persons, V.PERSON_CATEGORIES),
            ("data_categories", self.data_categories, V.DATA_CATEGORIES),
            ("sensitive_data", self.sensitive_data, V.SENSITIVE_DATA),
            ("security_measures", self.security_measures, V.SECURITY_MEASURES),
        ):
            seen: set[str] = set()
            for i, item in enumerate(items):
                p += _code_problems(f"{name}[{i}].code", item.code, vocab)
                if item.code in seen:
                    p.append(problem(f"{name}[{i}].code", "register.box_twice"))
                seen.add(item.code)
        for i, ref in enumerate(self.processor_refs):
            if not PROCESSOR_REF.match(ref):
                p.append(problem(f"processors[{i}]", "register.processor_ref_format"))
        for i, t in enumerate(self.transfers):
            if not t.country.strip():
                p.append(problem(f"transfers[{i}].country", "register.country_missing"))
            p += _code_problems(f"transfers[{i}].safeguard", t.safeguard, V.SAFEGUARDS, allow_empty=True)
        for i, rule in enumerate(self.retention):
            p += _retention_problems(f"retention[{i}]", rule)
        if self.status == "complete":
            for gap in self.missing():
                p.append(problem(gap.path, "register.incomplete", gap=nested(gap)))
        p += _nul_problems(self)
        return p

    def validated(self) -> Activity:
        activity = self.normalized()
        problems = activity.problems()
        if problems:
            raise InvalidInput(problems)
        return activity


def _retention_problems(path: str, rule: RetentionRule) -> list[FieldProblem]:
    p: list[FieldProblem] = []
    if not rule.category.strip():
        p.append(problem(f"{path}.category", "register.category_missing"))
    for name, period in (("active", rule.active), ("archive", rule.archive)):
        if period is not None:
            if period.value < 0:
                p.append(problem(f"{path}.{name}.value", "duration_negative"))
            p += _code_problems(f"{path}.{name}.unit", period.unit, V.PERIOD_UNITS)
    p += _code_problems(f"{path}.end_action", rule.end_action, V.END_ACTIONS, allow_empty=True)
    if rule.departs_from_recommendation() and not rule.justification.strip():
        p.append(
            problem(f"{path}.justification", "register.justification_missing")
        )
    return p


@dataclass(frozen=True)
class HdsWarning:
    code: str  # "no_certificate" | "expired" | "expires_soon"
    text: str


@dataclass(frozen=True)
class Processor:
    name: str
    ref: str = ""
    template_key: str = ""
    created_at: str = ""
    updated_at: str = ""
    role: str = "processor"
    services: str = ""
    incident_contact: str = ""
    contract_date: date | None = None
    clauses: tuple[str, ...] = ()
    hosts_health_data: bool = False
    hds_reference: str = ""
    hds_expiry: date | None = None
    hds_activities: tuple[str, ...] = ()
    data_location: str = ""
    transfers: str = ""
    notes: str = ""

    def hds_warnings(self, today: date) -> list[HdsWarning]:
        """A provider hosting health data needs a valid HDS certificate (CSP L1111-8); warn 90 days ahead."""
        if not self.hosts_health_data:
            return []
        if not self.hds_reference.strip() or self.hds_expiry is None:
            return [
                HdsWarning(
                    "no_certificate",
                    "héberge des données de santé sans certificat HDS renseigné (référence et échéance)",
                )
            ]
        if self.hds_expiry < today:
            return [HdsWarning("expired", f"certificat HDS expiré depuis le {self.hds_expiry:%d/%m/%Y}")]
        if self.hds_expiry <= today + timedelta(days=HDS_WARNING_DAYS):
            days = (self.hds_expiry - today).days
            return [
                HdsWarning(
                    "expires_soon",
                    f"certificat HDS expirant le {self.hds_expiry:%d/%m/%Y} (dans {count(days, 'jour', 'jours')})",
                )
            ]
        return []

    def missing(self) -> list[FieldProblem]:
        gaps: list[FieldProblem] = [problem(path, PLACEHOLDER_GAP) for path in placeholder_paths(self)]
        if not self.services.strip():
            gaps.append(problem("services", "register.gap.services"))
        if not self.incident_contact.strip():
            gaps.append(problem("incident_contact", "register.gap.incident_contact"))
        if self.role == "processor":
            if self.contract_date is None:
                gaps.append(problem("contract_date", "register.gap.contract_date"))
            absent = [c for c in V.CONTRACT_CLAUSES if c not in self.clauses]
            if absent:
                gaps.append(problem("clauses", "register.gap.clauses", n=len(absent)))
        if not self.data_location.strip():
            gaps.append(problem("data_location", "register.gap.data_location"))
        if self.hosts_health_data and not self.hds_activities:
            gaps.append(problem("hds_activities", "register.gap.hds_activities"))
        return gaps

    def normalized(self) -> Processor:
        return replace(
            self,
            name=self.name.strip(),
            ref=self.ref.strip(),
            services=self.services.strip(),
            incident_contact=self.incident_contact.strip(),
            clauses=tuple(c for c in V.CONTRACT_CLAUSES if c in self.clauses)
            + tuple(c for c in self.clauses if c not in V.CONTRACT_CLAUSES),
            hds_reference=self.hds_reference.strip(),
            hds_activities=tuple(c for c in V.HDS_ACTIVITIES if c in self.hds_activities)
            + tuple(c for c in self.hds_activities if c not in V.HDS_ACTIVITIES),
            data_location=self.data_location.strip(),
            transfers=self.transfers.strip(),
            notes=self.notes.strip(),
        )

    def problems(self) -> list[FieldProblem]:
        p: list[FieldProblem] = []
        if not self.name.strip():
            p.append(problem("name", "register.processor_name_missing"))
        if self.ref and not PROCESSOR_REF.match(self.ref):
            p.append(problem("ref", "register.processor_ref_invalid"))
        p += _code_problems("role", self.role, V.PROCESSOR_ROLES)
        for name, items, vocab in (
            ("clauses", self.clauses, V.CONTRACT_CLAUSES),
            ("hds_activities", self.hds_activities, V.HDS_ACTIVITIES),
        ):
            for i, code in enumerate(items):
                p += _code_problems(f"{name}[{i}]", code, vocab)
            if len(set(items)) != len(items):
                p.append(problem(name, "register.boxes_twice"))
        p += _nul_problems(self)
        return p

    def validated(self) -> Processor:
        processor = self.normalized()
        problems = processor.problems()
        if problems:
            raise InvalidInput(problems)
        return processor


@dataclass(frozen=True)
class Register:
    """The whole register, as exported, imported and printed."""

    activities: tuple[Activity, ...] = ()
    processors: tuple[Processor, ...] = field(default=())

    def processor(self, ref: str) -> Processor | None:
        return next((p for p in self.processors if p.ref == ref), None)

    def activities_using(self, ref: str) -> list[Activity]:
        return [a for a in self.activities if ref in a.processor_refs]


def placeholder_paths(obj: object) -> list[str]:
    """Fields still holding a template's "to be specified" mark."""
    found: list[str] = []
    _walk_placeholders(obj, "", found)
    return found


def _walk_placeholders(value: object, where: str, found: list[str]) -> None:
    # A module-level function, not a nested one: a closure that calls itself is a reference cycle, left for the
    # cyclic collector — thousands of them per register PDF, freed in one pause of every thread.
    if isinstance(value, str):
        lowered = value.lower()
        if any(mark in lowered for mark in PLACEHOLDERS):
            found.append(where)
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            _walk_placeholders(item, f"{where}[{i}]", found)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:  # type: ignore[attr-defined]
            _walk_placeholders(getattr(value, name), f"{where}.{name}" if where else name, found)


def _code_problems(
    path: str, code: str, vocab: dict[str, V.Term], allow_empty: bool = False
) -> list[FieldProblem]:
    if code == "" and allow_empty:
        return []
    if code not in vocab:
        return [problem(path, "register.code_unknown", allowed=", ".join(vocab))]
    return []


def _nul_problems(obj: object, path: str = "") -> list[FieldProblem]:
    """Text with NUL or other C0 control characters (other than tab and newlines) is refused."""
    found: list[FieldProblem] = []

    def walk(value: object, where: str) -> None:
        if isinstance(value, str):
            if _CONTROL.search(value):
                found.append(problem(where or "texte", "register.control_character"))
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                walk(item, f"{where}[{i}]")
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:  # type: ignore[attr-defined]
                walk(getattr(value, name), f"{where}.{name}" if where else name)

    walk(obj, path)
    return found


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
