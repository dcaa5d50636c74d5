"""Keyboard defaults for a screen or dialog: Tab leaves tables and text boxes instead of being trapped in them.

Tables keep the arrow keys (and Enter where the screen opens the row); Ctrl+Tab still types a tab in text boxes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit, QWidget


def tune(root: QWidget) -> QWidget:
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for edit in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        edit.setTabChangesFocus(True)
    return root
