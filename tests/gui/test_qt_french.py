"""Qt's own dialogs and standard widgets in French: no English word left, the English interface unchanged.

Qt's catalogue (qtbase_fr.qm) lags behind Qt's sources: the file dialog showed "Look in:", "Files of type:" and
"Folder" among French labels. ``resources/translations/qt/qtbase_fr.ts`` completes it. Each test builds the
dialogs Vigie uses offscreen (the file dialog as Linux desktops show it: Qt's own, not the system's), notes every
text Qt asks a translator for, and checks that the French catalogues answer each one; the visible texts are also
searched for known English words.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QPoint, Qt, QTimer, QTranslator
from PySide6.QtGui import QAccessible, QContextMenuEvent
from PySide6.QtGui import QAccessibleActionInterface as A
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollBar,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
    QWizard,
    QWizardPage,
)

from gui import i18n
from tests.gui.qt_version import needs_pyside_6_12

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n as i18n_tool  # noqa: E402

COMPLEMENT_TS, COMPLEMENT_QM = next((ts, qm) for ts, qm in i18n_tool.qt_complements() if ts.stem == "qtbase_fr")

# Texts Qt asks for that are no visible words: the layout direction ("LTR" unless translated otherwise).
NOT_SHOWN = {("QGuiApplication", "QT_LAYOUT_DIRECTION")}

# English words of Qt's dialogs (mnemonics removed before matching). Words French shares ("Type", "Options",
# "Portrait", "Page", "Copies"; "Top" alone: "Top secret" is a French CUPS class too) are left out.
ENGLISH = re.compile(
    r"\b(Look in|Files of type|File name|Folder|Drive|Shortcut|Unknown|Open|Save|Save As|Cancel|Choose|Back|"
    r"Forward|Parent Directory|Create New Folder|New Folder|List View|Detail View|Name|Size|Date Modified|"
    r"Rename|Delete|Show hidden files|Recent Places|Computer|already exists|Do you want|File not found|Yes|No|"
    r"Yes to All|No to All|Close|Apply|Reset|Restore Defaults|Help|Discard|Abort|Retry|Ignore|Show Details|"
    r"Undo|Redo|Cut|Copy|Paste|Select All|Step up|Step down|Scroll here|Left edge|Right edge|^Top$|Bottom|"
    r"Page up|Page down|Scroll up|Scroll down|Next|Finish|Commit|Print|Printer|Properties|Page Set|"
    r"Pages per sheet|Page order|Billing information|Job priority|Scheduled printing|Start|End|All Pages|"
    r"Odd Pages|Even Pages|Previous Month|Next Month|Set Focus|Show Menu|Show on Screen|Press|Toggle)\b"
)


class _Silent(QTranslator):
    """A translator written in Python that answers nothing."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201 - Qt's signature
        return None


class _Recorder(_Silent):
    """Installed last, so asked first: notes each (context, source, disambiguation) Qt asks for, answers none."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201 - Qt's signature
        self.asked.add((context or "", source or "", disambiguation or ""))
        return None


@contextmanager
def _interface(qapp, language: str) -> Iterator[_Recorder]:  # noqa: ANN001
    i18n_tool.build()
    i18n.install(qapp, language)
    recorder = _Recorder()
    qapp.installTranslator(recorder)
    try:
        yield recorder
    finally:
        qapp.removeTranslator(recorder)
        i18n.install(qapp, "fr")


def _french_catalogues() -> list[QTranslator]:
    qt_base = QTranslator()
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert qt_base.load(french, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = QTranslator()
    assert ours.load(str(COMPLEMENT_QM))
    return [qt_base, ours]


def _unanswered(asked: set[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """What Qt asked for that neither French catalogue answers (Vigie's own French source texts left out)."""
    catalogues = _french_catalogues()
    left = []
    for context, source, disambiguation in sorted(asked):
        if not context.startswith("Q") or (context, source) in NOT_SHOWN:
            continue
        if not any(c.translate(context, source, disambiguation or None) for c in catalogues):
            left.append((context, source, disambiguation))
    return left


def _texts(widget: QWidget) -> list[str]:
    """Every text the widget and its children can show: labels, buttons, titles, tooltips, items, headers, cells,
    actions (hidden children included: an "Options >>" part or a tab shows them later)."""
    found: list[str] = []
    for w in [widget, *widget.findChildren(QWidget)]:
        for name in ("text", "windowTitle", "toolTip", "placeholderText", "accessibleName", "title", "statusTip"):
            getter = getattr(w, name, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    found.append(value)
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            found += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model, root = w.model(), w.rootIndex()
            found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount(root))]
            for row in range(min(model.rowCount(root), 50)):
                found += [str(model.index(row, c, root).data() or "") for c in range(model.columnCount(root))]
        for action in w.actions():
            found += [action.text(), action.toolTip()]
        if isinstance(w, QToolButton) and w.menu() is not None:
            found += [a.text() for a in w.menu().actions()]
    return [t for t in found if t]


