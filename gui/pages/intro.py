"""The page a section shows before its feature exists: what it will hold, and no fake data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui import theme
from gui.context import AppContext


def _texts() -> dict[str, tuple[str, str]]:
    return {
        "dashboard": (
            QCoreApplication.translate("intro", "Tableau de bord"),
            QCoreApplication.translate(
                "intro",
                "Ce qui est à faire, sur un seul écran : incidents ouverts et délai de 72 heures, demandes "
                "de patients à traiter, complétude du registre, score de sécurité et actions dues, "
                "certificats HDS qui expirent, dernière sauvegarde.",
            ),
        ),
        "register": (
            QCoreApplication.translate("intro", "Registre des traitements"),
            QCoreApplication.translate(
                "intro",
                "Le registre exigé par l'article 30 du RGPD, pré-rempli pour votre profession : dossier "
                "patient, rendez-vous, facturation SESAM-Vitale, messagerie sécurisée… imprimable pour "
                "la CNIL en un clic.",
            ),
        ),
        "processors": (
            QCoreApplication.translate("intro", "Sous-traitants"),
            QCoreApplication.translate(
                "intro",
                "Vos prestataires (éditeur du logiciel, hébergeur HDS, prise de rendez-vous, maintenance…), "
                "leurs contrats article 28 et la validité de leurs certificats HDS.",
            ),
        ),
        "security": (
            QCoreApplication.translate("intro", "Sécurité"),
            QCoreApplication.translate(
                "intro",
                "La liste de contrôle annuelle : postes, box internet, sauvegardes, messagerie, imagerie… "
                "notée par thème, avec un plan d'action et l'historique d'une année sur l'autre.",
            ),
        ),
        "incidents": (
            QCoreApplication.translate("intro", "Journal des incidents"),
            QCoreApplication.translate(
                "intro",
                "Chaque incident est consigné, qu'il soit notifié ou non (article 33.5). L'assistant "
                "« Signaler un incident » décide avec vous s'il faut notifier la CNIL sous 72 heures et "
                "informer les patients, puis imprime le dossier de notification.",
            ),
        ),
    }


class IntroPage(QWidget):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title, body = _texts()[key]
        heading = QLabel(f"<h1>{title}</h1>", self)
        text = QLabel(body, self)
        text.setWordWrap(True)
        text.setMaximumWidth(720)
        soon = QLabel(self.tr("Cette section sera disponible dans une prochaine version de Vigie."), self)
        soon.setStyleSheet(theme.text_css("muted"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(soon)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)


def intro_page(key: str) -> Callable[[AppContext, QWidget], QWidget]:
    return lambda ctx, parent: IntroPage(key, parent)
