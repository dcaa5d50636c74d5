"""A practitioner's first week: a long practice name never hides the header's incident button or countdown,
never makes the dashboard scroll sideways, and the header follows a saved identity at once."""

from __future__ import annotations

from dataclasses import replace

from core.services.practice import PracticeService
from gui.context import AppContext
from gui.main_window import MainWindow

LONG = ("Cabinet médical pluridisciplinaire des Hauts-de-Seine du Docteur Marie-Christine Delacroix-Fontaine "
        "et associés, centre de soins du quartier Saint-Michel-des-Lilas")[:150]


def _long_named(vault):
    service = PracticeService(vault)
    service.save(replace(service.get(), name=LONG))


def _settle(qtbot, worker):
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    qtbot.wait(50)


def test_long_name_header_keeps_incident_button_and_dashboard_does_not_scroll_sideways(
    qtbot, vault, worker, app_settings
):
    _long_named(vault)
    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    for width, height in ((1200, 780), (960, 510)):
        window.resize(width, height)
        window.show()
        _settle(qtbot, worker)
        assert window.report_button.isVisible()
        assert window.report_button.geometry().right() <= window.width()
        assert window.practice_label.full_text() == LONG
        assert window.practice_label.text().endswith("…")
        assert window.practice_label.toolTip() == f"<p>{LONG}</p>"
        dashboard = window.show_section("dashboard")
        _settle(qtbot, worker)
        assert not dashboard.horizontalScrollBar().isVisible()
        assert dashboard.widget().width() <= dashboard.viewport().width()


def test_header_name_follows_the_saved_identity(qtbot, vault, worker, app_settings):
    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("settings")
    qtbot.waitUntil(page.save_button.isEnabled)  # the identity arrives from the worker
    page.form.edits["name"].setText("Cabinet <b>Martin</b> 🩺")
    page.save_identity()
    qtbot.waitUntil(lambda: window.practice_label.full_text() == "Cabinet <b>Martin</b> 🩺", timeout=10_000)


def test_empty_incident_journal_explains_itself(qtbot, vault, worker, app_settings):
    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("incidents")
    _settle(qtbot, worker)
    assert page.empty_state.isVisible() and not page.journal.isVisible()
    from PySide6.QtWidgets import QLabel

    assert any("article 33(5)" in label.text() for label in page.empty_state.findChildren(QLabel))


def test_pasted_names_are_elided_on_one_line_with_the_whole_text_in_a_tooltip(qtbot):
    from PySide6.QtCore import QAbstractListModel, QPoint, QRect, Qt
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView, QToolTip

    from gui.widgets.elided_cells import ElidedTextDelegate, elide_cells

    name = "🩺 <b>Suivi</b> des patients diabétiques\nligne 2 " + "x" * 200

    class One(QAbstractListModel):
        def rowCount(self, parent=None):  # noqa: N802
            return 1

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return name if role == Qt.ItemDataRole.DisplayRole else None

    table = elide_cells(QTableView(), 200)
    qtbot.addWidget(table)
    model = One()
    table.setModel(model)
    table.resize(400, 200)
    table.show()
    assert isinstance(table.itemDelegate(), ElidedTextDelegate)
    assert table.columnWidth(0) <= 400 and not table.wordWrap()
    option = QStyleOptionViewItem()
    table.itemDelegate().initStyleOption(option, model.index(0))
    assert "\n" not in option.text and option.textElideMode == Qt.TextElideMode.ElideRight
    option.rect = QRect(0, 0, 150, 20)
    event = QHelpEvent(QHelpEvent.Type.ToolTip, QPoint(5, 5), table.mapToGlobal(QPoint(5, 5)))
    assert table.itemDelegate().helpEvent(event, table, option, model.index(0))
    assert QToolTip.text().startswith("<p>🩺 &lt;b&gt;Suivi&lt;/b&gt; des patients diabétiques ligne 2")
