"""Scoring of a security self-assessment, red flags and action priorities.

Rules (also in docs/checklist.md):

* value of an answer: yes = 1, partial = 1/2, no = 0; "not applicable" and unanswered items are left out;
* score of a theme = 100 × Σ(weight × value) / Σ(weight) over its answered, applicable items; the overall score
  uses the same formula over every item (a weighted mean of items, not a mean of theme scores);
* the exact fraction is rounded once, half up, to a whole percent (66.5 → 67, 12.49… → 12); no intermediate
  rounding, so that the same answers always give the same figure in the app and in the PDF;
* a weight-3 item answered "no" is a red flag, listed first whatever the score.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from core.domain.checklist import Answer
from core.wording import count

VALUES: dict[Answer, Fraction] = {
    Answer.YES: Fraction(1),
    Answer.PARTIAL: Fraction(1, 2),
    Answer.NO: Fraction(0),
}
RED_FLAG_WEIGHT = 3


@dataclass(frozen=True)
class ScoredItem:
    """What the scorer needs about one applicable item (the order is the catalogue order)."""

    item_id: str
    theme: str
    weight: int
    answer: Answer | None
    sanction_2020: bool = False


@dataclass(frozen=True)
class ThemeScore:
    theme: str
    percent: int | None  # None when nothing in the theme was scored
    earned: Fraction
    possible: int
    applicable: int
    answered: int
    not_applicable: int

    @property
    def unanswered(self) -> int:
        return self.applicable - self.answered - self.not_applicable


@dataclass(frozen=True)
class ScoreResult:
    overall: ThemeScore
    themes: tuple[ThemeScore, ...]
    red_flags: tuple[str, ...]
    reasons: tuple[str, ...]

    def theme(self, theme_id: str) -> ThemeScore | None:
        return next((t for t in self.themes if t.theme == theme_id), None)


def round_percent(value: Fraction) -> int:
    """Half-up rounding of an exact percentage (Python's round() would send 12.5 to 12)."""
    return math.floor(value + Fraction(1, 2))


def _score(theme: str, items: Sequence[ScoredItem]) -> ThemeScore:
    earned, possible, answered, na = Fraction(0), 0, 0, 0
    for item in items:
        if item.answer is None:
            continue
        if item.answer == Answer.NA:
            na += 1
            continue
        answered += 1
        earned += item.weight * VALUES[item.answer]
        possible += item.weight
    percent = round_percent(100 * earned / possible) if possible else None
    return ThemeScore(theme, percent, earned, possible, len(items), answered, na)


def score(items: Sequence[ScoredItem], theme_order: Iterable[str]) -> ScoreResult:
    """Scores per theme (in ``theme_order``; themes without applicable items are left out) and overall."""
    by_theme: dict[str, list[ScoredItem]] = {}
    for item in items:
        by_theme.setdefault(item.theme, []).append(item)
    themes = tuple(_score(t, by_theme[t]) for t in theme_order if t in by_theme)
    overall = _score("", items)
    flags = red_flags(items)
    reasons = []
    if overall.not_applicable:
        reasons.append(
            count(overall.not_applicable, "question sans objet exclue", "questions sans objet exclues") + " du calcul"
        )
    if overall.unanswered:
        reasons.append(
            count(overall.unanswered, "question sans réponse, non comptée", "questions sans réponse, non comptées")
        )
    if flags:
        reasons.append(count(len(flags), "point rouge", "points rouges") + " : mesure essentielle (poids 3) absente")
    return ScoreResult(overall, themes, flags, tuple(reasons))


def red_flags(items: Iterable[ScoredItem]) -> tuple[str, ...]:
    return tuple(i.item_id for i in items if i.weight >= RED_FLAG_WEIGHT and i.answer == Answer.NO)


def priority_key(item: ScoredItem, position: int) -> tuple[int, int, int, int, int]:
    """Sort key for actions, most urgent first: red flag, weight, "no" before "partial", 2020 cases, catalogue order."""
    return (
        0 if item.weight >= RED_FLAG_WEIGHT and item.answer == Answer.NO else 1,
        -item.weight,
        0 if item.answer == Answer.NO else 1,
        0 if item.sanction_2020 else 1,
        position,
    )


def needs_action(answer: Answer | None) -> bool:
    return answer in (Answer.NO, Answer.PARTIAL)


def proposed_due_date(item: ScoredItem, today: date) -> tuple[date, str]:
    """A due date the practitioner can change: red flags within a month, weight 3 or 2 within three, else six."""
    if item.weight >= RED_FLAG_WEIGHT and item.answer == Answer.NO:
        return today + timedelta(days=30), "point rouge : échéance proposée à un mois"
    if item.weight >= 2:
        return today + timedelta(days=91), "mesure importante : échéance proposée à trois mois"
    return today + timedelta(days=182), "bonne pratique : échéance proposée à six mois"
