"""Pre-ticking the register's security measures from the self-assessment: pure merge rules."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from core.domain import register_vocab as V
from core.domain.checklist import Answer, AnswerInput
from core.domain.register import Checked
from core.rules.checklist_measures import MeasureState, MeasureSuggestion
from core.rules.register_measures import merge, provenance, with_provenance
from core.services.checklist import ChecklistService

CODES = list(V.SECURITY_MEASURES)
LABELS = {"authentication": "Authentification des utilisateurs", "network_security": "Sécurité du réseau"}


def s(code: str, state: str = "ticked") -> MeasureSuggestion:
    return MeasureSuggestion(code, MeasureState(state), (), "")


def test_ticks_supported_measures_and_leaves_the_others_untouched():
    current = (Checked("traceability", "journal du logiciel"), Checked("physical", "armoire fermée"))
    suggestions = {
        "backup": s("backup"),
        "encryption": s("encryption"),
        "traceability": s("traceability", "not_ticked"),
        "physical": s("physical"),
        "access_control": s("access_control", "partial"),
        "authentication": s("authentication"),
        "network_security": s("network_security"),
        "secure_exchange": s("secure_exchange", "unknown"),
    }
    result = merge(current, suggestions, CODES, LABELS, 2026, True)
    got = {c.code: c.detail for c in result.measures}
    assert result.ticked == ("backup", "encryption", "other")
    assert result.confirmed == ("physical",)
    assert result.unconfirmed == ("traceability",)
    assert got["traceability"] == "journal du logiciel"  # not backed: exactly as the practitioner wrote it
    assert got["physical"] == "armoire fermée — d'après l'auto-évaluation 2026"
    assert got["backup"] == "d'après l'auto-évaluation 2026"
    assert got["other"] == (
        "d'après l'auto-évaluation 2026 : Authentification des utilisateurs ; Sécurité du réseau"
    )
    assert "access_control" not in got  # partial: not ticked
    assert [c.code for c in result.measures] == [c for c in CODES if c in got]  # register order
    assert result.other_measures == ("authentication", "network_security")


def test_nothing_supported_changes_nothing():
    current = (Checked("backup", "NAS"),)
    result = merge(current, {"backup": s("backup", "partial")}, CODES, LABELS, 2026, False)
    assert result.measures == current and not result.changed


def test_provenance_is_replaced_not_repeated():
    first = with_provenance("NAS chiffré", provenance(2025, True))
    second = with_provenance(first, provenance(2026, False))
    assert second == "NAS chiffré — d'après l'auto-évaluation 2026 (en cours)"


@given(st.text(max_size=40).filter(lambda t: "d'après" not in t), st.integers(2000, 2200), st.booleans())
def test_provenance_round_trip_keeps_the_practitioners_text(own, year, closed):
    source = provenance(year, closed)
    once = with_provenance(own, source)
    assert with_provenance(once, source) == once
    assert once.endswith(source)
    assert once.startswith(own.strip())


def test_not_applicable_items_do_not_block_a_measure(vault):
    service = ChecklistService(vault, lambda: datetime(2026, 3, 1, tzinfo=UTC))
    a = service.start()
    for item in ("SAUV-01", "SAUV-02"):
        service.answer(a.id, AnswerInput(item, Answer.YES))
    service.answer(a.id, AnswerInput("SAUV-04", Answer.NA, na_reason="pas de sauvegarde externe"))
    assert service.register_measures().measures["backup"].state == "ticked"
