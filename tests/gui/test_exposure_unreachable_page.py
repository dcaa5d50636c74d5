"""The exposure page says a box that gave no answer could not be reached, in French and in English, with the
address and why; never "a box answered but its answer was unusable". The scan is real, on a closed loopback port."""

from __future__ import annotations

import re
import socket

import pytest
from PySide6.QtCore import Qt

from core.exposure import local
from core.exposure.scan import ScanOptions, run_scan
from gui.context import AppContext
from gui.models.exposure_findings import COL_TITLE, FINDING_ROLE
from gui.pages.exposure import ExposurePage
from tests.core.fake_igd import loopback_only  # noqa: F401
from tests.core.test_exposure_scan import FakeClock, _env
from tests.gui.test_exposure_english import _french

pytestmark = pytest.mark.usefixtures("loopback_only")

ANSWERED = re.compile(r"a répondu mais|inutilisable|illisible|answered but|unusable|unreadable", re.IGNORECASE)


def _unreachable_scan():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # connection refused
    url = f"http://127.0.0.1:{port}/rootDesc.xml"
    options = ScanOptions(igd_url=url, firewall=False)
    return url, run_scan(options, _env(collect_local=lambda: local.LocalSnapshot((), False)), clock=FakeClock())


def _texts(widget: ExposurePage) -> list[str]:
    out = [widget.banner.text(), widget.box_line.text()]
    for row in range(widget.proxy.rowCount()):
        index = widget.proxy.index(row, COL_TITLE)
        out.append(widget.proxy.data(index, Qt.ItemDataRole.DisplayRole))
        out.append(widget.proxy.data(index, Qt.ItemDataRole.ToolTipRole))
        widget._show_detail(index)
        out.append(widget.detail.toPlainText())
    return out


def _page(qtbot, vault, worker, language: str) -> ExposurePage:
    from core.settings import AppSettings

    widget = ExposurePage(AppContext(vault=vault, worker=worker, settings=AppSettings(language=language)))
    qtbot.addWidget(widget)
    return widget


def test_french_page_says_the_box_could_not_be_reached(qtbot, vault, worker):
    url, scan = _unreachable_scan()
    widget = _page(qtbot, vault, worker, "fr")
    widget.show_result(scan)
    said = f"la box n'a pas pu être jointe à l'adresse indiquée ({url} : connexion impossible (Connection refused))"
    assert widget.box_line.text() == f"Box : non vérifiée — {said}."
    assert said in widget.banner.text()
    texts = _texts(widget)
    assert any(f"Vigie n'a pas pu lire la box : {said}." in t for t in texts)
    assert not any(ANSWERED.search(t) for t in texts), texts


def test_english_page_says_the_box_could_not_be_reached(qtbot, vault, worker, qapp):
    from gui import i18n
    from tests.gui.test_problems_translated import _build_catalogue

    url, scan = _unreachable_scan()
    _build_catalogue()
    i18n.install(qapp, "en")
    try:
        widget = _page(qtbot, vault, worker, "en")
        widget.show_result(scan)
        said = f"the box could not be reached at the address given ({url}: connection failed (Connection refused))"
        assert widget.box_line.text() == f"Box: not checked — {said}."
        assert said in widget.banner.text()
        texts = _texts(widget)
        assert any(f"Vigie could not read the box: {said}." in t for t in texts)
        assert not any(ANSWERED.search(t) for t in texts), texts
        for text in texts:
            assert not _french(text), (_french(text), text)
        kinds = {
            widget.proxy.data(widget.proxy.index(r, COL_TITLE), FINDING_ROLE).kind.value
            for r in range(widget.proxy.rowCount())
        }
        assert "router_unreachable" in kinds
    finally:
        i18n.install(qapp, "fr")
