"""Semantic colours keep a readable contrast (WCAG AA, 4.5:1 for text) on light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from gui import theme

TEXT = ("muted", "danger", "warning", "ok", "accent")
BACKGROUNDS = ("danger_bg", "warning_bg", "info_bg", "ok_bg")


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.Base, QColor(window))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    return palette


@pytest.fixture(
    params=[("#efefef", "#000000"), ("#ffffff", "#000000"), ("#2d2d2d", "#f0f0f0"), ("#1e1e1e", "#ffffff")]
)
def palette(request, qapp):
    previous = QGuiApplication.palette()
    qapp.setPalette(_palette(*request.param))
    yield QGuiApplication.palette()
    qapp.setPalette(previous)


def test_text_colours_are_readable_on_the_window_and_on_the_tinted_boxes(palette):
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    assert theme.is_dark() == (window.lightness() < 128)
    for name in TEXT:
        assert contrast(theme.color(name), window) >= 4.5, name
    for name in BACKGROUNDS:  # box_css() writes the palette's text colour on these
        assert contrast(text, theme.color(name)) >= 7, name
        assert f"color: {text.name()}" in theme.box_css(name)


def test_fills_carry_white_text():
    for name in ("danger", "warning", "ok", "accent"):
        assert contrast(QColor(theme.fill(name)), QColor("white")) >= 4.5, name
