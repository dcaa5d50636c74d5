"""GUI fixtures: offscreen Qt, a worker, and helpers to wait for background work without sleeping blindly."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _french_locale():
    """The app's default language is French and ``gui/i18n.py`` sets the matching default locale."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield


@pytest.fixture(scope="session", autouse=True)
def _french_plurals(qapp):
    """As the app does in French: Qt picks "1 traitement" / "2 traitements" from the French catalogue."""
    import sys
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import i18n

    i18n.build()
    translator = QTranslator()
    assert translator.load(str(i18n.FR_QM_FILE))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _first_run_quits_without_asking(monkeypatch):
    """Closing a first-run wizard with typed text asks first (a modal box); tests that check it set
    ``wizard.ask_quit`` themselves, the others must not block on it at teardown."""
    from gui.wizards.first_run import FirstRunWizard

    monkeypatch.setattr(FirstRunWizard, "ask_quit", lambda self: True)


@pytest.fixture
def worker(qtbot):
    from gui.workers import Worker

    w = Worker()
    yield w
    w.shutdown()


@pytest.fixture
def app_settings():
    from core.settings import AppSettings

    return AppSettings(language="fr")
