"""What the unlock window imports before it shows (start-up time, see docs/DEVELOPING.md): a fresh interpreter
builds it the way ``gui.app.run`` does, then lists the modules it should have done without."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = """
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from core import settings as app_settings
from core.hygiene import harden_process
from gui import i18n
from gui.app import Controller
from gui.dialogs.unlock import UnlockDialog

harden_process()
settings = app_settings.load()
app = QApplication(sys.argv[:1])
i18n.install(app, settings.language)
controller = Controller(app, Path(sys.argv[1]), settings)
dialog = UnlockDialog(controller.vault_path, controller.worker, try_keyring=False)
dialog.show()
app.processEvents()
# Not typing, logging or argparse: PySide6 imports them itself (a bare window does too).
late = ("json", "ctypes", "dataclasses", "concurrent.futures", "platformdirs", "core.errors", "gui.messages",
        "core.vault", "keyring")
print(" ".join(name for name in late if name in sys.modules))
"""


def test_the_unlock_window_shows_without_the_modules_it_does_not_need(tmp_path):
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # no settings file: json stays unloaded
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "vigie.vault")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "", f"imported before the unlock window: {result.stdout.strip()}"
