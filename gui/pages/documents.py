"""The documents to print: the emergency kit (with its useful contacts) and the waiting-room notice."""

from __future__ import annotations

import html
import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.services.documents import KIT_PRINTED, NOTICE_PRINTED
from core.storage.atomic import write_atomic
from gui import formats, theme
from gui.context import AppContext
from gui.dialogs.contact import ContactDialog
from gui.messages import error_text
from gui.models.contacts import SORT_ROLE, ContactsTableModel
from gui.ops import DOCUMENTS, PRACTICE, REGISTER, Services, op
from gui.problems import problem_text
from gui.widgets.elided_cells import elide_cells

# The suggested file name of each notice layout, in French like the other suggested names ("kit-urgence.pdf"):
# the layout's code ("poster") is no word for the user.
NOTICE_FILE_NAMES = {"poster": "affiche-information-patients.pdf", "leaflet": "notice-information-patients.pdf"}


class DocumentsPage(QScrollArea):
    refresh_on_show = False  # reads again on the change signal (gui/ops.py), not on every showing

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ask_path: Callable[[str, str], Path | None] = self._ask_path  # replaced in tests
        self.setWidgetResizable(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(QLabel(self.tr("<h1>Documents à imprimer</h1>"), body))
        layout.addWidget(self._kit_group(body))
        layout.addWidget(self._notice_group(body))
        layout.addStretch(1)
        self.setWidget(body)
        ctx.changes.changed.connect(self._changed)
        self.refresh()

    def _changed(self, kinds: frozenset[str]) -> None:
        if kinds & {DOCUMENTS, REGISTER, PRACTICE}:  # the notice follows the register, the kit the identity
            self.refresh()

    # --- emergency kit ------------------------------------------------------------------------------------
    def _kit_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Kit d'urgence"), parent)
        text = QLabel(
            self.tr(
                "Les réflexes de la première heure (rançongiciel, vol, erreur d'envoi), les identifiants du "
                "cabinet pour la CNIL, les contacts utiles et un dossier de notification vierge. Imprimez-le "
                "et rangez-le près du téléphone : en cas d'attaque, l'ordinateur ne sera peut-être plus "
                "utilisable. À réimprimer chaque année ou quand un contact change."
            ),
            group,
        )
        text.setWordWrap(True)
        self.kit_status = QLabel(group)
        self.kit_button = QPushButton(self.tr("Enregistrer le &kit d'urgence (PDF)…"), group)
        self.kit_button.clicked.connect(self.save_kit)
        self.contacts_model = ContactsTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.contacts_model)
        proxy.setSortRole(SORT_ROLE)
        self.contacts_proxy = proxy
        self.contacts_table = QTableView(group)
        self.contacts_table.setObjectName("contacts_table")
        self.contacts_table.setModel(proxy)
        self.contacts_table.setSortingEnabled(True)
        self.contacts_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts_table.verticalHeader().setVisible(False)
        elide_cells(self.contacts_table, 280)
        self.contacts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.contacts_table.horizontalHeader().setStretchLastSection(True)
        self.contacts_table.setMinimumHeight(150)
        self.contacts_table.doubleClicked.connect(self.edit_contact)
        self.contacts_hint = QLabel(group)
        self.contacts_hint.setObjectName("contacts_hint")
        self.contacts_hint.setWordWrap(True)
        self.contacts_hint.setStyleSheet(theme.text_css("muted"))
        add = QPushButton(self.tr("&Ajouter un contact…"), group)
        add.clicked.connect(self.add_contact)
        edit = QPushButton(self.tr("&Modifier…"), group)
        edit.clicked.connect(self.edit_contact)
        remove = QPushButton(self.tr("&Retirer"), group)
        remove.clicked.connect(self.remove_contact)
        buttons = QHBoxLayout()
        for b in (add, edit, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.kit_button)
        box = QVBoxLayout(group)
        box.addWidget(text)
        box.addWidget(
            QLabel(self.tr("<b>Contacts utiles</b> (éditeur du logiciel, prestataire, assureur)"), group)
        )
        box.addWidget(self.contacts_table)
        box.addWidget(self.contacts_hint)
        box.addLayout(buttons)
        box.addWidget(self.kit_status)
        return group

    # --- notice -----------------------------------------------------------------------------------------
    def _notice_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Affiche d'information des patients"), parent)
        text = QLabel(
            self.tr(
                "L'information exigée par l'article 13 du RGPD : qui traite les données, pourquoi, qui les "
                "reçoit, combien de temps, et comment exercer ses droits. À afficher en salle d'attente ; la "
                "notice d'une page peut être remise aux patients. Réimprimez-la quand votre registre change."
            ),
            group,
        )
        text.setWordWrap(True)
        self.layout_choice = QComboBox(group)
        self.layout_choice.setAccessibleName(self.tr("Mise en page"))
        self.layout_choice.addItem(self.tr("Affiche A4 pour la salle d'attente"), "poster")
        self.layout_choice.addItem(self.tr("Notice d'une page à remettre"), "leaflet")
        self.notice_button = QPushButton(self.tr("Enregistrer l'&affiche (PDF)…"), group)
        self.notice_button.clicked.connect(self.save_notice)
        self.notice_status = QLabel(group)
        self.notice_gaps = QLabel(group)
        self.notice_gaps.setObjectName("notice_gaps")
        self.notice_gaps.setWordWrap(True)
        self.notice_gaps.setTextFormat(Qt.TextFormat.RichText)
        self.notice_gaps.setStyleSheet(theme.text_css("danger"))
        self.notice_gaps.hide()
        self.notice_source = QLabel(group)
        self.notice_source.setWordWrap(True)
        self.notice_source.setStyleSheet(theme.text_css("muted"))
        row = QHBoxLayout()
        row.addWidget(self.layout_choice, 1)
        row.addWidget(self.notice_button)
        box = QVBoxLayout(group)
        box.addWidget(text)
        box.addWidget(self.notice_source)
        box.addWidget(self.notice_gaps)
        box.addLayout(row)
        box.addWidget(self.notice_status)
        return group

    # --- data ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        def load(s: Services) -> tuple:
            s.contacts.ensure_national()  # once per vault: CNIL, CERT Santé, ARS, Ordre… to complete
            docs = s.documents
            content = docs.notice_content()
            return (
                s.contacts.list(),
                docs.printed_at(KIT_PRINTED),
                docs.printed_at(NOTICE_PRINTED),
                content.from_register,
                docs.register_changed_since_notice(),
                docs.notice_gaps(),
            )

        op(self, load, self._loaded)

    def _loaded(self, result) -> None:
        contacts, kit_at, notice_at, from_register, stale, gaps = result
        self.show_notice_gaps(gaps)
        self.contacts_model.set_rows(contacts)
        self.contacts_table.setVisible(bool(contacts))
        self.contacts_hint.setText(
            self.tr(
                "Les numéros à appeler quand l'ordinateur est bloqué : ajoutez d'abord l'éditeur de votre "
                "logiciel métier (son assistance et votre n° de client), puis votre prestataire informatique et "
                "votre assureur."
            )
            if not contacts
            else self.tr(
                "Vérifiez les contacts nationaux préremplis et complétez ceux de votre région (ARS, conseil de "
                "l'Ordre) ; ajoutez l'éditeur de votre logiciel, votre prestataire informatique et votre assureur."
            )
        )
        self.kit_status.setText(self._printed(kit_at))
        self.notice_status.setText(self._printed(notice_at))
        if stale:
            self.notice_status.setText(
                self._printed(notice_at)
                + " — "
                + self.tr("le registre a changé depuis : réimprimez l'affiche.")
            )
        self.notice_source.setText(
            self.tr("Contenu tiré de votre registre des traitements.")
            if from_register
            else self.tr(
                "Votre registre est encore vide : l'affiche reprend le texte type d'un cabinet médical. "
                "Complétez le registre pour qu'elle décrive exactement vos traitements."
            )
        )

    def show_notice_gaps(self, gaps) -> None:
        """A patient never reads "à préciser": until each gap is filled, say what it is and do not print."""
        self.notice_button.setEnabled(not gaps)
        self.notice_gaps.setVisible(bool(gaps))
        if not gaps:
            self.notice_gaps.clear()
            return
        items = "".join("<li>" + html.escape(problem_text(g.as_problem())) + "</li>" for g in gaps)
        head = self.tr("L'affiche ne peut pas encore être imprimée : complétez d'abord")
        self.notice_gaps.setText(f"<p>{html.escape(head)}</p><ul>{items}</ul>")

    def _printed(self, when) -> str:
        if when is None:
            return self.tr("Jamais imprimé.")
        return self.tr("Dernière impression : %1").replace("%1", formats.date_time(when))

    # --- actions ------------------------------------------------------------------------------------------
    def _ask_path(self, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, self.tr("Documents PDF (*.pdf)"))
        return Path(name) if name else None

    def _save(
        self, title: str, name: str, draw: Callable[[Services, BinaryIO], None], status: QLabel
    ) -> None:
        """Render (and record the printing date) in the worker, then write where the user chose."""
        path = self.ask_path(title, name)
        if path is None:
            return

        def job(s: Services) -> Path:
            buffer = io.BytesIO()
            draw(s, buffer)
            write_atomic(path, buffer.getvalue(), mode=0o600)
            return path

        op(self, job, None, lambda exc: status.setText(error_text(exc)), changes={DOCUMENTS})

    def save_kit(self) -> None:
        self._save(
            self.tr("Enregistrer le kit d'urgence"),
            "kit-urgence.pdf",
            lambda s, out: s.documents.render_emergency_kit(out),
            self.kit_status,
        )

    def save_notice(self) -> None:
        layout = self.layout_choice.currentData()
        self._save(
            self.tr("Enregistrer l'affiche"),
            NOTICE_FILE_NAMES[layout],
            lambda s, out: s.documents.render_notice(out, layout),
            self.notice_status,
        )

    def _selected_contact(self):
        rows = self.contacts_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.contacts_model.contact_at(self.contacts_proxy.mapToSource(rows[0]).row())

    def add_contact(self) -> None:
        ContactDialog(self.ctx, None, self).exec()

    def edit_contact(self, *args) -> None:
        contact = self._selected_contact()
        if contact is not None:
            ContactDialog(self.ctx, contact, self).exec()

    def remove_contact(self) -> None:
        contact = self._selected_contact()
        if contact is None:
            return
        if QMessageBox.question(self, "Vigie", self.tr("Retirer ce contact du kit d'urgence ?")) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        contact_id = contact.id
        op(self, lambda s: s.contacts.delete(contact_id), changes={DOCUMENTS})
