"""The Qt binding and the interpreter installed together keep None and True alive through a long session.

PySide6 6.12.0 on Python 3.11 took a reference from None on every Qt call returning nothing and one from True on
every signal emit: the app aborted ("Fatal Python error: none_dealloc") after some thousands of clicks. pyproject.toml
pairs the versions (6.11.3 on 3.11) and dev.py prefers Python 3.12+; these tests hold the pairing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from gui.runtime_check import binding_defect

ROOT = Path(__file__).resolve().parents[2]


def test_this_installation_pairs_pyside_and_python_soundly():
    assert binding_defect() is None


def test_a_long_session_of_qt_calls_and_worker_jobs_ends_normally():
    """200,000 calls returning nothing and 20,000 worker jobs (each emits), in a child process: it must end
    normally. The defective pairing aborts during the loop (exit code 134)."""
    child = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
from gui.workers import Worker
label = QLabel()
for n in range(200_000):
    label.setText("x")
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
    run = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "done 20000"


def test_the_app_refuses_to_start_on_a_defective_pairing(monkeypatch, capsys):
    from gui import app

    monkeypatch.setattr("gui.runtime_check.binding_defect", lambda: "PySide6 6.12.0 / Python 3.11.7")
    assert app.run([]) == 1
    assert "python3 dev.py app" in capsys.readouterr().err
