"""« Vérifier l'exposition » with an injected fake scanner: the GUI never blocks and never reaches the network."""

from __future__ import annotations

import subprocess
import sys
import threading
from dataclasses import replace
from datetime import UTC, datetime

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt

from core.exposure import local, router, upnp
from core.exposure.findings import ScanResult, Severity
from core.services.exposure import ExposureService
from gui.context import AppContext
from gui.models.exposure_findings import COL_SEVERITY, COL_TITLE, FINDING_ROLE, ExposureFindingsModel
from gui.pages.exposure import ExposurePage

THIS_PC = "192.168.1.20"


def imaging_scan() -> ScanResult:
    """What a real scan returns on the 2020 scenario, built with the real rules."""
    snapshot = local.LocalSnapshot(
        (
            local.Listener("tcp", ("0.0.0.0",), 11112, 4321, "dcmqrscp"),
            local.Listener("tcp", ("0.0.0.0",), 445, 4, "System"),
        ),
        False,
    )
    gateway = upnp.Gateway("http://192.168.1.1:49152/rootDesc.xml", "Livebox 6", "Sagemcom", "Livebox 6", ())
    reading = router.RouterReading(
        gateway=gateway,
        external_ip="203.0.113.7",
        mappings=(upnp.PortMapping("", 11112, "tcp", 11112, THIS_PC, True, "Imagerie", 0),),
    )
    here = router.forwarded_here(reading, {THIS_PC})
    findings = local.listener_findings(snapshot, lambda p, n: (p, n) in here) + router.router_findings(
        reading, {THIS_PC}
    )
    moment = datetime(2026, 11, 29, 21, 0, tzinfo=UTC)
    return ScanResult(moment, moment, tuple(findings), router.router_info(reading), "linux")


class FakeScanner:
    def __init__(self, result: ScanResult) -> None:
        self.result = result
        self.release = threading.Event()
        self.calls = []
        self.threads = []

    def __call__(self, options, progress):
        self.calls.append(options)
        self.threads.append(threading.current_thread().name)
        progress("Interrogation de la box internet…")
        assert self.release.wait(5)
        return self.result


@pytest.fixture
def page(qtbot, vault, worker, app_settings):
    scanner = FakeScanner(imaging_scan())
    ctx = AppContext(
        vault=vault, worker=worker, settings=app_settings, services={"exposure_scanner": scanner}
    )
    widget = ExposurePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    yield widget, scanner
    scanner.release.set()
    widget.scan_worker.shutdown()


def test_model(qtmodeltester):
    model = ExposureFindingsModel()
    model.set_findings(imaging_scan().findings)
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.headerData(COL_SEVERITY, Qt.Orientation.Horizontal) == "Gravité"


def test_scan_runs_in_background_and_shows_findings_by_severity(qtbot, page):
    widget, scanner = page
    widget.start_scan()
    # The GUI thread is free while the scan waits: buttons are disabled and progress arrives.
    qtbot.waitUntil(lambda: widget.status.text() == "Interrogation de la box internet…", timeout=3000)
    assert not widget.run_button.isEnabled() and not widget.save_button.isEnabled()
    assert scanner.threads[0] != threading.current_thread().name
    scanner.release.set()
    qtbot.waitUntil(lambda: widget.current is not None, timeout=5000)
    assert scanner.calls[0].upnp is True
    assert widget.run_button.isEnabled() and widget.save_button.isEnabled()

    first = widget.proxy.index(0, 0)
    assert widget.proxy.data(first, FINDING_ROLE).severity is Severity.CRITICAL
    ranks = [
        widget.proxy.data(widget.proxy.index(r, 0), FINDING_ROLE).severity.rank
        for r in range(widget.proxy.rowCount())
    ]
    assert ranks == sorted(ranks, reverse=True)
    titles = [widget.proxy.index(r, COL_TITLE).data() for r in range(widget.proxy.rowCount())]
    assert any(t.startswith("Accessible depuis Internet : serveur d'imagerie médicale") for t in titles)
    assert any(t.startswith("Ouvert sur Internet par la box : serveur d'imagerie") for t in titles)
    assert "2 problèmes critiques" in widget.banner.text()
    assert "Serveur d'imagerie limité au cabinet : <b>non</b>" in widget.proposals.text()
    assert "redirige le port 11112" in widget.detail.toPlainText()
    assert "pas encore enregistré" in widget.evidence.text()


