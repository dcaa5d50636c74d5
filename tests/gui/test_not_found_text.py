"""The GUI says what was not found, in its language, from NotFound's ``what`` code (core.errors.NOT_FOUND)."""

from __future__ import annotations

import pytest

from core.errors import NOT_FOUND, NotFound
from core.services.incidents import IncidentService
from gui import i18n
from gui.messages import error_text, not_found
from tests.gui.test_backup_damage_text import _build_catalogue

PARAMS = {"number": 5, "ref": "T01", "key": "notify_cnil", "item": "RESEAU-03"}


@pytest.fixture
def english(qapp):
    _build_catalogue()
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "fr")


def test_every_code_has_its_own_text_in_french_and_english(qapp, english):
    unknown = not_found({"what": "?"})
    assert unknown == "Element not found."
    english_texts = {code: not_found({"what": code, **PARAMS}) for code in NOT_FOUND}
    assert unknown not in english_texts.values()
    assert len(set(english_texts.values())) == len(NOT_FOUND)
    assert all("{" not in t for t in english_texts.values())
    i18n.install(qapp, "fr")
    french = {code: not_found({"what": code, **PARAMS}) for code in NOT_FOUND}
    assert all("{" not in t for t in french.values())
    assert all(french[code] != english_texts[code] for code in NOT_FOUND)  # each one translated
    assert french["incident"] == "Incident n° 5 introuvable."
    assert english_texts["incident"] == "Incident no. 5 not found."
    assert english_texts["activity"] == "Activity T01 not found."


def test_a_missing_incident_reads_in_both_languages(vault, qapp, english):
    with pytest.raises(NotFound) as caught:
        IncidentService(vault).get(999)
    assert error_text(caught.value) == "Incident no. 999 not found."
    i18n.install(qapp, "fr")
    assert error_text(caught.value) == "Incident n° 999 introuvable."
