"""Signals emitted from Python leave ``True`` alone (PySide6 6.12.0 takes a reference from it on every emit)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from gui import signals

ROOT = Path(__file__).resolve().parents[2]


class _Sender(QObject):
    value = Signal(object)


def test_emit_and_disconnect_give_back_what_pyside_takes(qtbot):
    sender = _Sender()
    received: list[object] = []

    def slot(value: object) -> None:
        received.append(value)

    before = sys.getrefcount(True)
    for n in range(2_000):
        sender.value.connect(slot)
        signals.emit(sender.value, n)
        signals.disconnect(sender.value, slot)
    drift = before - sys.getrefcount(True)
    assert received == list(range(2_000))
    assert abs(drift) <= signals._BATCH  # noqa: SLF001 - at most one batch owed, never thousands taken


def test_a_long_session_of_worker_jobs_ends_normally():
    """The real failure: a process running 20,000 worker jobs (each emits) used to abort at exit with
    "Fatal Python error: bool_dealloc" (exit code 134), or during the session once ``True`` ran out."""
    child = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.workers import Worker
worker = Worker()
done = [0]
for _ in range(20_000):
    worker.submit(lambda: 1, lambda _r: done.__setitem__(0, done[0] + 1))
while done[0] < 20_000:
    app.processEvents()
worker.shutdown()
print("done", done[0])
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "done 20000"
    assert "bool_dealloc" not in run.stderr


def test_screens_emit_and_disconnect_only_through_gui_signals():
    offenders = []
    for path in sorted((ROOT / "gui").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel == "gui/signals.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"emit", "disconnect"}
            ):
                offenders.append(f"{rel}:{node.lineno} {ast.unparse(node.func)}(…)")
    assert offenders == [], "use gui.signals.emit / gui.signals.disconnect:\n" + "\n".join(offenders)