def test_save_as_evidence_and_export_pdf(qtbot, page, vault, tmp_path):
    widget, scanner = page
    scanner.release.set()
    widget.ask_box.setChecked(False)
    widget.start_scan()
    qtbot.waitUntil(lambda: widget.current is not None, timeout=5000)
    assert scanner.calls[0].upnp is False
    widget.save()
    qtbot.waitUntil(lambda: widget.saved_id is not None, timeout=5000)
    qtbot.waitUntil(lambda: widget.history.count() == 1 and widget.history.currentData() == widget.saved_id)
    assert not widget.save_button.isEnabled()
    assert "enregistrée comme preuve" in widget.evidence.text()
    stored = ExposureService(vault).latest()
    assert stored.id == widget.saved_id and stored.scan == imaging_scan()

    target = tmp_path / "exposition.pdf"
    widget.export_pdf(str(target))
    qtbot.waitUntil(lambda: "Rapport enregistré" in widget.status.text(), timeout=10000)
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Vérification de l'exposition du cabinet" in text
    assert "Cabinet test — vérification du 29/11/2026 à 22:00" in text
    assert f"vérification n° {stored.id}, empreinte SHA-256 {stored.digest[:16]}" in text


def test_page_shows_the_last_saved_scan_and_opens_older_ones(qtbot, vault, worker, app_settings):
    older = ExposureService(vault).save(replace(imaging_scan(), findings=imaging_scan().findings[-1:]))
    saved = ExposureService(vault).save(imaging_scan())
    ctx = AppContext(
        vault=vault,
        worker=worker,
        settings=app_settings,
        services={"exposure_scanner": lambda *a: pytest.fail("no scan on refresh")},
    )
    widget = ExposurePage(ctx)
    qtbot.addWidget(widget)
    widget.refresh()
    qtbot.waitUntil(lambda: widget.current is not None, timeout=5000)
    assert widget.saved_id == saved.id
    assert not widget.save_button.isEnabled() and widget.pdf_button.isEnabled()
    assert "Dernière vérification enregistrée" in widget.status.text()
    qtbot.waitUntil(lambda: widget.history.count() == 2, timeout=5000)
    assert widget.history.currentData() == saved.id
    assert widget.history.itemText(0) == "29/11/2026 à 22:00 — 2 critiques, 1 à vérifier"
    widget.history.setCurrentIndex(1)
    widget.history.activated.emit(1)
    qtbot.waitUntil(lambda: widget.saved_id == older.id, timeout=5000)
    assert widget.model.rowCount() == 1
    assert widget.history.currentData() == older.id


def test_scan_failure_is_shown_in_french(qtbot, vault, worker, app_settings):
    def broken(options, progress):
        raise OSError(13, "Permission refusée")

    ctx = AppContext(vault=vault, worker=worker, settings=app_settings, services={"exposure_scanner": broken})
    widget = ExposurePage(ctx)
    qtbot.addWidget(widget)
    widget.start_scan()
    qtbot.waitUntil(lambda: widget.run_button.isEnabled(), timeout=5000)
    assert widget.status.text() == (
        "La vérification n'a pas pu aboutir (Permission refusée). Rien n'a été modifié ; "
        "vous pouvez la relancer."
    )
    assert widget.current is None and not widget.save_button.isEnabled()


def test_opening_the_main_window_does_not_load_the_scanner():
    code = "import gui.pages, sys; print('psutil' in sys.modules, 'core.exposure.scan' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_results_arriving_after_the_page_is_gone_are_ignored(qtbot, vault, worker, app_settings):
    started, gone = threading.Event(), threading.Event()

    def scanner(options, progress):
        started.set()
        assert gone.wait(5)
        progress("Interrogation de la box internet…")  # reported after the page was destroyed
        return imaging_scan()

    ctx = AppContext(
        vault=vault, worker=worker, settings=app_settings, services={"exposure_scanner": scanner}
    )
    widget = ExposurePage(ctx)
    scan_worker = widget.scan_worker
    widget.refresh()
    widget.start_scan()
    qtbot.waitUntil(started.is_set, timeout=3000)
    widget.deleteLater()  # e.g. the window was locked while the box was still answering
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=3000)
    gone.set()
    qtbot.waitUntil(lambda: not scan_worker.busy and not worker.busy, timeout=5000)
