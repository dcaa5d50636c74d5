"""Keyboard and screen-reader checks shared by the accessibility tests.

``tab_problems(root)`` cycles focus with ``focusNextChild()`` from the first focusable widget and reports every
enabled, visible input that Tab never reaches, that refuses Tab focus, that traps Tab (item views, text edits) or
that has no accessible name (its own, a label buddy, or a button text).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INPUTS = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
)


def _is_part_of_another_input(widget: QWidget, root: QWidget) -> bool:
    """Inner pieces (a combo's line edit, a spin box's editor, a tab bar's scroll arrows) are not inputs."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (*INPUTS, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


def inputs(root: QWidget) -> list[QWidget]:
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUTS) or not w.isVisibleTo(root) or not w.isEnabled():
            continue
        if _is_part_of_another_input(w, root):
            continue
        if (
            isinstance(w, QTextEdit)
            and w.isReadOnly()
            and not (w.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        ):
            continue  # a read-only text pane is display, not input
        found.append(w)
    return found


def accessible_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def reached_by_tab(root: QWidget, limit: int = 400) -> list[QWidget]:
    window = root.window()
    if not window.isActiveWindow():
        window.activateWindow()
        QApplication.processEvents()
    root.setFocus(Qt.FocusReason.TabFocusReason)
    if not root.hasFocus() or root.focusPolicy() == Qt.FocusPolicy.NoFocus:
        window.focusNextChild()
    seen: list[QWidget] = []
    for _ in range(limit):
        current = QApplication.focusWidget()
        if current is None:
            break
        if current in seen:
            break
        seen.append(current)
        current.focusNextChild()
        if QApplication.focusWidget() is current:
            window.focusNextChild()
            if QApplication.focusWidget() is current:
                break
    return seen


def _describe(widget: QWidget) -> str:
    name = widget.objectName() or accessible_name(widget) or ""
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    parent = widget.parentWidget()
    return f"{type(widget).__name__}({name or text!r}) in {type(parent).__name__ if parent else None}"


def _arrow_reached(widget: QWidget, reached: set[QWidget]) -> bool:
    """Tab enters an exclusive group of radio buttons on its checked button; the arrows move inside it."""
    if not isinstance(widget, QRadioButton):
        return False
    group = widget.group()
    members = group.buttons() if group is not None and group.exclusive() else []
    if not members and widget.autoExclusive() and widget.parentWidget() is not None:
        members = widget.parentWidget().findChildren(QRadioButton)
    return any(m in reached for m in members)


def tab_problems(root: QWidget) -> list[str]:
    problems: list[str] = []
    reached = set(reached_by_tab(root))
    for w in inputs(root):
        if _arrow_reached(w, reached):
            pass
        elif not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            problems.append(f"no Tab focus: {_describe(w)}")
        elif w not in reached:
            problems.append(f"not reached by Tab: {_describe(w)}")
        if not accessible_name(w).strip():
            problems.append(f"no accessible name: {_describe(w)}")
        if isinstance(w, QAbstractItemView) and w.tabKeyNavigation():
            problems.append(f"Tab trapped in the cells: {_describe(w)}")
        if isinstance(w, (QTextEdit, QPlainTextEdit)) and not w.tabChangesFocus() and not w.isReadOnly():
            problems.append(f"Tab typed into the text: {_describe(w)}")
    return problems


def walk_tabs(root: QWidget) -> list[str]:
    """Problems of ``root`` for each page of each of its tab widgets (only the current page is visible)."""
    problems = tab_problems(root)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            if i != current and tabs.isTabEnabled(i):
                tabs.setCurrentIndex(i)
                problems += [f"[tab {tabs.tabText(i)}] {p}" for p in tab_problems(root)]
        tabs.setCurrentIndex(current)
    return sorted(set(problems))
