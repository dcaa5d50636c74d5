"""Horizontal score bars drawn with QPainter (QtCharts is not part of PySide6-Essentials).

Each row shows this assessment's score and, when known, the previous one as a thinner grey bar.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui import theme


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | None
    previous: int | None = None


class ScoreBars(QWidget):
    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.label_width = 320
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription(
            "; ".join(f"{b.label} : {'—' if b.value is None else b.value} %" for b in self._bars)
        )
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, self.ROW * max(1, len(self._bars)) + 20)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        label_w = min(self.label_width, width // 2)
        plot_x = label_w + 8
        plot_w = max(40, width - plot_x - 40)
        for step in range(0, 101, 20):
            x = plot_x + plot_w * step / 100
            painter.setPen(theme.color("grid"))
            painter.drawLine(int(x), 0, int(x), self.ROW * len(self._bars))
            painter.setPen(theme.color("muted"))
            painter.drawText(
                QRectF(x - 20, self.ROW * len(self._bars) + 2, 40, 16),
                Qt.AlignmentFlag.AlignCenter,
                f"{step}",
            )
        for n, bar in enumerate(self._bars):
            top = n * self.ROW
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, top, label_w, self.ROW),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w),
            )
            if bar.previous is not None:
                painter.fillRect(
                    QRectF(plot_x, top + 14, plot_w * bar.previous / 100, 5), theme.color("previous")
                )
            if bar.value is not None:
                painter.fillRect(QRectF(plot_x, top + 3, plot_w * bar.value / 100, 10), theme.color("accent"))
                painter.drawText(
                    QRectF(plot_x + plot_w * bar.value / 100 + 4, top, 40, self.ROW - 6),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    f"{bar.value}",
                )
        painter.end()
