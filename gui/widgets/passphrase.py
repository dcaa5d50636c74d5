"""A passphrase field with a show/hide toggle and, optionally, a strength meter (zxcvbn via core)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QToolButton, QVBoxLayout, QWidget

from gui import theme


class PassphraseField(QWidget):
    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, meter: bool = False, accessible_name: str = ""
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name or self.tr("Phrase de passe"))
        self._toggle = QToolButton(self)
        self._toggle.setText(self.tr("Afficher"))
        self._toggle.setCheckable(True)
        self._toggle.setToolTip(self.tr("Afficher ou masquer la saisie"))
        self._toggle.setAccessibleName(self.tr("Afficher la saisie"))
        self._toggle.toggled.connect(self._on_toggle)
        self.edit.textChanged.connect(self._on_text)
        self._user_inputs: list[str] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.edit, 1)
        line.addWidget(self._toggle)
        layout.addLayout(line)
        self.meter: QProgressBar | None = None
        self.hint: QLabel | None = None
        if meter:
            row = QHBoxLayout()
            self.meter = QProgressBar(self)
            self.meter.setRange(0, 4)
            self.meter.setTextVisible(False)
            self.meter.setMaximumHeight(8)
            self.meter.setAccessibleName(self.tr("Robustesse de la phrase de passe"))
            self.hint = QLabel(self)
            self.hint.setWordWrap(True)
            row.addWidget(self.meter, 1)
            layout.addLayout(row)
            layout.addWidget(self.hint)
            self._on_text("")

    def set_user_inputs(self, inputs: list[str]) -> None:
        """Words the passphrase should not be built from (practice name, city...)."""
        self._user_inputs = [s for s in inputs if s]
        self._on_text(self.edit.text())

    def user_inputs(self) -> list[str]:
        return list(self._user_inputs)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

    def setFocus(self) -> None:  # noqa: N802 - Qt naming
        self.edit.setFocus()

    def acceptable(self) -> bool:
        from core.passphrase import estimate

        return estimate(self.edit.text(), self._user_inputs).acceptable

    def _on_toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._toggle.setText(self.tr("Masquer") if shown else self.tr("Afficher"))

    def _on_text(self, text: str) -> None:
        if self.meter is not None and self.hint is not None:
            from core.passphrase import estimate  # the meter's fields only (not before the unlock window)

            strength = estimate(text, self._user_inputs)
            self.meter.setValue(strength.score)
            colour = theme.fill(["danger", "danger", "warning", "ok", "ok"][strength.score])
            self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
            if not text:
                self.hint.setText(
                    self.tr("Au moins 10 caractères ; une phrase de plusieurs mots est idéale.")
                )
            elif strength.acceptable:
                self.hint.setText(self.tr("Robustesse suffisante."))
            else:
                from gui.messages import strength_reason

                self.hint.setText(self.tr("Trop faible : %1").replace("%1", strength_reason(strength.code)))
        self.changed.emit()
