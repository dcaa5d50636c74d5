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
    reading = router.single(
        gateway, "203.0.113.7", (upnp.PortMapping("", 11112, "tcp", 11112, THIS_PC, True, "Imagerie", 0),)
    )
    findings = router.all_findings(snapshot, reading, {THIS_PC})
    moment = datetime(2026, 11, 29, 21, 0, tzinfo=UTC)
    return ScanResult(moment, moment, tuple(findings), router.router_info(reading), "linux")


class FakeScanner:
    def __init__(self, result: ScanResult) -> None:
        self.result = result
        self.release = threading.Event()
        self.calls = []
        self.threads = []

    def __call__(self, options, progress, cancel=None):
        self.calls.append(options)
        self.cancel = cancel
        self.threads.append(threading.current_thread().name)
        progress("Interrogation de la box internet…")
        while not self.release.wait(0.02):
            if cancel is not None and cancel.is_set():
                return self.result
        return self.result


@pytest.fixture
def page(qtbot, vault, worker, app_settings):
    scanner = FakeScanner(imaging_scan())
    ctx = AppContext(vault=vault, worker=worker, settings=app_settings, exposure_scanner=scanner)
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
    assert model.rowCount() == 5  # 11112 once (the box's rule, with the program), 445, UPnP, address, manual
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
    assert any(t.startswith("Ouvert sur Internet par la box : serveur d'imagerie") for t in titles)
    assert "1 problème critique" in widget.banner.text()
    assert widget.box_line.text() == "Box : Livebox 6, liste UPnP lue en entier (1 redirection)."
    assert "Serveur d'imagerie limité au cabinet : <b>non</b>" in widget.proposals.text()
    assert "redirige le port TCP 11112" in widget.detail.toPlainText()
    assert "Règle : Imagerie" in widget.detail.toPlainText()
    assert "Programme : dcmqrscp (pid 4321)" in widget.detail.toPlainText()
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
        exposure_scanner=lambda *a: pytest.fail("no scan on refresh"),
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
    assert widget.history.itemText(0) == "29/11/2026 à 22:00 — 1 critique, 2 à vérifier"
    widget.history.setCurrentIndex(1)
    widget.history.activated.emit(1)
    qtbot.waitUntil(lambda: widget.saved_id == older.id, timeout=5000)
    assert widget.model.rowCount() == 1
    assert widget.history.currentData() == older.id


def test_scan_failure_is_shown_in_french(qtbot, vault, worker, app_settings):
    def broken(options, progress, cancel):
        raise OSError(13, "Permission refusée")

    ctx = AppContext(vault=vault, worker=worker, settings=app_settings, exposure_scanner=broken)
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

    def scanner(options, progress, cancel):
        started.set()
        assert gone.wait(5)
        progress("Interrogation de la box internet…")  # reported after the page was destroyed
        return imaging_scan()

    ctx = AppContext(vault=vault, worker=worker, settings=app_settings, exposure_scanner=scanner)
    widget = ExposurePage(ctx)
    scan_worker = widget.scan_worker
    widget.refresh()
    widget.start_scan()
    qtbot.waitUntil(started.is_set, timeout=3000)
    widget.deleteLater()  # e.g. the window was locked while the box was still answering
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=3000)
    gone.set()
    qtbot.waitUntil(lambda: not scan_worker.busy and not worker.busy, timeout=5000)


def test_cancel_stops_the_scan_and_says_the_result_is_incomplete(qtbot, page):
    widget, scanner = page
    assert not widget.cancel_button.isVisible()
    widget.show()
    widget.start_scan()
    qtbot.waitUntil(lambda: widget.status.text() == "Interrogation de la box internet…", timeout=3000)
    assert widget.cancel_button.isVisible() and widget.cancel_button.isEnabled()
    widget.cancel_button.click()
    assert scanner.cancel.is_set() and not widget.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: widget.current is not None, timeout=3000)  # the fake returns once cancelled
    assert widget.status.text().startswith("Vérification annulée le")
    assert widget.run_button.isEnabled() and not widget.cancel_button.isVisible()


