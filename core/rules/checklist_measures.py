"""Which security measures of the register can be ticked from the checklist answers.

A measure is *ticked* when every linked item that applies was answered "yes" (items answered "not
applicable" or not applicable to the practice are ignored), *partial* when at least one linked item is "yes"
or "partial" but not all, and *not ticked* otherwise. The result always says which answers decided it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from core.content.checklist import Measure
from core.domain.checklist import Answer


class MeasureState(StrEnum):
    TICKED = "ticked"
    PARTIAL = "partial"
    NOT_TICKED = "not_ticked"
    UNKNOWN = "unknown"  # no linked item applies or none is answered yet


@dataclass(frozen=True)
class MeasureSuggestion:
    code: str
    state: MeasureState
    items: tuple[str, ...]
    reason: str

    @property
    def ticked(self) -> bool:
        return self.state == MeasureState.TICKED


def suggest(
    measures: tuple[Measure, ...], answers: Mapping[str, Answer | None], applicable: set[str]
) -> dict[str, MeasureSuggestion]:
    result: dict[str, MeasureSuggestion] = {}
    for measure in measures:
        linked = [i for i in measure.items if i in applicable]
        counted = [i for i in linked if answers.get(i) != Answer.NA]  # "not applicable" answers are ignored
        given = {i: answers.get(i) for i in counted if answers.get(i) is not None}
        if not given:
            state, reason = MeasureState.UNKNOWN, "aucune réponse utilisable dans l'auto-évaluation"
        elif len(given) == len(counted) and all(a == Answer.YES for a in given.values()):
            state, reason = MeasureState.TICKED, "« oui » à " + ", ".join(given)
        elif any(a in (Answer.YES, Answer.PARTIAL) for a in given.values()):
            missing = [i for i in counted if given.get(i) != Answer.YES]
            state, reason = MeasureState.PARTIAL, "en partie seulement : " + ", ".join(missing)
        else:
            state, reason = MeasureState.NOT_TICKED, "« non » à " + ", ".join(given)
        result[measure.code] = MeasureSuggestion(measure.code, state, tuple(linked), reason)
    return result
