"""Core's validation problems reach English users in English (codes rendered by gui/problems.py)."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path

from core.domain import problems as problem_texts
from core.domain.practice import Practice
from gui import i18n
from gui.problems import problem_text
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


def test_every_practice_problem_has_a_code_rendered_in_each_language(qapp):
    problems = (
        BAD.problems()
        + replace(BAD, siret="73282932000074", siren="552100554").problems()
        + replace(BAD, profession="astronaute").problems()
    )
    assert len({p.code for p in problems}) >= 10
    for p in problems:
        assert problem_texts.render(p.code, p.params, "fr") == p.problem
        assert problem_text(p) == p.problem  # the French interface
        english = problem_texts.render(p.code, p.params, "en")
        assert english != p.problem and not set(english) & set("éèêàçù«»"), english


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
    for p in seen:  # codes with parameters in core, rendered in each language at the edge
        assert p.code in problem_texts.texts(), p
        assert problem_texts.render(p.code, p.params, "fr") == p.problem
        english = problem_texts.render(p.code, p.params, "en")
        assert english != p.problem and not set(english) & set("éèêàçù«»"), english


def test_a_refused_register_import_speaks_english(qtbot, qapp, vault, worker, app_settings, tmp_path):
    """The JSON import's details (field unknown, wrong type, an activity's own problems) in the English
    interface, each with its JSON path."""
    import json

    from core.domain.register_codec import FORMAT
    from gui.context import AppContext
    from gui.pages.register import RegisterPage

    _build_catalogue()
    ctx = AppContext(vault=vault, worker=worker, settings=app_settings)
    doc = {
        "format": FORMAT,
        "activities": [{"ref": "T01", "name": "", "colour": "blue", "dpia_required": "maybe"}],
        "processors": [],
    }
    (tmp_path / "bad.json").write_text(json.dumps(doc), encoding="utf-8")
    try:
        i18n.install(qapp, "en")
        page = RegisterPage(ctx)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
        page.import_from(tmp_path / "bad.json")
        qtbot.waitUntil(lambda: "activities[0]" in page.status.text(), timeout=10_000)
        text = page.status.text()
        assert "• activities[0].colour: unknown field" in text
        assert "• activities[0].dpia_required: true, false or null expected" in text
        assert "• activities[0].name: the activity name is required" in text
        assert "inconnu" not in text and "obligatoire" not in text and " : " not in text
    finally:
        i18n.install(qapp, "fr")


def test_a_refused_operation_gives_its_reason_in_english(qapp):
    from core.domain.problems import refused
    from gui.messages import error_text

    exc = refused("refusal.incident_closed", incident_id=3)
    try:
        i18n.install(qapp, "en")
        text = error_text(exc)
    finally:
        i18n.install(qapp, "fr")
    assert text == "Operation refused: incident no. 3 is closed", text
    assert "l'incident n° 3 est clos" in error_text(exc)
