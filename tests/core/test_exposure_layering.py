"""The exposure core runs without Qt, and registering the command stays light (no psutil, reportlab, vault)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _loaded_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    return set(out.split())


def test_exposure_core_never_imports_qt():
    modules = [p.stem for p in (ROOT / "core" / "exposure").glob("*.py") if p.stem != "__init__"]
    code = "\n".join(f"import core.exposure.{m}" for m in modules)
    code += (
        "\nimport core.services.exposure, core.storage.repositories.exposure, core.reports.exposure_report"
    )
    code += "\nimport core.commands.exposure, core.demo.exposure"
    loaded = _loaded_after(code)
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6", "gui"))}


def test_command_registration_is_light():
    loaded = _loaded_after("import core.commands.exposure")
    assert not {"psutil", "reportlab", "core.vault", "core.exposure.scan"} & loaded
