"""First use of the register: "which of these activities happen in your practice?" (templates to tick)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout, QWidget

from core.content.register_templates import ActivityTemplate


class TemplatePicker(QDialog):
    def __init__(
        self,
        templates: list[ActivityTemplate],
        lang: str = "fr",
        parent: QWidget | None = None,
        present: set[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activités de votre cabinet"))
        self.resize(640, 520)
        intro = QLabel(
            self.tr(
                "Cochez les activités qui existent dans votre cabinet. Chacune sera ajoutée au registre avec ses "
                "finalités, bases légales, données, destinataires et durées de conservation recommandées ; "
                "vous pourrez tout modifier ensuite."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        for t in templates:
            already = t.key in (present or set())
            label = t.name(lang) + (" " + self.tr("(déjà dans le registre)") if already else "")
            item = QStandardItem(label)
            item.setData(t.key, Qt.ItemDataRole.UserRole)
            item.setToolTip("\n".join(f"• {p}" for p in t.purposes(lang)))
            item.setCheckable(True)
            item.setEditable(False)
            checked = t.preselected and not already
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self.list = QListView(self)
        self.list.setObjectName("templates")
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Activités proposées pour votre profession"))
        self.create_processors = QCheckBox(
            self.tr("Ajouter aussi les &prestataires habituels de ces activités (à compléter ensuite)"), self
        )
        self.create_processors.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ajouter au registre"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.create_processors)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        keys = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        return keys
