"""The home screen: one card per thing to watch, most urgent first; a click opens the matching screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from gui import theme
from gui.context import AppContext
from gui.ops import Services, op
from gui.pages import dashboard_cards
from gui.pages.dashboard_cards import DANGER, OK, WARN, Card

COLUMNS = 3
REFRESH_MS = 60_000  # only time moves the countdowns while the screen stays open; records announce their changes
_COLORS = {DANGER: "danger", WARN: "warning", OK: "ok"}


class CardWidget(QFrame):
    """A card that behaves like a button: click, Enter or Space opens its section."""

    activated = Signal(str)

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName(f"card_{card.key}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"{card.title} : {card.value}")
        self.setAccessibleDescription(card.detail)
        color = theme.hex_color(_COLORS.get(card.level, "accent"))
        self.setStyleSheet(
            f"CardWidget {{ background: palette(base); border: 1px solid palette(mid); border-left: 6px solid {color}; "
            f"border-radius: 4px; }} CardWidget:focus {{ border: 2px solid {theme.hex_color('accent')}; "
            f"border-left: 6px solid {color}; }}"
        )
        title = QLabel(card.title, self)
        title.setWordWrap(True)
        title.setStyleSheet(theme.text_css("muted") + " font-weight: bold;")
        self.value_label = QLabel(card.value, self)
        self.value_label.setStyleSheet(f"color: {color}; font-size: 16pt; font-weight: bold;")
        self.value_label.setWordWrap(True)
        detail = QLabel(card.detail, self)
        detail.setWordWrap(True)
        for label in (title, self.value_label, detail):  # names inside (activities, providers) are plain text
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(title)
        layout.addWidget(self.value_label)
        layout.addWidget(detail)
        layout.addStretch(1)
        self.setMinimumHeight(130)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.card.target)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.card.target)
            return
        super().keyPressEvent(event)


class DashboardPage(QScrollArea):
    open_section = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.providers: Sequence[dashboard_cards.CardProvider] | None = None  # None: the registered ones
        self.cards: list[CardWidget] = []
        self.setWidgetResizable(True)
        body = QWidget(self)
        body.setObjectName("dashboard_body")
        self.heading = QLabel(self.tr("<h1>Tableau de bord</h1>"), body)
        self.subtitle = QLabel(body)
        self.subtitle.setStyleSheet(theme.text_css("muted"))
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)  # the practice name is the user's text
        self.subtitle.setWordWrap(True)
        # Cards and text wrap to the width: the page scrolls down, never sideways (a long practice name
        # once hid the third column of cards).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid = QGridLayout()
        self.grid.setSpacing(14)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.setWidget(body)
        self.open_section.connect(self._open)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        ctx.changes.changed.connect(self._changed)
        self.refresh()

    def _changed(self, _kinds: frozenset[str]) -> None:
        if self.isVisible():  # else the main window's refresh on showing it reads again
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        ctx, providers = self.ctx, self.providers

        def job(s: Services) -> tuple[str, list[Card]]:
            practice = s.practice.get()
            return (practice.name if practice else ""), dashboard_cards.collect(ctx, providers)

        op(self, job, self._show)

    def _show(self, result: tuple[str, list[Card]]) -> None:
        name, cards = result
        self.subtitle.setText(
            self.tr(
                "%1 — ce qui est à faire, le plus urgent d'abord. Cliquez sur une carte pour l'ouvrir."
            ).replace("%1", name)
        )
        for widget in self.cards:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.cards = []
        for i, card in enumerate(cards):
            widget = CardWidget(card, self.widget())
            widget.activated.connect(self.open_section)
            self.grid.addWidget(widget, i // COLUMNS, i % COLUMNS)
            self.cards.append(widget)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)

    def _open(self, key: str) -> None:
        window = self.window()
        keys = getattr(window, "section_keys", None)
        if callable(keys) and key in keys():
            window.show_section(key)