def _scan_with(state, reason=None, reason_text=None, findings=()):
    from core.exposure.findings import BoxState, RouterInfo

    moment = datetime(2026, 11, 29, 21, 0, tzinfo=UTC)
    info = RouterInfo(
        answered=state is not BoxState.NOT_CHECKED,
        friendly_name="Freebox Server" if state is not BoxState.NOT_CHECKED else None,
        mapping_count=281 if state is BoxState.PARTIAL else 0,
        state=state,
        reason=reason,
        reason_text=reason_text,
    )
    return ScanResult(moment, moment, tuple(findings), info, "linux")


@pytest.mark.parametrize(
    ("state", "reason", "reason_text", "verdict", "box"),
    [
        (
            "complete",
            None,
            None,
            "La liste UPnP de la box a été lue en entier",
            "Box : Freebox Server, liste UPnP lue en entier (0 redirection).",
        ),
        (
            "partial",
            "fault",
            "liste incomplète : la box a renvoyé l'erreur UPnP 501 à l'entrée n° 281",
            "La box n'a été lue qu'en partie (liste incomplète : la box a renvoyé l'erreur UPnP 501",
            "Box : Freebox Server, liste incomplète — 281 redirections lues ;",
        ),
        (
            "not_checked",
            "no_answer",
            "aucune box n'a répondu à la recherche UPnP (attente de 2,5 s)",
            "La box n'a pas pu être vérifiée (aucune box n'a répondu",
            "Box : non vérifiée — aucune box n'a répondu",
        ),
        (
            "not_checked",
            "skipped",
            "la box n'a pas été interrogée",
            "La box n'a pas été interrogée",
            "Box : non vérifiée",
        ),
    ],
)
def test_each_box_state_has_an_honest_verdict(qtbot, page, state, reason, reason_text, verdict, box):
    from core.exposure.findings import BoxState

    widget, _scanner = page
    widget.show_result(_scan_with(BoxState(state), reason, reason_text))
    assert widget.banner.text().startswith(verdict)
    assert widget.box_line.text().startswith(box)
    assert "Rien d'accessible" not in widget.banner.text()
    # Never green when the box was not read completely, even without any finding.
    from gui import theme

    expected = "ok" if state == "complete" else "warning"
    assert theme.hex_color(expected) in widget.banner.styleSheet()


def test_a_running_scan_never_keeps_the_process_alive(tmp_path):
    """The scan thread is a daemon: with a scanner that hangs and ignores Cancel, closing ends the process."""
    script = tmp_path / "close.py"
    script.write_text(
        "import sys, time\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from gui.pages.exposure import ScanThread\n"
        "app = QApplication(sys.argv)\n"
        "thread = ScanThread()\n"
        "thread.submit(lambda: time.sleep(120), lambda r: None, lambda e: None)\n"
        "QTimer.singleShot(200, app.quit)\n"
        "app.exec()\n"
        "print('closed', thread.busy)\n"
    )
    import os
    import time

    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]),
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": "."},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "closed True"
    assert time.monotonic() - start < 15


def test_in_english_the_reason_is_translated_from_its_code(qtbot, vault, worker, qapp):
    from core.exposure.findings import BoxState
    from core.settings import AppSettings
    from gui import i18n
    from tests.gui.test_problems_translated import _build_catalogue

    _build_catalogue()
    i18n.install(qapp, "en")
    try:
        ctx = AppContext(vault=vault, worker=worker, settings=AppSettings(language="en"))
        widget = ExposurePage(ctx)
        qtbot.addWidget(widget)
        widget.show_result(
            _scan_with(BoxState.PARTIAL, "fault", "la box a renvoyé l'erreur UPnP 501 à l'entrée n° 281")
        )
        assert widget.box_line.text() == (
            "Box: Freebox Server, incomplete list — 281 forwarding rules read; "
            "the box returned an error in the middle of the list."
        )
        widget.show_result(
            _scan_with(BoxState.NOT_CHECKED, "no_answer", "aucune box n'a répondu (attente de 2,5 s)")
        )
        assert widget.banner.text().startswith(
            "The box could not be checked (no box answered the UPnP search)"
        )
    finally:
        i18n.install(qapp, "fr")
