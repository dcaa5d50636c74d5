"""The main window: navigation, the always-visible "Signaler un incident" action, lock. Wiring only."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from core import keystore
from core.domain.practice import Practice
from gui import keyboard, pages, sizing, theme
from gui.context import AppContext
from gui.ops import PRACTICE, op
from gui.widgets.elided_label import ElidedLabel


class MainWindow(QMainWindow):
    lock_requested = Signal()
    restore_requested = Signal(object, str)  # backup folder, passphrase of that time or recovery code

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("Vigie")
        sizing.fit(self, 1200, 780)
        self._pages: dict[str, QWidget] = {}

        # One widget fills the toolbar, so Qt never folds part of the header behind "»": the practice name
        # gives up room (elided, whole name in its tooltip) and the incident button and countdown always show.
        toolbar = QToolBar(self.tr("Actions"), self)
        toolbar.setObjectName("header_toolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setVisible(False)
        toolbar.setIconSize(QSize(16, 16))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        bar = QWidget(self)
        bar.setObjectName("header_bar")
        bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(0, 0, 0, 0)
        self.practice_label = ElidedLabel("", bar)
        self.practice_label.setObjectName("practice_name")
        self.practice_label.setStyleSheet("font-weight: bold; padding: 0 8px;")
        bar_layout.addWidget(self.practice_label, 1)
        self.header = QWidget(bar)
        self.header_layout = QHBoxLayout(self.header)
        self.header_layout.setContentsMargins(0, 0, 0, 0)
        bar_layout.addWidget(self.header)
        for factory in pages.HEADER_WIDGETS:
            widget = factory(ctx, self.header)
            if widget is not None:
                self.header_layout.addWidget(widget)
        self.report_button = QPushButton(self.tr("⚠ Signaler un incident"), bar)
        self.report_button.setObjectName("report_incident")
        self.report_button.setToolTip(
            self.tr("Vol, perte, piratage, envoi au mauvais destinataire… (Ctrl+I)")
        )
        self.report_button.setShortcut(QKeySequence("Ctrl+I"))
        self.report_button.setStyleSheet(
            f"QPushButton {{ background: {theme.fill('danger')}; color: white; font-weight: bold; "
            "padding: 6px 14px; border-radius: 3px; } "
            f"QPushButton:focus {{ border: 2px solid {theme.hex_color('accent')}; }}"
        )
        self.report_button.clicked.connect(self.report_incident)
        bar_layout.addWidget(self.report_button)
        self.lock_action = QAction(self.tr("Verrouiller"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Fermer le coffre et demander la phrase de passe (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.about_action = QAction(self.tr("À propos"), self)
        self.about_action.setToolTip(self.tr("Version, confidentialité, emplacement des données, licences"))
        self.about_action.triggered.connect(self.show_about)
        self.about_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        for action in (self.lock_action, self.about_action):
            self.addAction(action)  # shortcuts work wherever the focus is
            button = QToolButton(bar)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            bar_layout.addWidget(button)
        toolbar.addWidget(bar)

        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(210)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget(self)
        for section in pages.SECTIONS:
            item = QListWidgetItem(section.title())
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.nav.addItem(item)
            placeholder = QWidget(self.stack)
            self.stack.addWidget(placeholder)
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._update_status()
        ctx.changes.changed.connect(self._changed)
        self.nav.setCurrentRow(0)

    # --- navigation ---------------------------------------------------------------------------------------------
    def section_keys(self) -> list[str]:
        return [s.key for s in pages.SECTIONS]

    def page(self, key: str) -> QWidget:
        """The page of a section, built on first use."""
        if key not in self._pages:
            index = self.section_keys().index(key)
            section = pages.SECTIONS[index]
            widget = keyboard.tune(section.factory(self.ctx, self.stack))
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, widget)
            self._pages[key] = widget
            wants = getattr(widget, "open_section", None)  # a page may send the user to another section
            if wants is not None:
                wants.connect(self.show_section)
            saved = getattr(widget, "practice_saved", None)  # the settings page, after saving the identity
            if saved is not None:
                saved.connect(self.show_practice_name)
        return self._pages[key]

    def show_section(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.section_keys().index(key))
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.section_keys()[row]
        created = key not in self._pages
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        # A page read its data when built; afterwards it reads again when shown, unless it follows the change
        # signal (``refresh_on_show = False``): then nothing has changed that it has not already shown.
        refresh = getattr(widget, "refresh", None)
        if (
            not created
            and callable(refresh)
            and getattr(widget, "refresh_on_show", True)
            and self._pages.get(key) is widget
        ):
            refresh()

    def report_incident(self) -> None:
        """Open the breach wizard when the incidents feature provides one, else the incidents section."""
        page = self.show_section("incidents")
        start = getattr(page, "start_wizard", None)
        if callable(start):
            start()

    def show_about(self) -> None:
        from gui.dialogs.about import AboutDialog

        AboutDialog(self.ctx.vault.path, self).exec()

    def show_practice_name(self, name: str) -> None:
        """Called at start and whenever the identity is saved (a page's ``practice_saved`` signal)."""
        self.practice_label.setText(name)

    def _update_status(self) -> None:
        self._update_practice()
        # Probing the system keychain loads keyring's backends (a few hundred ms, some 20 MB for the session): only
        # for a vault whose key the user chose to remember, in the worker, after show.
        op(
            self,
            lambda s: not s.vault.key_remembered_here or keystore.available(),
            self._show_keyring_status,
            lambda _exc: None,
        )

    def _changed(self, kinds: frozenset[str]) -> None:
        if PRACTICE in kinds:
            self._update_practice()

    def _update_practice(self) -> None:
        op(self, lambda s: s.practice.get(), self._show_practice)

    def _show_practice(self, practice: Practice | None) -> None:
        self.show_practice_name(practice.name if practice else "")

    def _show_keyring_status(self, available: bool) -> None:
        if not shiboken6.isValid(self):
            return
        if not available:
            self.statusBar().showMessage(
                self.tr(
                    "Trousseau du système indisponible : la phrase de passe est demandée à chaque ouverture."
                )
            )
        else:
            self.statusBar().showMessage(
                self.tr("Coffre chiffré ouvert : %1").replace("%1", str(self.ctx.vault.path))
            )
