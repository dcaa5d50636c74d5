"""Build ``vigie.breach-facts/1`` documents for tests: a plain dict, parsed by the real parser."""

from __future__ import annotations

from typing import Any

from core.domain.breach import BreachFacts
from core.domain.breach_json import parse_facts
from core.rules.breach import assess

AWARE = "2026-11-27T19:05:00+01:00"


def doc(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"aware_at": AWARE, "personal_data": True}
    base.update(fields)
    return base


def facts(**fields: Any) -> BreachFacts:
    return parse_facts(doc(**fields))


def outcome(**fields: Any) -> tuple[bool, bool]:
    """(notify the CNIL, inform the persons) for the given facts."""
    a = assess(facts(**fields))
    return a.notify_authority, a.inform_subjects
