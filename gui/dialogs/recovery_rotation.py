"""New recovery code, second phase: the user types the code back before it replaces the old one.

Until then the old code stays valid (the new one waits in a pending slot of the key file), so a crash, a closed
window or a mistyped copy never leaves the practice without a working code.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from core.errors import WrongRecoveryCode
from core.vault import Vault
from gui import theme
from gui.lifetime import if_alive
from gui.messages import error_text
from gui.workers import Worker


class RecoveryRotationDialog(QDialog):
    def __init__(self, vault: Vault, worker: Worker, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.worker = vault, worker
        self.confirmed = False
        self._busy = False
        self.setWindowTitle(self.tr("Nouveau code de secours"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Imprimez ou recopiez ce code et rangez-le hors de l'ordinateur. Retapez-le ensuite pour confirmer : "
                "tant que ce n'est pas fait, l'ancien code reste valable."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code_label = shown = QLabel(code, self)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 3)
        shown.setFont(font)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setAccessibleName(self.tr("Nouveau code de secours"))
        self.typed = QLineEdit(self)
        self.typed.setAccessibleName(self.tr("Code de secours retapé"))
        self.typed.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        label = QLabel(self.tr("&Retapez le code :"), self)
        label.setBuddy(self.typed)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_css("danger"))
        self.confirm_button = QPushButton(self.tr("&Confirmer le nouveau code"), self)
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        cancel = QPushButton(self.tr("&Garder l'ancien code"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(shown)
        layout.addWidget(label)
        layout.addWidget(self.typed)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def confirm(self) -> None:
        if self._busy:
            return
        typed, vault = self.typed.text(), self.vault
        self._busy = True
        self.confirm_button.setEnabled(False)
        self.error.clear()

        def done(_result: object) -> None:
            self._busy = False
            self.confirmed = True
            self.accept()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.confirm_button.setEnabled(True)
            if isinstance(exc, WrongRecoveryCode):
                self.error.setText(
                    self.tr(
                        "Ce n'est pas le code affiché. Vérifiez votre copie ; l'ancien code reste valable."
                    )
                )
            else:
                self.error.setText(error_text(exc))

        self.worker.submit(
            lambda: vault.confirm_recovery_rotation(typed), if_alive(self, done), if_alive(self, failed)
        )

    def reject(self) -> None:
        if not self.confirmed:
            self.worker.submit(self.vault.cancel_recovery_rotation, lambda _r: None, lambda _e: None)
        super().reject()
