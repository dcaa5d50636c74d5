"""Every engine fact is reachable from the wizard: each step's load/store gives back the facts it was shown.

For generated valid documents (hypothesis), facts -> answers -> the step widgets -> fresh answers -> facts is the
identity: no fact is lost or altered by the screens, so a re-assessment that changes nothing decides the same.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings

from core.domain.breach_json import parse_facts
from core.services.breach_wizard import BreachAnswers
from gui.wizards.breach.awareness import AwarenessStep
from gui.wizards.breach.circumstances import CircumstancesStep
from gui.wizards.breach.involved import InvolvedStep
from gui.wizards.breach.what import WhatStep
from gui.wizards.breach.which import WhichStep
from tests.core.test_breach_properties import fact_docs

LATER = datetime(2036, 1, 1, tzinfo=UTC)  # "now" for the awareness field: every generated date is before


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fact_docs())
def test_step_widgets_give_back_every_fact(qtbot, document: dict) -> None:
    facts = parse_facts(document)
    shown = BreachAnswers.from_facts(facts)
    steps = [
        AwarenessStep("fr", now=LATER),
        WhatStep("fr"),
        InvolvedStep("fr"),
        WhichStep("fr"),
        CircumstancesStep("fr"),
    ]
    back = BreachAnswers()
    for step in steps:
        qtbot.addWidget(step)
        step.load(shown)
        step.store(back)
    assert back.to_facts() == facts
