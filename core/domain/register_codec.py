"""The register as plain JSON-ready values (format ``vigie.register/1``, see docs/register-format.md) and back.

Parsing is strict and collects every problem with its JSON path (``activities[2].retention[0].active.value``)
so that an import can be refused as a whole with a precise list of what to fix. No I/O here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from core.clock import from_iso
from core.domain.problems import moved, problem
from core.domain.register import (
    Activity,
    Checked,
    Period,
    Processor,
    Recommendation,
    Register,
    RetentionRule,
    Transfer,
)
from core.errors import FieldProblem, InvalidInput

FORMAT = "vigie.register/1"
MAX_PROBLEMS = 50


# --- to plain values -------------------------------------------------------------------------------------
def period_out(p: Period | None) -> dict[str, Any] | None:
    return None if p is None else {"value": p.value, "unit": p.unit}


def checked_out(items: tuple[Checked, ...]) -> list[dict[str, str]]:
    return [{"code": c.code, "detail": c.detail} for c in items]


def transfers_out(items: tuple[Transfer, ...]) -> list[dict[str, str]]:
    return [{"country": t.country, "safeguard": t.safeguard, "detail": t.detail} for t in items]


def recommendation_out(r: Recommendation | None) -> dict[str, Any] | None:
    if r is None:
        return None
    return {"active": period_out(r.active), "archive": period_out(r.archive), "end_action": r.end_action}


def retention_out(rule: RetentionRule) -> dict[str, Any]:
    return {
        "category": rule.category,
        "active": period_out(rule.active),
        "archive": period_out(rule.archive),
        "trigger": rule.trigger,
        "end_action": rule.end_action,
        "criterion": rule.criterion,
        "justification": rule.justification,
        "recommended": recommendation_out(rule.recommended),
    }


def activity_out(a: Activity) -> dict[str, Any]:
    return {
        "ref": a.ref,
        "name": a.name,
        "template": a.template_key,
        "created_at": a.created_at,
        "updated_at": a.updated_at,
        "status": a.status,
        "software": a.software,
        "joint_controller": a.joint_controller,
        "purposes": list(a.purposes),
        "legal_basis": a.legal_basis,
        "legal_basis_detail": a.legal_basis_detail,
        "art9_condition": a.art9_condition,
        "art9_detail": a.art9_detail,
        "persons": checked_out(a.persons),
        "data_categories": checked_out(a.data_categories),
        "sensitive_data": checked_out(a.sensitive_data),
        "data_source": a.data_source,
        "recipients_internal": list(a.recipients_internal),
        "recipients_external": list(a.recipients_external),
        "processors": list(a.processor_refs),
        "transfers_outside_eu": a.transfers_outside_eu,
        "transfers": transfers_out(a.transfers),
        "retention": [retention_out(r) for r in a.retention],
        "security_measures": checked_out(a.security_measures),
        "dpia_required": a.dpia_required,
        "dpia_reason": a.dpia_reason,
        "information": a.information,
    }


def processor_out(p: Processor) -> dict[str, Any]:
    return {
        "ref": p.ref,
        "name": p.name,
        "template": p.template_key,
        "created_at": p.created_at,
        "updated_at": p.updated_at,
        "role": p.role,
        "services": p.services,
        "incident_contact": p.incident_contact,
        "contract_date": p.contract_date.isoformat() if p.contract_date else None,
        "clauses": list(p.clauses),
        "hosts_health_data": p.hosts_health_data,
        "hds_reference": p.hds_reference,
        "hds_expiry": p.hds_expiry.isoformat() if p.hds_expiry else None,
        "hds_activities": list(p.hds_activities),
        "data_location": p.data_location,
        "transfers": p.transfers,
        "notes": p.notes,
    }


def document_out(register: Register, exported_at: str, controller: dict[str, Any]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "exported_at": exported_at,
        "controller": controller,
        "activities": [activity_out(a) for a in register.activities],
        "processors": [processor_out(p) for p in register.processors],
    }


# --- from plain values -----------------------------------------------------------------------------------
class _TooMany(Exception):
    pass


class Reader:
    """Typed access to untrusted JSON values; every mismatch is recorded with its path, not raised."""

    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def fail(self, path: str, code: str, **params: Any) -> None:
        """Record problem ``code`` (:mod:`core.domain.problems.register`) at ``path``."""
        self.add(problem(path or "(document)", code, **params))

    def add(self, found: FieldProblem) -> None:
        self.problems.append(found)
        if len(self.problems) >= MAX_PROBLEMS:
            raise _TooMany()

    def obj(
        self, value: Any, path: str, keys: tuple[str, ...], required: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, "import.object_expected")
            return {}
        for key in value:
            if key not in keys:
                self.fail(_join(path, key), "import.field_unknown")
        for key in required:
            if key not in value:
                self.fail(_join(path, key), "import.field_missing")
        return value

    def text(self, parent: dict[str, Any], key: str, path: str, default: str = "") -> str:
        value = parent.get(key, default)
        if not isinstance(value, str):
            self.fail(_join(path, key), "import.text_expected")
            return default
        return value

    def flag(self, parent: dict[str, Any], key: str, path: str, default: bool = False) -> bool:
        value = parent.get(key, default)
        if not isinstance(value, bool):
            self.fail(_join(path, key), "import.bool_expected")
            return default
        return value

    def optional_flag(self, parent: dict[str, Any], key: str, path: str) -> bool | None:
        value = parent.get(key)
        if value is not None and not isinstance(value, bool):
            self.fail(_join(path, key), "import.bool_or_null_expected")
            return None
        return value

    def items(self, parent: dict[str, Any], key: str, path: str) -> list[Any]:
        value = parent.get(key, [])
        if not isinstance(value, list):
            self.fail(_join(path, key), "import.list_expected")
            return []
        return value

    def texts(self, parent: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        out = []
        for i, item in enumerate(self.items(parent, key, path)):
            if isinstance(item, str):
                out.append(item)
            else:
                self.fail(f"{_join(path, key)}[{i}]", "import.text_expected")
        return tuple(out)

    def day(self, parent: dict[str, Any], key: str, path: str) -> date | None:
        value = parent.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(_join(path, key), "import.day_or_null_expected")
            return None
        try:
            if len(value) != 10:
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            self.fail(_join(path, key), "import.day_invalid")
            return None

    def stamp(self, parent: dict[str, Any], key: str, path: str) -> str:
        """An instant (ISO 8601 with offset) or '' (the import then stamps it)."""
        value = self.text(parent, key, path)
        if value:
            try:
                from_iso(value)
            except ValueError:
                self.fail(_join(path, key), "import.stamp_invalid")
                return ""
        return value

    def period(self, value: Any, path: str) -> Period | None:
        if value is None:
            return None
        d = self.obj(value, path, ("value", "unit"), ("value", "unit"))
        amount = d.get("value")
        if not isinstance(amount, int) or isinstance(amount, bool):
            self.fail(_join(path, "value"), "import.integer_expected")
            amount = 0
        elif not 0 <= amount <= 1000:
            self.fail(_join(path, "value"), "import.period_out_of_range")
        return Period(amount, self.text(d, "unit", path))

    def checked(self, parent: dict[str, Any], key: str, path: str) -> tuple[Checked, ...]:
        out = []
        for i, item in enumerate(self.items(parent, key, path)):
            where = f"{_join(path, key)}[{i}]"
            d = self.obj(item, where, ("code", "detail"), ("code",))
            out.append(Checked(self.text(d, "code", where), self.text(d, "detail", where)))
        return tuple(out)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


_ACTIVITY_KEYS = tuple(activity_out(Activity(name="x")).keys())
_PROCESSOR_KEYS = tuple(processor_out(Processor(name="x")).keys())
_RETENTION_KEYS = (
    "category",
    "active",
    "archive",
    "trigger",
    "end_action",
    "criterion",
    "justification",
    "recommended",
)


def _retention_in(r: Reader, value: Any, path: str) -> RetentionRule:
    d = r.obj(value, path, _RETENTION_KEYS, ("category",))
    recommended = None
    if d.get("recommended") is not None:
        rp = _join(path, "recommended")
        rd = r.obj(d["recommended"], rp, ("active", "archive", "end_action"))
        recommended = Recommendation(
            r.period(rd.get("active"), _join(rp, "active")),
            r.period(rd.get("archive"), _join(rp, "archive")),
            r.text(rd, "end_action", rp),
        )
    return RetentionRule(
        category=r.text(d, "category", path),
        active=r.period(d.get("active"), _join(path, "active")),
        archive=r.period(d.get("archive"), _join(path, "archive")),
        trigger=r.text(d, "trigger", path),
        end_action=r.text(d, "end_action", path, "delete"),
        criterion=r.text(d, "criterion", path),
        justification=r.text(d, "justification", path),
        recommended=recommended,
    )


def activity_in(r: Reader, value: Any, path: str) -> Activity:
    d = r.obj(value, path, _ACTIVITY_KEYS, ("ref", "name"))
    transfers = []
    for i, item in enumerate(r.items(d, "transfers", path)):
        where = f"{_join(path, 'transfers')}[{i}]"
        td = r.obj(item, where, ("country", "safeguard", "detail"), ("country",))
        transfers.append(
            Transfer(
                r.text(td, "country", where), r.text(td, "safeguard", where), r.text(td, "detail", where)
            )
        )
    return Activity(
        ref=r.text(d, "ref", path),
        name=r.text(d, "name", path),
        template_key=r.text(d, "template", path),
        created_at=r.stamp(d, "created_at", path),
        updated_at=r.stamp(d, "updated_at", path),
        status=r.text(d, "status", path, "draft"),
        software=r.text(d, "software", path),
        joint_controller=r.text(d, "joint_controller", path),
        purposes=r.texts(d, "purposes", path),
        legal_basis=r.text(d, "legal_basis", path),
        legal_basis_detail=r.text(d, "legal_basis_detail", path),
        art9_condition=r.text(d, "art9_condition", path),
        art9_detail=r.text(d, "art9_detail", path),
        persons=r.checked(d, "persons", path),
        data_categories=r.checked(d, "data_categories", path),
        sensitive_data=r.checked(d, "sensitive_data", path),
        data_source=r.text(d, "data_source", path),
        recipients_internal=r.texts(d, "recipients_internal", path),
        recipients_external=r.texts(d, "recipients_external", path),
        processor_refs=r.texts(d, "processors", path),
        transfers_outside_eu=r.flag(d, "transfers_outside_eu", path),
        transfers=tuple(transfers),
        retention=tuple(
            _retention_in(r, item, f"{_join(path, 'retention')}[{i}]")
            for i, item in enumerate(r.items(d, "retention", path))
        ),
        security_measures=r.checked(d, "security_measures", path),
        dpia_required=r.optional_flag(d, "dpia_required", path),
        dpia_reason=r.text(d, "dpia_reason", path),
        information=r.text(d, "information", path),
    )


def processor_in(r: Reader, value: Any, path: str) -> Processor:
    d = r.obj(value, path, _PROCESSOR_KEYS, ("ref", "name"))
    return Processor(
        ref=r.text(d, "ref", path),
        name=r.text(d, "name", path),
        template_key=r.text(d, "template", path),
        created_at=r.stamp(d, "created_at", path),
        updated_at=r.stamp(d, "updated_at", path),
        role=r.text(d, "role", path, "processor"),
        services=r.text(d, "services", path),
        incident_contact=r.text(d, "incident_contact", path),
        contract_date=r.day(d, "contract_date", path),
        clauses=r.texts(d, "clauses", path),
        hosts_health_data=r.flag(d, "hosts_health_data", path),
        hds_reference=r.text(d, "hds_reference", path),
        hds_expiry=r.day(d, "hds_expiry", path),
        hds_activities=r.texts(d, "hds_activities", path),
        data_location=r.text(d, "data_location", path),
        transfers=r.text(d, "transfers", path),
        notes=r.text(d, "notes", path),
    )


def document_in(data: Any) -> Register:
    """A parsed, fully validated register, or :class:`InvalidInput` listing every problem found."""
    r = Reader()
    activities: list[Activity] = []
    processors: list[Processor] = []
    try:
        doc = r.obj(
            data,
            "",
            ("format", "exported_at", "controller", "activities", "processors"),
            ("format", "activities", "processors"),
        )
        if "controller" in doc and not isinstance(doc["controller"], dict):
            r.fail("controller", "import.object_expected")
        if doc and doc.get("format") != FORMAT:
            r.fail("format", "import.format_unknown", expected=FORMAT)
            raise InvalidInput(r.problems)
        for i, item in enumerate(r.items(doc, "processors", "")):
            p = processor_in(r, item, f"processors[{i}]")
            for found in p.normalized().problems():
                r.add(moved(found, f"processors[{i}].{found.path}"))
            processors.append(p.normalized())
        for i, item in enumerate(r.items(doc, "activities", "")):
            a = activity_in(r, item, f"activities[{i}]")
            for found in a.normalized().problems():
                r.add(moved(found, f"activities[{i}].{found.path}"))
            activities.append(a.normalized())
        _check_references(r, activities, processors)
    except _TooMany:
        r.problems.append(problem("(document)", "import.too_many", max=MAX_PROBLEMS))
    if r.problems:
        raise InvalidInput(r.problems)
    return Register(tuple(activities), tuple(processors))


def _check_references(r: Reader, activities: list[Activity], processors: list[Processor]) -> None:
    seen: dict[str, int] = {}
    for i, p in enumerate(processors):
        if not p.ref:
            r.fail(f"processors[{i}].ref", "import.processor_ref_missing")
        elif p.ref in seen:
            r.fail(f"processors[{i}].ref", "import.ref_taken", other=f"processors[{seen[p.ref]}]")
        seen.setdefault(p.ref, i)
    refs: dict[str, int] = {}
    for i, a in enumerate(activities):
        if not a.ref:
            r.fail(f"activities[{i}].ref", "import.activity_ref_missing")
        elif a.ref in refs:
            r.fail(f"activities[{i}].ref", "import.ref_taken", other=f"activities[{refs[a.ref]}]")
        refs.setdefault(a.ref, i)
        for j, ref in enumerate(a.processor_refs):
            if ref not in seen:
                r.fail(
                    f"activities[{i}].processors[{j}]", "import.processor_absent", ref=ref
                )
