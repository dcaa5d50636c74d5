#!/usr/bin/env python3
"""Stall probe: how long the GUI thread stops answering during scripted user actions on a real vault.

    .venv/bin/python bench/stall_probe.py VAULT     (passphrase in VIGIE_PASSPHRASE; prints one JSON line)

A 5 ms heartbeat timer runs on the GUI thread. Each action is one gesture (a click, a keystroke: what a user does)
posted to the event loop, then the loop runs until the action's work is over (the worker idle and the result on
screen). The action's figure is the longest gap between two heartbeats, less the 5 ms period: how long the window
could not repaint nor answer a click. Everything goes through the application's own widgets and public methods,
as a user's gestures would; the pages carry no benchmark hooks.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEARTBEAT_MS = 5


class Probe:
    def __init__(self, app, worker) -> None:  # noqa: ANN001 - QApplication, Worker
        from PySide6.QtCore import Qt, QTimer

        self.app = app
        self.worker = worker
        self.ticks: list[float] = []
        self.heart = QTimer()
        self.heart.setTimerType(Qt.TimerType.PreciseTimer)
        self.heart.setInterval(HEARTBEAT_MS)
        self.heart.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.results: list[tuple[str, float]] = []
        self.gc_pauses: list[float] = []
        import gc

        started: list[float] = [0.0]

        def watch(phase: str, _info: dict) -> None:  # developer aid: garbage collections stop every thread
            if phase == "start":
                started[0] = time.perf_counter()
            else:
                self.gc_pauses.append(time.perf_counter() - started[0])

        if os.environ.get("VIGIE_STALL_GC"):
            gc.callbacks.append(watch)

    def act(
        self,
        name: str,
        gesture: Callable[[], object],
        done: Callable[[], bool] = lambda: True,
        timeout: float = 300.0,
    ) -> object:
        """Post ``gesture`` to the event loop, run until ``done()`` and the worker is idle; record the stall."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        state: dict[str, object] = {"ran": False, "result": None, "error": None}
        self.ticks = []
        self.gc_pauses = []

        def run() -> None:
            self.ticks.append(time.perf_counter())
            try:
                state["result"] = gesture()
            except Exception as exc:  # noqa: BLE001 - reported in the table
                state["error"] = exc
            state["ran"] = True
            self.ticks.append(time.perf_counter())

        started = time.perf_counter()
        idle_polls = [0]

        def check() -> None:
            # Idle at two polls in a row: work a screen defers to the next turn of the event loop (a page that
            # reads its data once it is on screen) is counted in this action, not in the next one.
            idle_polls[0] = idle_polls[0] + 1 if state["ran"] and not self.worker.busy else 0
            if state["ran"] and (state["error"] or (idle_polls[0] >= 2 and done())):
                loop.quit()
            elif time.perf_counter() - started > timeout:
                state["error"] = TimeoutError(name)
                loop.quit()

        profile = None
        wanted = os.environ.get("VIGIE_STALL_PROFILE")
        if wanted and wanted in name:  # developer aid: what the GUI thread did during this action
            import cProfile

            profile = cProfile.Profile()
            profile.enable()
        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(check)
        self.heart.start()
        poll.start()
        QTimer.singleShot(0, run)
        loop.exec()
        if profile is not None:
            import pstats

            profile.disable()
            pstats.Stats(profile, stream=sys.stderr).sort_stats("cumulative").print_stats(35)
        poll.stop()
        self.heart.stop()
        self.ticks.append(time.perf_counter())
        ticks = sorted(self.ticks)
        gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
        stall = max(0.0, max(gaps, default=0.0) - HEARTBEAT_MS / 1000)
        label = name if state["error"] is None else f"{name} (failed: {type(state['error']).__name__})"
        self.results.append((label, stall))
        gc_note = f" (longest garbage collection {max(self.gc_pauses) * 1000:.0f} ms)" if self.gc_pauses else ""
        print(f"  {label}: {stall * 1000:.0f} ms{gc_note}", file=sys.stderr, flush=True)
        return state["result"]

    def worst_of(self, name: str, first: int) -> None:
        """Fold the results recorded since index ``first`` into one row (the worst)."""
        part = self.results[first:]
        del self.results[first:]
        if part:
            self.results.append((name, max(s for _n, s in part)))


