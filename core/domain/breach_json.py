"""Strict reading and writing of ``vigie.breach-facts/1`` documents.

The parser never guesses: an unknown key, a wrong type, a value outside its list or an impossible combination
is reported with its JSON path (``$.confidentiality.exposure``) and a French explanation, all problems at once.
``null`` on an optional field means "not known yet".
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime

from core.domain.breach import (
    ACCIDENTAL_CAUSES,
    CAUSES,
    CONTEXT_FLAGS,
    DATA_CATEGORIES,
    DISCOVERY_MEANS,
    EXPOSURES,
    FORMAT,
    IDENTIFIABILITY,
    MALICIOUS_CAUSES,
    MISUSES,
    NATURES,
    ORIGINS,
    PROTECTIONS,
    STATUSES,
    STORAGE_MEDIA,
    SUBJECT_CATEGORIES,
    Assessment,
    Availability,
    BreachFacts,
    Confidentiality,
    Context,
    Integrity,
    Reason,
    Severity,
    Subjects,
)
from core.domain.problems import problem
from core.errors import FieldProblem, InvalidInput

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing costs the headless commands' start-up
if TYPE_CHECKING:
    from typing import Any

MAX_TEXT = 64  # no legitimate value of this format is longer

TOP_KEYS = (
    "format",
    "aware_at",
    "occurred_at",
    "personal_data",
    "nature",
    "origin",
    "cause",
    "data_categories",
    "dpc",
    "context",
    "subjects",
    "records_count",
    "identifiability",
    "protection",
    "confidentiality",
    "integrity",
    "availability",
    "malicious",
    "authority_already_informed",
    "storage_medium",
    "status",
    "cross_border",
    "discovery_means",
)
SUBJECT_KEYS = ("categories", "count", "reachable")
CONFIDENTIALITY_KEYS = ("exposure", "recipients_trusted", "deletion_confirmed")
INTEGRITY_KEYS = ("misuse",)
AVAILABILITY_KEYS = ("backup", "restore_hours", "care_impact", "permanent_loss")

_MISSING = object()


class _Object(dict):
    """A JSON object that remembers keys given twice (the last one would silently win otherwise)."""

    duplicates: tuple[str, ...] = ()


def _object_hook(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object()
    dups: list[str] = []
    for key, value in pairs:
        if key in obj:
            dups.append(key)
        obj[key] = value
    obj.duplicates = tuple(dups)
    return obj


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def parse_facts_json(text: str | bytes) -> BreachFacts:
    """Parse a JSON document; raises :class:`InvalidInput` listing every problem."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InvalidInput([problem("$", "facts.not_utf8")]) from exc
    try:
        doc = json.loads(text, object_pairs_hook=_object_hook, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise InvalidInput([problem("$", "facts.json_invalid", line=exc.lineno, column=exc.colno)]) from exc
    except ValueError as exc:  # NaN, Infinity
        raise InvalidInput([problem("$", "facts.constant", technical=str(exc))]) from exc
    except RecursionError as exc:
        raise InvalidInput([problem("$", "facts.too_deep")]) from exc
    return parse_facts(doc)


def parse_facts(doc: Any) -> BreachFacts:
    """Build :class:`BreachFacts` from decoded JSON; raises :class:`InvalidInput` listing every problem."""
    reader = _Reader()
    facts = reader.facts(doc)
    if reader.problems or facts is None:
        raise InvalidInput(reader.problems or [problem("$", "facts.invalid")])
    return facts


class _Reader:
    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def bad(self, path: str, code: str, **params: Any) -> None:
        """Record problem ``code`` (:mod:`core.domain.problems.breach_facts`) at ``path``."""
        self.problems.append(problem(path, code, **params))

    # --- generic shapes ------------------------------------------------------------------------------
    def obj(self, value: Any, path: str, allowed: tuple[str, ...]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.bad(path, "facts.object_expected")
            return None
        for key in getattr(value, "duplicates", ()):
            self.bad(f"{path}.{key}", "facts.key_twice")
        for key in value:
            if key not in allowed:
                self.bad(f"{path}.{key}", "facts.key_unknown", allowed=", ".join(allowed))
        return value

    def boolean(
        self, value: Any, path: str, default: bool | None = False, nullable: bool = False
    ) -> bool | None:
        if value is _MISSING or (value is None and nullable):
            return default
        if not isinstance(value, bool):
            self.bad(path, "facts.bool_expected")
            return default
        return value

    def integer(self, value: Any, path: str, low: int, high: int | None = None) -> int | None:
        if value is _MISSING or value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.bad(path, "facts.integer_expected")
            return None
        if value < low or (high is not None and value > high):
            if high is not None:
                self.bad(path, "facts.integer_between", low=low, high=high)
            else:
                self.bad(path, "facts.integer_at_least", low=low)
            return None
        return value

    def number(self, value: Any, path: str) -> float | None:
        if value is _MISSING or value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.bad(path, "facts.number_expected")
            return None
        if value < 0:
            self.problems.append(problem(path, "duration_negative"))
            return None
        return float(value)

    def choice(self, value: Any, path: str, allowed: tuple[str, ...]) -> str | None:
        if value is _MISSING or value is None:
            return None
        if not isinstance(value, str) or value not in allowed:
            self.bad(path, "facts.value_unknown", allowed=", ".join(allowed))
            return None
        return value

    def choices(self, value: Any, path: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
        if value is _MISSING or value is None:
            return ()
        if not isinstance(value, list):
            self.bad(path, "facts.list_expected")
            return ()
        seen: list[str] = []
        for i, item in enumerate(value):
            item_path = f"{path}[{i}]"
            if not isinstance(item, str) or item not in allowed:
                self.bad(item_path, "facts.value_unknown", allowed=", ".join(allowed))
            elif item in seen:
                self.bad(item_path, "facts.item_twice", item=item)
            else:
                seen.append(item)
        # A set in the vocabulary's order: the same facts compare equal whatever order they were listed in.
        return tuple(sorted(seen, key=allowed.index))

    def moment(self, value: Any, path: str, required: bool) -> datetime | None:
        if value is _MISSING or value is None:
            if required:
                self.bad(path, "facts.moment_required")
            return None
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            self.bad(path, "facts.moment_expected")
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            self.bad(path, "facts.moment_unreadable")
            return None
        if moment.tzinfo is None or moment.utcoffset() is None:
            self.bad(path, "facts.offset_missing")
            return None
        if "T" not in value.upper() and " " not in value:
            self.bad(path, "facts.time_missing")
            return None
        return moment

    # --- the document --------------------------------------------------------------------------------
    def facts(self, doc: Any) -> BreachFacts | None:
        root = self.obj(doc, "$", TOP_KEYS)
        if root is None:
            return None
        get = root.get
        fmt = get("format", _MISSING)
        if fmt is not _MISSING and fmt != FORMAT:
            self.bad("$.format", "facts.format_unknown", expected=FORMAT)

        aware_at = self.moment(get("aware_at", _MISSING), "$.aware_at", required=True)
        occurred_at = self.moment(get("occurred_at", _MISSING), "$.occurred_at", required=False)
        if aware_at and occurred_at and occurred_at > aware_at:
            self.problems.append(problem("$.occurred_at", "occurred_after_awareness"))

        personal_raw = get("personal_data", _MISSING)
        if personal_raw is _MISSING or personal_raw is None:
            self.bad("$.personal_data", "facts.personal_data_required")
            personal_known = None
        else:
            personal_known = self.boolean(personal_raw, "$.personal_data", default=None)
        personal_data = personal_known is not False

        nature = self.choices(get("nature", _MISSING), "$.nature", NATURES)
        origin = self.choice(get("origin", _MISSING), "$.origin", ORIGINS)
        cause = self.choice(get("cause", _MISSING), "$.cause", CAUSES)
        categories = self.choices(get("data_categories", _MISSING), "$.data_categories", DATA_CATEGORIES)
        dpc = self.integer(get("dpc", _MISSING), "$.dpc", 1, 4)
        context = self.context(get("context", _MISSING))
        subjects = self.subjects(get("subjects", _MISSING))
        records = self.integer(get("records_count", _MISSING), "$.records_count", 0)
        ident = self.choice(get("identifiability", _MISSING), "$.identifiability", IDENTIFIABILITY)
        protection = self.choice(get("protection", _MISSING), "$.protection", PROTECTIONS)
        malicious = self.boolean(get("malicious", _MISSING), "$.malicious", default=None, nullable=True)
        already = self.boolean(
            get("authority_already_informed", _MISSING), "$.authority_already_informed", nullable=True
        )

        medium = self.choice(get("storage_medium", _MISSING), "$.storage_medium", STORAGE_MEDIA)
        status = self.choice(get("status", _MISSING), "$.status", STATUSES)
        cross_border = self.boolean(
            get("cross_border", _MISSING), "$.cross_border", default=None, nullable=True
        )
        discovery = self.choice(get("discovery_means", _MISSING), "$.discovery_means", DISCOVERY_MEANS)

        blocks: dict[str, Any] = {}
        for name in NATURES:
            raw = get(name, _MISSING)
            if raw is _MISSING or raw is None:
                continue
            if name not in nature:
                self.bad(f"$.{name}", "facts.block_without_nature", name=name)
                continue
            blocks[name] = getattr(self, name)(raw)

        if personal_known is True:
            if not nature and "$.nature" not in self._paths():
                self.problems.append(problem("$.nature", "nature_missing"))
        elif personal_known is False:
            for key in (
                "nature",
                "data_categories",
                "dpc",
                "records_count",
                "identifiability",
                "protection",
                "subjects",
            ):
                value = get(key, _MISSING)
                if value not in (_MISSING, None, []):
                    self.problems.append(problem(f"$.{key}", "no_personal_data_conflict"))

        if malicious is True and cause in ACCIDENTAL_CAUSES:
            self.problems.append(problem("$.malicious", "attack_but_accident"))
        if malicious is False and cause in MALICIOUS_CAUSES:
            self.problems.append(problem("$.malicious", "accident_but_malice"))

        if self.problems or aware_at is None:
            return None
        return BreachFacts(
            aware_at=aware_at,
            personal_data=personal_data,
            occurred_at=occurred_at,
            nature=nature,
            origin=origin,
            cause=cause,
            data_categories=categories,
            dpc=dpc,
            context=context,
            subjects=subjects,
            records_count=records,
            identifiability=ident,
            protection=protection,
            confidentiality=blocks.get("confidentiality")
            or (Confidentiality() if "confidentiality" in nature else None),
            integrity=blocks.get("integrity") or (Integrity() if "integrity" in nature else None),
            availability=blocks.get("availability") or (Availability() if "availability" in nature else None),
            malicious=malicious,
            authority_already_informed=bool(already),
            storage_medium=medium,
            status=status,
            cross_border=cross_border,
            discovery_means=discovery,
        )

    def _paths(self) -> set[str]:
        return {p.path.split("[")[0] for p in self.problems}

    def context(self, raw: Any) -> Context:
        if raw is _MISSING or raw is None:
            return Context()
        block = self.obj(raw, "$.context", CONTEXT_FLAGS)
        if block is None:
            return Context()
        values = {k: self.boolean(block.get(k, _MISSING), f"$.context.{k}") for k in CONTEXT_FLAGS}
        return Context(**{k: bool(v) for k, v in values.items()})

    def subjects(self, raw: Any) -> Subjects:
        if raw is _MISSING or raw is None:
            return Subjects()
        block = self.obj(raw, "$.subjects", SUBJECT_KEYS)
        if block is None:
            return Subjects()
        return Subjects(
            categories=self.choices(
                block.get("categories", _MISSING), "$.subjects.categories", SUBJECT_CATEGORIES
            ),
            count=self.integer(block.get("count", _MISSING), "$.subjects.count", 0),
            reachable=bool(
                self.boolean(
                    block.get("reachable", _MISSING), "$.subjects.reachable", default=True, nullable=True
                )
            ),
        )

    def confidentiality(self, raw: Any) -> Confidentiality | None:
        block = self.obj(raw, "$.confidentiality", CONFIDENTIALITY_KEYS)
        if block is None:
            return None
        exposure = (
            self.choice(block.get("exposure", _MISSING), "$.confidentiality.exposure", EXPOSURES) or "unknown"
        )
        trusted = bool(
            self.boolean(block.get("recipients_trusted", _MISSING), "$.confidentiality.recipients_trusted")
        )
        deleted = bool(
            self.boolean(block.get("deletion_confirmed", _MISSING), "$.confidentiality.deletion_confirmed")
        )
        for flag, on in (("recipients_trusted", trusted), ("deletion_confirmed", deleted)):
            if on and exposure != "known_recipients":
                self.problems.append(problem(f"$.confidentiality.{flag}", "needs_known_recipients"))
        return Confidentiality(exposure, trusted, deleted)

    def integrity(self, raw: Any) -> Integrity | None:
        block = self.obj(raw, "$.integrity", INTEGRITY_KEYS)
        if block is None:
            return None
        return Integrity(self.choice(block.get("misuse", _MISSING), "$.integrity.misuse", MISUSES))

    def availability(self, raw: Any) -> Availability | None:
        block = self.obj(raw, "$.availability", AVAILABILITY_KEYS)
        if block is None:
            return None
        backup = bool(self.boolean(block.get("backup", _MISSING), "$.availability.backup"))
        hours = self.number(block.get("restore_hours", _MISSING), "$.availability.restore_hours")
        care = bool(self.boolean(block.get("care_impact", _MISSING), "$.availability.care_impact"))
        lost = bool(self.boolean(block.get("permanent_loss", _MISSING), "$.availability.permanent_loss"))
        if lost and hours is not None:
            self.problems.append(problem("$.availability.restore_hours", "loss_excludes_restore"))
        if lost and backup:
            self.problems.append(problem("$.availability.permanent_loss", "backup_excludes_loss"))
        return Availability(backup, hours, care, lost)


def facts_to_dict(facts: BreachFacts) -> dict[str, Any]:
    """The canonical JSON form (every key written), read back identically by :func:`parse_facts`."""

    def iso(moment: datetime | None) -> str | None:
        return None if moment is None else moment.astimezone(UTC).isoformat()

    doc: dict[str, Any] = {
        "format": FORMAT,
        "aware_at": iso(facts.aware_at),
        "occurred_at": iso(facts.occurred_at),
        "personal_data": facts.personal_data,
    }
    if facts.personal_data:
        doc.update(
            nature=list(facts.nature),
            data_categories=list(facts.data_categories),
            dpc=facts.dpc,
            subjects={
                "categories": list(facts.subjects.categories),
                "count": facts.subjects.count,
                "reachable": facts.subjects.reachable,
            },
            records_count=facts.records_count,
            identifiability=facts.identifiability,
            protection=facts.protection,
        )
    doc.update(
        origin=facts.origin,
        cause=facts.cause,
        context={k: getattr(facts.context, k) for k in CONTEXT_FLAGS},
        malicious=facts.malicious,
        authority_already_informed=facts.authority_already_informed,
        storage_medium=facts.storage_medium,
        status=facts.status,
        cross_border=facts.cross_border,
        discovery_means=facts.discovery_means,
    )
    if facts.confidentiality is not None:
        c = facts.confidentiality
        doc["confidentiality"] = {
            "exposure": c.exposure,
            "recipients_trusted": c.recipients_trusted,
            "deletion_confirmed": c.deletion_confirmed,
        }
    if facts.integrity is not None:
        doc["integrity"] = {"misuse": facts.integrity.misuse}
    if facts.availability is not None:
        a = facts.availability
        doc["availability"] = {
            "backup": a.backup,
            "restore_hours": a.restore_hours,
            "care_impact": a.care_impact,
            "permanent_loss": a.permanent_loss,
        }
    return doc


def facts_to_json(facts: BreachFacts) -> str:
    return json.dumps(facts_to_dict(facts), ensure_ascii=False, sort_keys=True)


def assessment_to_dict(assessment: Assessment) -> dict[str, Any]:
    """The JSON form printed by ``assess`` and stored with each assessment version."""
    from core.clock import format_paris

    sev = assessment.severity
    return {
        "is_personal_data_breach": assessment.is_personal_data_breach,
        "severity": None
        if sev is None
        else {
            "dpc": sev.dpc,
            "ei": sev.ei,
            "cb": sev.cb,
            "score": sev.score,
            "level": sev.level,
        },
        "risk": assessment.risk,
        "notify_authority": assessment.notify_authority,
        "inform_subjects": assessment.inform_subjects,
        "art34_exemption": assessment.art34_exemption,
        "deadline": assessment.deadline.isoformat(timespec="seconds"),
        "deadline_paris": format_paris(assessment.deadline),
        "reasons": list(assessment.reasons),
        "reason_codes": [r.to_dict() for r in assessment.reason_codes],
    }


def assessment_from_dict(data: dict[str, Any]) -> Assessment:
    """Read back a stored assessment exactly as it was given (never recomputed: the rules may evolve)."""
    from core.clock import PARIS

    sev = data.get("severity")
    return Assessment(
        is_personal_data_breach=bool(data["is_personal_data_breach"]),
        severity=None
        if sev is None
        else Severity(
            int(sev["dpc"]), float(sev["ei"]), float(sev["cb"]), float(sev["score"]), str(sev["level"])
        ),
        risk=str(data["risk"]),
        notify_authority=bool(data["notify_authority"]),
        inform_subjects=bool(data["inform_subjects"]),
        art34_exemption=data.get("art34_exemption"),
        deadline=datetime.fromisoformat(data["deadline"]).astimezone(PARIS),
        reasons=tuple(str(r) for r in data["reasons"]),
        reason_codes=tuple(Reason.from_dict(r) for r in data.get("reason_codes") or ()),
    )
