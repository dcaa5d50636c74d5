"""Core's French validation sentences reach English users in English (gui/problems.py)."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path

from core.domain.practice import Practice
from gui import i18n
from gui.problems import known
from gui.widgets.practice_form import PracticeForm

BAD = Practice(
    name="",
    profession="",
    rpps="1",
    adeli="1",
    siret="1",
    siren="1",
    postcode="1",
    email="x",
    dpo_designated=True,
)


def test_every_practice_problem_is_listed():
    problems = (
        BAD.problems()
        + replace(BAD, siret="73282932000074", siren="552100554").problems()
        + replace(BAD, profession="astronaute").problems()
    )
    assert {p.problem for p in problems} <= set(known())


def _build_catalogue() -> None:
    path = Path(__file__).resolve().parents[2] / "tools" / "i18n.py"
    spec = importlib.util.spec_from_file_location("i18n_tool", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.build()


def test_practice_form_speaks_english(qtbot, qapp):
    _build_catalogue()
    form = PracticeForm()
    qtbot.addWidget(form)
    form.set_practice(BAD)
    try:
        i18n.install(qapp, "en")
        assert not form.validate()
        text = form.errors.text()
        assert "the practice name is required" in text and "the SIRET has 14 digits" in text
        assert "obligatoire" not in text and "chiffres" not in text
    finally:
        i18n.install(qapp, "fr")
    form.validate()
    assert "le nom du cabinet est obligatoire" in form.errors.text()


def test_every_breach_wizard_problem_is_listed():
    from datetime import UTC, datetime, timedelta

    from core.services.breach_wizard import BreachAnswers, BreachFlow

    now = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
    seen = set()
    cases = [
        ("awareness", BreachAnswers()),
        (
            "awareness",
            BreachAnswers(aware_at=now + timedelta(hours=2), occurred_start=now + timedelta(hours=1)),
        ),
        ("what", BreachAnswers(cause="internal_accidental", malicious=True)),
        ("what", BreachAnswers(title="x", cause="external_malicious", malicious=False)),
        ("which", BreachAnswers(count=-1)),
        ("which", BreachAnswers(records_count=-1)),
        ("circumstances", BreachAnswers(restore_hours=-1)),
    ]
    for step, answers in cases:
        seen |= set(BreachFlow(answers, clock=lambda: now).problems(step))
    moved = BreachFlow(
        BreachAnswers(aware_at=now), recorded_aware_at=now - timedelta(hours=1), clock=lambda: now
    )
    seen |= set(moved.problems("awareness"))
    assert len(seen) >= 8
    from core.domain import incident_problems

    for p in seen:  # codes with parameters in core, rendered in each language at the edge
        assert p.code in incident_problems.TEXTS, p
        assert incident_problems.render(p.code, p.params, "fr") == p.problem
        english = incident_problems.render(p.code, p.params, "en")
        assert english != p.problem and not set(english) & set("éèêàçù«»"), english
