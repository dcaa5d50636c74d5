"""Scoring rules: hand-computed cases, N/A handling, half-up rounding, red flags and priorities."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from core.domain.checklist import Answer
from core.rules.checklist_scoring import (
    ScoredItem,
    priority_key,
    proposed_due_date,
    red_flags,
    round_percent,
    score,
)

Y, P, N, NA = Answer.YES, Answer.PARTIAL, Answer.NO, Answer.NA


def items(*spec):
    return [ScoredItem(f"{theme}-{n}", theme, w, a) for n, (theme, w, a) in enumerate(spec)]


def test_hand_computed_example():
    # A: 3×1 + 2×0.5 + 1×0 = 4 over 6 → 66.67 → 67.  B: 2×1 over 2 (N/A excluded) → 100.
    # Overall: (4 + 2) / (6 + 2) = 75.
    result = score(items(("A", 3, Y), ("A", 2, P), ("A", 1, N), ("B", 2, Y), ("B", 3, NA)), ["A", "B"])
    assert result.theme("A").percent == 67
    assert result.theme("A").earned == 4 and result.theme("A").possible == 6
    assert result.theme("B").percent == 100
    assert result.theme("B").not_applicable == 1
    assert result.overall.percent == 75
    assert result.red_flags == ()


def test_overall_is_weighted_over_items_not_a_mean_of_themes():
    # A: 3 items weight 3 all yes (9/9); B: 1 item weight 1, no (0/1). Mean of themes would be 50; weighted 90.
    result = score(items(("A", 3, Y), ("A", 3, Y), ("A", 3, Y), ("B", 1, N)), ["A", "B"])
    assert result.overall.percent == 90


def test_na_is_excluded_and_explained():
    result = score(items(("A", 3, NA), ("A", 1, Y)), ["A"])
    assert result.overall.percent == 100
    assert result.overall.possible == 1
    assert any("sans objet" in r for r in result.reasons)


def test_all_na_or_unanswered_gives_no_score():
    result = score(items(("A", 2, NA), ("A", 2, None)), ["A"])
    assert result.overall.percent is None
    assert result.theme("A").unanswered == 1
    assert any("sans réponse" in r for r in result.reasons)


def test_half_up_rounding():
    assert round_percent(Fraction(25, 2)) == 13  # Python's round(12.5) gives 12
    assert round_percent(Fraction(249, 20)) == 12  # 12.45
    assert round_percent(Fraction(200, 3)) == 67
    # 1 partial of weight 1 among 4 weight-1 items with 3 no: 0.5/4 = 12.5 % → 13
    result = score(items(("A", 1, P), ("A", 1, N), ("A", 1, N), ("A", 1, N)), ["A"])
    assert result.overall.percent == 13


def test_red_flags_are_weight_3_no_only_in_catalogue_order():
    spec = items(("A", 2, N), ("A", 3, P), ("A", 3, N), ("B", 3, N), ("B", 3, Y))
    assert red_flags(spec) == ("A-2", "B-3")
    assert score(spec, ["A", "B"]).red_flags == ("A-2", "B-3")


def test_themes_follow_the_given_order_and_skip_absent_ones():
    result = score(items(("B", 1, Y), ("A", 1, Y)), ["A", "C", "B"])
    assert [t.theme for t in result.themes] == ["A", "B"]


def test_priority_puts_red_flags_first_then_weight_then_no_before_partial():
    a = ScoredItem("a", "T", 2, N)
    b = ScoredItem("b", "T", 3, P)
    c = ScoredItem("c", "T", 3, N)
    d = ScoredItem("d", "T", 2, P, sanction_2020=True)
    ranked = sorted([(0, a), (1, b), (2, c), (3, d)], key=lambda p: priority_key(p[1], p[0]))
    assert [s.item_id for _, s in ranked] == ["c", "b", "a", "d"]


def test_proposed_due_dates():
    today = date(2026, 1, 10)
    assert proposed_due_date(ScoredItem("x", "T", 3, N), today)[0] == date(2026, 2, 9)
    assert proposed_due_date(ScoredItem("x", "T", 3, P), today)[0] == date(2026, 4, 11)
    assert proposed_due_date(ScoredItem("x", "T", 1, P), today)[0] == date(2026, 7, 11)


answers = st.sampled_from([Y, P, N, NA, None])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("ABC"), st.integers(1, 3), answers), min_size=1, max_size=30))
def test_scores_are_bounded_and_match_the_exact_formula(spec):
    scored = items(*spec)
    result = score(scored, ["A", "B", "C"])
    counted = [(s.weight, s.answer) for s in scored if s.answer not in (None, NA)]
    if not counted:
        assert result.overall.percent is None
        return
    value = {Y: Fraction(1), P: Fraction(1, 2), N: Fraction(0)}
    exact = 100 * sum(w * value[a] for w, a in counted) / sum(w for w, _ in counted)
    assert result.overall.percent == round_percent(exact)
    assert 0 <= result.overall.percent <= 100
    for theme in result.themes:
        assert theme.percent is None or 0 <= theme.percent <= 100


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=12), st.text(max_size=400), st.text(max_size=40))
def test_answer_input_validation_never_crashes(answer, reason, note):
    from core.domain.checklist import AnswerInput
    from core.errors import InvalidInput

    try:
        value = AnswerInput("GOUV-01", answer, note, reason).validated()
    except InvalidInput as exc:
        assert exc.problems
    else:
        assert isinstance(value.answer, Answer)
        assert value.answer != Answer.NA or (value.na_reason and "\n" not in value.na_reason)
