"""GUI fixtures: offscreen Qt, a worker, and helpers to wait for background work without sleeping blindly."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _french_locale():
    """The app's default language is French and ``gui/i18n.py`` sets the matching default locale."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield


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
