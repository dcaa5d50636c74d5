"""« À propos de Vigie »: version, no network access, where the data lives, licences of the main components."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from core.services import backup as backup_service
from core.version import version


class AboutDialog(QDialog):
    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos de Vigie"))
        self.setMinimumWidth(560)
        vault_path = Path(vault_path)
        backups = backup_service.auto_backup_dir(vault_path)

        title = QLabel(self.tr("<h2>Vigie %1</h2>").replace("%1", html.escape(version())), self)
        title.setAccessibleName(self.tr("Version"))
        summary = QLabel(
            self.tr(
                "Assistant RGPD pour les professionnels de santé libéraux : registre des traitements, sécurité, "
                "violations de données."
            ),
            self,
        )
        privacy = QLabel(
            self.tr(
                "<b>Rien ne quitte cet ordinateur.</b> Vigie n'accède jamais au réseau de lui-même : aucun envoi "
                "de données, aucune statistique, aucune vérification automatique des mises à jour. Les mises à "
                "jour sont installées par vous, quand vous le décidez."
            ),
            self,
        )
        data = QLabel(
            self.tr(
                "<b>Vos données</b> : le coffre chiffré %1 et ses sauvegardes automatiques dans %2. Ils sont "
                "hors du dossier du programme : désinstaller Vigie ne les supprime pas."
            )
            .replace("%1", f"<code>{html.escape(str(vault_path))}</code>")
            .replace("%2", f"<code>{html.escape(str(backups))}</code>"),
            self,
        )
        licences = QLabel(
            self.tr(
                "<b>Composants et licences</b><br>"
                "Qt et PySide6 : GNU LGPL v3 (bibliothèques fournies en fichiers séparés, remplaçables)<br>"
                "SQLCipher : licence de type BSD (Zetetic)<br>"
                "ReportLab : licence BSD<br>"
                "Python : licence PSF"
            ),
            self,
        )
        self.labels = [title, summary, privacy, data, licences]
        layout = QVBoxLayout(self)
        for label in self.labels:
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def text(self) -> str:
        """Every label's text (for tests)."""
        return "\n".join(label.text() for label in self.labels)