def _english(texts: list[str]) -> list[str]:
    return sorted({t for t in texts if ENGLISH.search(t.replace("&&", "\0").replace("&", "").replace("\0", "&"))})


def _popup(qtbot, trigger: Callable[[], object]) -> list[str]:  # noqa: ANN001
    """Run ``trigger``, which opens a menu or a box modally (Qt waits in it); read its texts and close it."""
    found: list[str] = []

    def read() -> None:
        popup = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if popup is not None:
            timer.stop()
            found.extend(_texts(popup))
            _dismiss(popup)

    timer = QTimer()
    timer.timeout.connect(read)
    timer.start(20)
    trigger()
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    timer.stop()
    return found


def _dismiss(popup: QWidget) -> None:
    """Close a menu; answer a box "No" (its reject() would count as neither answer: Qt would go on deleting)."""
    if isinstance(popup, QMessageBox):
        for answer in (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Ok):
            if popup.button(answer) is not None:
                popup.button(answer).click()
                return
    popup.close() if isinstance(popup, QMenu) else popup.reject()


def _folder(tmp_path: Path) -> Path:
    """A folder as a practitioner's: a PDF and a sub-folder."""
    folder = tmp_path / "vigie"
    (folder / "archives").mkdir(parents=True)
    (folder / "registre.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


def _file_dialog(qtbot, folder: Path, mode: str) -> list[str]:  # noqa: ANN001
    """The dialog Vigie's getOpenFileName / getSaveFileName / getExistingDirectory show on Linux, every view,
    menu and box of it opened once."""
    dialog = QFileDialog(None, "Vigie", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("PDF (*.pdf)")
    elif mode == "directory":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.findChild(QTreeView, "treeView")
    listing = dialog.findChild(QListView, "listView")
    shown = 1 if mode == "directory" else 2  # a directory dialog lists folders only

    def listed() -> bool:
        root = tree.rootIndex()
        rows = tree.model().rowCount(root)
        return rows >= shown and all(tree.model().index(r, 2, root).data() for r in range(rows))

    qtbot.waitUntil(listed, timeout=10000)
    texts: list[str] = []
    for view_mode in (QFileDialog.ViewMode.Detail, QFileDialog.ViewMode.List):
        dialog.setViewMode(view_mode)
        texts += _texts(dialog)
    for view in (listing, tree):
        view.setCurrentIndex(view.model().index(0, 0, view.rootIndex()))
        texts += _popup(qtbot, lambda v=view: v.customContextMenuRequested.emit(QPoint(4, 4)))
    assert tree.header().actions()  # its menu (the columns to show) is made of these, read by _texts
    if mode != "directory":
        pdf = next(
            tree.model().index(r, 0, tree.rootIndex())
            for r in range(tree.model().rowCount(tree.rootIndex()))
            if tree.model().index(r, 0, tree.rootIndex()).data() == "registre.pdf"
        )
        tree.setCurrentIndex(pdf)
        texts += _popup(qtbot, lambda: _action(dialog, "qt_delete_action").trigger())  # "Delete ...?" answered no
        assert (folder / "registre.pdf").exists()
    if mode == "save":
        dialog.selectFile(str(folder / "registre.pdf"))
        texts += _popup(qtbot, dialog.accept)  # "... already exists. Replace it?" answered no
    elif mode == "open":
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.selectFile(str(folder / "introuvable.pdf"))
        texts += _popup(qtbot, dialog.accept)  # "File not found"
    dialog.findChild(QToolButton, "newFolderButton").click()  # a folder named in the interface's language
    qtbot.waitUntil(lambda: len([p for p in folder.iterdir() if p.is_dir()]) == 2)
    texts += [p.name for p in folder.iterdir()]
    dialog.close()
    return texts


def _action(widget: QWidget, name: str):  # noqa: ANN202
    from PySide6.QtGui import QAction

    return next(a for a in widget.findChildren(QAction) if a.objectName() == name)


@pytest.mark.parametrize("mode", ["open", "save", "directory"])
def test_file_dialog_shows_no_english_in_french(qtbot, qapp, tmp_path, mode):
    folder = _folder(tmp_path)
    with _interface(qapp, "fr") as recorder:
        texts = _file_dialog(qtbot, folder, mode)
    assert _unanswered(recorder.asked) == []
    assert _english(texts) == []
    assert "&Voir dans\u00a0:" in texts and "Fichiers de &type\u00a0:" in texts
    assert "Dossier" in texts  # the type column of "archives"
    assert "Nouveau dossier" in texts


def test_file_dialog_in_english_is_unchanged(qtbot, qapp, tmp_path):
    folder = _folder(tmp_path)
    with _interface(qapp, "en"):
        texts = _file_dialog(qtbot, folder, "save")
    assert {"&Look in:", "Files of &type:", "Folder", "File &name:", "Back", "New Folder"} <= set(texts)
    assert not any("\u00a0:" in t for t in texts)


def _standard_widgets(qtbot) -> list[str]:  # noqa: ANN001
    """Message box and button box with every standard button, the input dialogs, the wizard buttons, the
    calendar popup, and the context menus of the editable and scrolling widgets Vigie's forms use."""
    texts: list[str] = []
    every = QMessageBox.StandardButton.NoButton
    for button in QMessageBox.StandardButton:
        if button not in (QMessageBox.StandardButton.NoButton, QMessageBox.StandardButton.FlagMask):
            every |= button
    box = QMessageBox(QMessageBox.Icon.Question, "Vigie", "?", every)
    box.setDetailedText("…")
    qtbot.addWidget(box)
    box.show()
    texts += _texts(box)
    texts += _texts(QDialogButtonBox(QDialogButtonBox.StandardButton(every.value)))
    for kind in ("text", "item", "multiline"):
        dialog = QInputDialog()
        qtbot.addWidget(dialog)
        dialog.setLabelText("?")
        if kind == "item":
            dialog.setComboBoxItems(["a", "b"])
        elif kind == "multiline":
            dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.show()
        texts += _texts(dialog)
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    wizard.setOption(QWizard.WizardOption.HaveHelpButton)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    wizard.show()
    texts += [wizard.buttonText(b) for b in QWizard.WizardButton if b.value <= QWizard.WizardButton.CustomButton3.value]
    edit = QDateTimeEdit()
    qtbot.addWidget(edit)
    edit.setCalendarPopup(True)
    edit.show()
    texts += _texts(edit.calendarWidget())
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    calendar.show()
    texts += _texts(calendar)
    meter = QProgressBar()  # the passphrase meter's kind (its text hidden there, still built by Qt)
    qtbot.addWidget(meter)
    meter.setValue(50)
    texts.append(meter.text())
    search = QLineEdit("abc")  # the search fields of the journal and of the rights requests
    search.setClearButtonEnabled(True)
    qtbot.addWidget(search)
    search.show()
    texts += _texts(search)
    window = QMainWindow()  # the main window's toolbar: its menu lists the toolbars
    qtbot.addWidget(window)
    bar = window.addToolBar("Actions")
    bar.addAction("Verrouiller")
    window.show()
    texts += _texts(window) + [a.text() for a in window.createPopupMenu().actions()]
    for widget in (QLineEdit("abc"), QTextEdit("abc"), QPlainTextEdit("abc"), QTextBrowser(), QSpinBox(),
                   QDateTimeEdit(), QScrollBar()):
        qtbot.addWidget(widget)
        widget.show()
        target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(2, 2), target.mapToGlobal(QPoint(2, 2)))
        texts += _popup(qtbot, lambda t=target, e=event: QApplication.sendEvent(t, e))
    return texts


def test_standard_widgets_show_no_english_in_french(qtbot, qapp):
    with _interface(qapp, "fr") as recorder:
        texts = _standard_widgets(qtbot)
    assert _unanswered(recorder.asked) == []
    assert _english(texts) == []
    assert {"&Oui", "&Non", "Annuler", "Cop&ier\tCtrl+C", "&Terminer", "50\u00a0%"} <= set(texts)


def test_standard_widgets_in_english_are_unchanged(qtbot, qapp):
    with _interface(qapp, "en"):
        texts = _standard_widgets(qtbot)
    assert {"&Yes", "&No", "Cancel", "&Copy\tCtrl+C", "&Finish", "50%"} <= set(texts)


def _accessible_actions(qtbot) -> list[str]:  # noqa: ANN001
    """The names and descriptions of the actions a screen reader lists for a widget (Orca, NVDA read them)."""
    button = QPushButton("Enregistrer")
    qtbot.addWidget(button)
    button.show()
    actions = QAccessible.queryAccessibleInterface(button).actionInterface()
    standard = [
        A.pressAction(), A.toggleAction(), A.increaseAction(), A.decreaseAction(), A.showMenuAction(),
        A.setFocusAction(), A.showOnScreenAction(), A.scrollUpAction(), A.scrollDownAction(),
        A.scrollLeftAction(), A.scrollRightAction(), A.previousPageAction(), A.nextPageAction(),
    ]
    texts = [actions.localizedActionName(n) for n in standard]
    return texts + [actions.localizedActionDescription(n) for n in standard]


@needs_pyside_6_12
def test_screen_reader_action_names_in_french(qtbot, qapp):
    with _interface(qapp, "fr") as recorder:
        texts = _accessible_actions(qtbot)
    assert _unanswered(recorder.asked) == []
    assert _english(texts) == []
    assert {"Définir le focus", "Afficher le menu", "Afficher à l'écran", "Appuyer"} <= set(texts)
    assert "Amène l'élément dans la zone visible" in texts


@needs_pyside_6_12
def test_screen_reader_action_names_in_english_are_unchanged(qtbot, qapp):
    with _interface(qapp, "en"):
        texts = _accessible_actions(qtbot)
    assert {"Set Focus", "Show Menu", "Press", "Show on Screen"} <= set(texts)


def _print_dialog(qtbot) -> list[str]:  # noqa: ANN001
    """The print dialog of the recovery sheet and the PDF preview, its options shown, its printer properties."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    for button in dialog.findChildren(QPushButton):
        if button.text().endswith(">>"):
            button.click()
    texts = _texts(dialog)
    properties = dialog.findChild(QPushButton, "properties")
    if properties is not None and properties.isEnabled():
        texts += _popup(qtbot, properties.click)
    dialog.close()
    return texts


def test_print_dialog_shows_no_english_in_french(qtbot, qapp):
    with _interface(qapp, "fr") as recorder:
        texts = _print_dialog(qtbot)
    assert _unanswered(recorder.asked) == []
    assert _english(texts) == []
    assert "Im&primer" in texts


def test_print_dialog_in_english_is_unchanged(qtbot, qapp):
    with _interface(qapp, "en"):
        texts = _print_dialog(qtbot)
    assert "&Print" in texts


def test_recording_leaves_none_alone(qapp):
    """A translator written in Python, asked thousands of times, leaves None's count alone (PySide6 6.12.0 on Python
    3.11 took one reference per call: see tests/gui/test_runtime_refcounts.py)."""
    recorder = _Recorder()
    qapp.installTranslator(recorder)
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            QCoreApplication.translate("QtFrenchProbe", "probe")
            QCoreApplication.translate("QtFrenchProbe", "probe", "with a disambiguation")
        assert abs(sys.getrefcount(None) - before) < 50
    finally:
        qapp.removeTranslator(recorder)
    assert ("QtFrenchProbe", "probe", "") in recorder.asked


def _complement() -> list[tuple[str, str, str, str]]:
    rows = []
    for context in ET.parse(COMPLEMENT_TS).getroot().iter("context"):
        for message in context.iter("message"):
            rows.append(
                (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.findtext("translation") or "",
                )
            )
    return rows


@needs_pyside_6_12
def test_complement_holds_only_what_qt_lacks_and_qt_asks_for(qtbot, qapp, tmp_path):
    """Each message of our complement is one Qt's French catalogue does not answer (when a Qt update adds it,
    drop ours) and one Qt asks for while Vigie's dialogs are built (a typo in a source would never match)."""
    qt_base = _french_catalogues()[0]
    rows = _complement()
    assert rows
    already = [(c, s) for c, s, d, _ in rows if qt_base.translate(c, s, d or None)]
    assert already == [], f"Qt's catalogue now translates these: remove them from {COMPLEMENT_TS.name}"
    with _interface(qapp, "fr") as recorder:
        _file_dialog(qtbot, _folder(tmp_path), "save")
        _print_dialog(qtbot)
        _accessible_actions(qtbot)
        _standard_widgets(qtbot)
    never = [(c, s, d) for c, s, d, _ in rows if (c, s, d) not in recorder.asked]
    assert never == []


def test_complement_keeps_accelerators_placeholders_and_french_typography():
    for context, source, _, translation in _complement():
        assert translation, (context, source)
        assert source.count("&") == translation.count("&") == 1 or "&" not in source, (source, translation)
        assert sorted(re.findall(r"%\d+|%[a-z]", source)) == sorted(re.findall(r"%\d+|%[a-z]", translation))
        if source.endswith(":"):
            assert translation.endswith("\u00a0:"), translation  # Qt's French: a non-breaking space before ":"


def test_complement_builds_without_warning(tmp_path):
    import subprocess

    done = subprocess.run(
        [i18n_tool._tool("lrelease"), str(COMPLEMENT_TS), "-qm", str(tmp_path / "check.qm")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "arning" not in done.stdout + done.stderr, done.stdout + done.stderr
