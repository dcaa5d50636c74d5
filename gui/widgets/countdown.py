"""The 72-hour countdown shown in the main window's header while a breach awaits its CNIL notification.

It reads the pending deadlines (a small indexed query, in the worker) when shown and whenever an incident changes
(``ctx.changes``), recomputes the time left every 30 seconds from what it read (no query), shows the most urgent
one, and raises a system-tray notification when 24 h, 6 h and 1 h are left (once per incident and threshold).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QSystemTrayIcon, QWidget

from core.domain.incident import IncidentSummary
from core.rules.deadlines import Countdown, countdown
from gui import formats, theme
from gui.context import AppContext
from gui.ops import INCIDENTS, op

REFRESH_MS = 30_000


class CountdownWidget(QPushButton):
    """Hidden when nothing is pending; click to open the incident."""

    open_incident = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        notifier: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("countdown")
        self.ctx = ctx
        self._awaiting: list[IncidentSummary] = []
        self.loads = 0  # answers received from the worker (tests wait on it)
        self._reading = 0
        self._notifier = notifier or self._tray_message
        self._tray: QSystemTrayIcon | None = None
        self.sent: set[tuple[int, int]] = set()  # (incident id, hours threshold) already announced
        self._first_id: int | None = None
        self.setFlat(True)
        self.clicked.connect(self._clicked)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        ctx.changes.changed.connect(self._changed)
        self.hide()
        self.refresh()

    def _changed(self, kinds: frozenset[str]) -> None:
        if INCIDENTS in kinds:
            self.refresh()

    def refresh(self) -> None:
        """Read the incidents awaiting their notification again (worker), then show them."""
        self._reading += 1
        op(self, lambda s: [summary for summary, _cd in s.incidents.pending_deadlines()], self._loaded, self._failed)

    @property
    def loading(self) -> bool:
        """A read is on its way from the worker."""
        return self._reading > 0

    def _loaded(self, awaiting: list[IncidentSummary]) -> None:
        self._reading -= 1
        self._awaiting = awaiting
        self.loads += 1
        self.tick()

    def _failed(self, _exc: BaseException) -> None:  # vault locked or closing: the next unlock builds a new widget
        self._reading -= 1
        self.loads += 1
        self._awaiting = []
        self.hide()

    def tick(self) -> None:
        """Time passes: recompute what is left from the deadlines already read."""
        now = self.ctx.clock()
        pending = sorted(((s, countdown(s.aware_at, now)) for s in self._awaiting), key=lambda p: p[1].remaining)
        if not pending:
            self._first_id = None
            self.hide()
            return
        summary, cd = pending[0]
        self._first_id = summary.id
        self.setText(self._label(cd, len(pending)))
        urgent = cd.overdue or cd.remaining <= timedelta(hours=6)
        self.setStyleSheet(
            f"QPushButton {{ color: white; background: {theme.fill('danger' if urgent else 'warning')}; "
            "font-weight: bold; padding: 4px 10px; border-radius: 3px; }"
        )
        self.setToolTip(
            "\n".join(
                self.tr("n° %1 — %2 : %3")
                .replace("%3", self._left(c))
                .replace("%1", str(s.id))
                .replace("%2", s.title)  # user text last: a "%3" in a title stays as typed
                for s, c in pending
            )
        )
        self.show()
        for s, c in pending:
            for threshold in c.reminders_due():
                hours = int(threshold.total_seconds() // 3600)
                key = (s.id, hours)
                if key in self.sent:
                    continue
                self.sent.add(key)
                # Announce only the tightest threshold reached, not every one already passed at start-up.
                if threshold == min(c.reminders_due()):
                    self._notifier(
                        self.tr("Notification CNIL à faire"),
                        self.tr("Incident n° %1 : %2").replace("%1", str(s.id)).replace("%2", self._left(c)),
                    )

    def _left(self, cd: Countdown) -> str:
        hours, minutes = cd.hours_minutes
        if cd.overdue:
            return (
                self.tr("délai dépassé de %1 h %2").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
            )
        return (
            self.tr("%1 h %2 restantes, avant le %3")
            .replace("%1", str(hours))
            .replace("%2", f"{minutes:02d}")
            .replace("%3", formats.deadline(cd.deadline))
        )

    def _label(self, cd: Countdown, count: int) -> str:
        hours, minutes = cd.hours_minutes
        if cd.overdue:
            text = self.tr("CNIL : délai dépassé de %1 h %2")
        else:
            text = self.tr("CNIL : %1 h %2 restantes")
        text = text.replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
        if count > 1:
            text += self.tr(" (+%n autre(s))", "", count - 1)
        return text

    def _clicked(self) -> None:
        if self._first_id is None:
            return
        self.open_incident.emit(self._first_id)
        window = self.window()
        show_section = getattr(window, "show_section", None)
        if callable(show_section):
            page = show_section("incidents")
            select = getattr(page, "select_incident", None)
            if callable(select):
                select(self._first_id)

    def _tray_message(self, title: str, text: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip("Vigie")
            self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15_000)


def countdown_header(ctx: AppContext, parent: QWidget) -> QWidget:
    return CountdownWidget(ctx, parent)