def main() -> int:
    vault_path = Path(sys.argv[1])
    passphrase = os.environ["VIGIE_PASSPHRASE"]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from core.settings import AppSettings
    from gui import i18n
    from gui.app import Controller

    i18n.install(app, "fr")
    scratch = Path(tempfile.mkdtemp(prefix="vigie-stall-"))
    controller = Controller(app, vault_path, AppSettings(language="fr"))
    probe = Probe(app, controller.worker)
    from gui.app import preload_main_window
    from gui.dialogs.unlock import UnlockDialog

    first = UnlockDialog(vault_path, controller.worker, try_keyring=False)  # as the app starts (app.py)
    probe.act("unlock window shown", lambda: (first.show(), preload_main_window()))
    from gui import app as app_module

    if app_module._preloading is not None:  # noqa: SLF001 - the user types the passphrase: a second or more
        app_module._preloading.join()
    first.passphrase.edit.setText(passphrase)
    probe.act("unlock (key derivation on the worker)", lambda: first.unlock(), lambda: first.vault is not None)
    vault = first.vault
    probe.act("populated main window after unlock", lambda: controller.open(vault))
    window = controller.window
    assert window is not None
    window.resize(1280, 800)

    # --- every section, then every filter -----------------------------------------------------------------
    first = len(probe.results)
    for key in window.section_keys():
        probe.act(f"open section: {key}", lambda k=key: window.show_section(k))
    worst = max(probe.results[first:], key=lambda r: r[1])
    del probe.results[first:]
    probe.results.append(("open every section (each one, worst)", worst[1]))
    print(f"  (worst section: {worst[0].split(': ')[1]})", file=sys.stderr, flush=True)

    filters = [
        ("incidents", "search"),
        ("register", "filter"),
        ("processors", "filter"),
        ("requests", "search"),
    ]
    for key, attribute in filters:
        page = window.show_section(key)
        field = getattr(page, attribute, None)
        if field is None:
            continue
        probe.act(f"focus filter: {key}", lambda f=field: f.setFocus())
        first = len(probe.results)
        for char in "vol d'ordi":
            probe.act(f"type in filter: {key}", lambda f=field, c=char: QTest.keyClick(f, c))
        probe.worst_of(f"type in filter: {key} (10 keystrokes, worst)", first)
        probe.act(f"clear filter: {key}", lambda f=field: f.clear())
    security = window.show_section("security")
    field = security.questionnaire.search
    first = len(probe.results)
    for char in "sauvegarde":
        probe.act("type in filter: security", lambda f=field, c=char: QTest.keyClick(f, c))
    probe.worst_of("type in filter: security questions (10 keystrokes, worst)", first)
    field.clear()

    # --- incidents: open one, the breach wizard, awareness, the dossier ---------------------------------------
    incidents = window.show_section("incidents")
    probe.act("incidents: sort by a column (header click)", lambda: incidents.table.sortByColumn(1, Qt.SortOrder.AscendingOrder))
    incidents.status_filter.setCurrentIndex(incidents.status_filter.findData("open"))
    probe.act(
        "open an incident",
        lambda: incidents.table.selectRow(0),
        lambda: incidents.record is not None,
    )
    wizard = probe.act("open the breach wizard", lambda: incidents.start_wizard(), lambda: True)
    if wizard is not None:
        probe.act("breach wizard ready", lambda: None, lambda: not wizard.busy)
        first = len(probe.results)
        for _ in range(8):  # awareness, what, involved, which, circumstances, conclusion, next steps
            if wizard.step == "what":
                wizard.what_step.title_edit.setText("Ordinateur volé au cabinet")
            if wizard.step == "next_steps":
                break
            probe.act("breach wizard: next step", lambda: wizard.go_next(), lambda: not wizard.busy)
        probe.worst_of("breach wizard: each step (worst)", first)
        probe.act("finish the breach wizard", lambda: wizard.finish(), lambda: not wizard.busy)
    incidents.status_filter.setCurrentIndex(incidents.status_filter.findData("open"))
    probe.act("open an incident", lambda: incidents.table.selectRow(0), lambda: incidents.record is not None)
    dialog = probe.act("correct an awareness time: open the dialog", lambda: incidents.correct_awareness())
    if dialog is not None:
        dialog.when.setDateTime(dialog.when.dateTime().addSecs(-600))
        dialog.reason.setPlainText("Le courriel d'alerte était arrivé dix minutes plus tôt.")
        probe.act("correct an awareness time: save", lambda: dialog.save(), lambda: dialog.result() != 0)
    incidents.preview = None
    probe.act(
        "render and preview the CNIL dossier",
        lambda: incidents.show_dossier(),
        lambda: getattr(incidents, "preview", None) is not None,
    )
    if getattr(incidents, "preview", None) is not None:
        incidents.preview.close()

    # --- self-assessment, register --------------------------------------------------------------------------
    security = window.show_section("security")
    probe.act("security: wait for the snapshot", lambda: None)
    if security.start_button.isVisible():
        probe.act("start this year's self-assessment", lambda: security.start())
    security.tabs.setCurrentWidget(security.questionnaire)
    table = security.questionnaire.table
    table.setFocus()
    table.selectRow(0)
    probe.act("answer a self-assessment question (key O)", lambda: QTest.keyClick(table, Qt.Key.Key_O))

    register = window.show_section("register")
    picker = probe.act("apply a register template: open the list", lambda: register.choose_templates())
    if picker is not None:
        picker.model.item(0).setCheckState(Qt.CheckState.Checked)
        probe.act("apply a register template: add it", lambda: picker.accept())
    target = scratch / "registre.pdf"
    probe.act(
        "render the register PDF (1,000 activities, in the worker)",
        lambda: register.export_to("pdf", target),
        lambda: target.exists(),
        timeout=600,
    )

    # --- backup, lock and unlock ----------------------------------------------------------------------------
    settings = window.show_section("settings")
    backups = settings.backups
    probe.act(
        "run a backup (verified)",
        lambda: backups.run_backup(scratch / "usb"),
        lambda: backups.save_button.isEnabled(),
    )
    from gui.dialogs.unlock import UnlockDialog

    shown: dict[str, UnlockDialog] = {}

    def ask() -> None:
        dialog = UnlockDialog(vault_path, controller.worker, try_keyring=False)
        dialog.show()
        shown["dialog"] = dialog

    probe.act("lock", lambda: controller.close_vault(backup=False, then=ask), lambda: "dialog" in shown)
    unlock = shown["dialog"]
    unlock.passphrase.edit.setText(passphrase)
    probe.act("unlock (key derivation on the worker)", lambda: unlock.unlock(), lambda: unlock.vault is not None)
    reopened = unlock.vault
    probe.act("main window again after unlock", lambda: controller.open(reopened))
    controller.close_vault(backup=False)
    controller.worker.wait_idle()
    controller.worker.shutdown()
    print(json.dumps([[name, stall] for name, stall in probe.results]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
