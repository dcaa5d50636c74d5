"""The sections of the main window, in navigation order.

Each feature registers its screen here: ``factory(ctx, parent) -> QWidget``. A page may define
``refresh()`` (called each time it is shown). ``HEADER_WIDGETS`` are small always-visible widgets placed in
the main window's header (e.g. the 72-hour countdown); each factory returns a QWidget or None.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gui.context import AppContext
from gui.pages.dashboard import DashboardPage
from gui.pages.documents import DocumentsPage
from gui.pages.exposure import ExposurePage
from gui.pages.incidents import IncidentsPage
from gui.pages.processors import processors_page
from gui.pages.register import register_page
from gui.pages.rights import RightsPage
from gui.pages.security import SecurityPage
from gui.pages.settings import SettingsPage
from gui.widgets.countdown import countdown_header

PageFactory = Callable[[AppContext, QWidget], QWidget]


@dataclass(frozen=True)
class Section:
    key: str
    title: Callable[[], str]
    factory: PageFactory


SECTIONS: list[Section] = [
    Section(
        "dashboard",
        lambda: QCoreApplication.translate("sections", "Tableau de bord"),
        DashboardPage,
    ),
    Section("register", lambda: QCoreApplication.translate("sections", "Registre"), register_page),
    Section("processors", lambda: QCoreApplication.translate("sections", "Sous-traitants"), processors_page),
    Section("security", lambda: QCoreApplication.translate("sections", "Sécurité"), SecurityPage),
    Section(
        "exposure", lambda: QCoreApplication.translate("sections", "Vérifier l'exposition"), ExposurePage
    ),
    Section("incidents", lambda: QCoreApplication.translate("sections", "Incidents"), IncidentsPage),
    Section("requests", lambda: QCoreApplication.translate("sections", "Demandes des patients"), RightsPage),
    Section(
        "documents", lambda: QCoreApplication.translate("sections", "Documents à imprimer"), DocumentsPage
    ),
    Section("settings", lambda: QCoreApplication.translate("sections", "Paramètres"), SettingsPage),
]

HEADER_WIDGETS: list[Callable[[AppContext, QWidget], QWidget | None]] = [
    countdown_header,
]
