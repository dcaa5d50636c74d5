"""Semantic colours that stay readable in light and dark mode (the OS dark mode gives a dark QPalette).

Screens ask for a meaning (``muted``, ``danger``, ``ok``, ``warning``, ``accent``; backgrounds ``*_bg``), never
for a hex value, so text keeps its contrast on either palette. Chosen when a widget is built.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

_LIGHT = {
    "muted": "#5a5a5a",
    "danger": "#a4262c",
    "warning": "#8a5300",
    "ok": "#276e2b",
    "accent": "#1f4e79",
    "danger_bg": "#fde7e9",
    "warning_bg": "#fff4e0",
    "info_bg": "#eef3f8",
    "ok_bg": "#e8f5e9",
    "grid": "#dde3ea",
    "previous": "#b8c4d0",
}
_DARK = {
    "muted": "#b4b4b4",
    "danger": "#ff8a8f",
    "warning": "#f2b866",
    "ok": "#81c784",
    "accent": "#8ab8e6",
    "danger_bg": "#4d2427",
    "warning_bg": "#4a3817",
    "info_bg": "#1f3247",
    "ok_bg": "#1f3d24",
    "grid": "#4a4f55",
    "previous": "#5f6b78",
}
# Solid fills behind white text (the incident button, the countdown): dark enough on both palettes.
_FILLS = {"danger": "#a4262c", "warning": "#8a5300", "ok": "#2e7d32", "accent": "#1f4e79"}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    window, text = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def hex_color(name: str) -> str:
    return (_DARK if is_dark() else _LIGHT)[name]


def color(name: str) -> QColor:
    return QColor(hex_color(name))


def fill(name: str) -> str:
    """A background for white text, e.g. ``fill("danger")``."""
    return _FILLS[name]


def text_css(name: str) -> str:
    """``color: …;`` for a label, e.g. ``label.setStyleSheet(theme.text_css("muted"))``."""
    return f"color: {hex_color(name)};"


def box_css(background: str, extra: str = "padding: 6px; border-radius: 3px;") -> str:
    """A tinted box whose text colour follows the palette, so it stays readable in dark mode."""
    text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return f"background: {hex_color(background)}; color: {text}; {extra}"
