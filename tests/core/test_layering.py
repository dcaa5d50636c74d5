"""The one rule: nothing under core/ imports Qt or the gui package (checked on the AST, not with grep)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

FORBIDDEN_ROOTS = {"PySide6", "shiboken6", "gui", "PyQt4", "PyQt5", "PyQt6", "sip"}


def _forbidden(module: str) -> bool:
    head = module.split(".")[0]
    return head in FORBIDDEN_ROOTS or head.startswith("PyQt")


def _imports(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call):
            # importlib.import_module("x") / __import__("x") with a literal name
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((node.lineno, arg.value))
    return found


def core_files() -> list[Path]:
    return sorted((ROOT / "core").rglob("*.py"))


def test_core_files_found():
    files = core_files()
    assert len(files) > 10
    assert ROOT / "core" / "vault.py" in files


def test_core_never_imports_qt_or_gui():
    offenders = []
    for path in core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, module in _imports(tree):
            if _forbidden(module):
                offenders.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert not offenders, "core/ must stay Qt-free:\n" + "\n".join(offenders)


def test_detector_catches_the_forms_we_care_about():
    samples = {
        "import PySide6.QtCore": True,
        "from PySide6 import QtWidgets": True,
        "from shiboken6 import isValid": True,
        "import PyQt5": True,
        "from gui.app import run": True,
        "import gui": True,
        "importlib.import_module('gui.pages')": True,
        "from core import vault": False,
        "import guidance": False,
        "from .gui import x": False,  # relative: core.gui would be inside core, not the gui package
    }
    for source, expected in samples.items():
        hit = any(_forbidden(m) for _line, m in _imports(ast.parse(source)))
        assert hit is expected, source


# The one exception: a restore moves a hot journal aside *together with* the old vault file it belongs to
# (hard link first), so that SQLite never replays it into the restored file (tests/core/test_restore.py).
JOURNAL_ALLOWED = {"core/storage/staging.py"}


def test_core_never_names_journal_files():
    """The app must never delete or copy a -journal/-wal by hand (a hot journal is the rollback data)."""
    offenders = []
    for path in core_files():
        if path.relative_to(ROOT).as_posix() in JOURNAL_ALLOWED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and any(s in node.value for s in ("-journal", "-wal", "-shm"))
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}")
    assert not offenders, "\n".join(offenders)


def test_core_tests_do_not_import_qt_either():
    offenders = []
    for path in sorted((ROOT / "tests" / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        offenders += [f"{path.relative_to(ROOT)}:{line} {m}" for line, m in _imports(tree) if _forbidden(m)]
    assert not offenders, "\n".join(offenders)


def test_services_and_reports_do_not_import_each_other_in_a_circle():
    """A report renders data; a service may call a report. ``rights_log`` once imported ``RequestView`` from the
    rights service, which imports ``rights_log``: the view lives in the domain now."""
    cycles = []
    for path in sorted((ROOT / "core" / "reports").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        report = "core.reports." + path.stem
        for line, module in _imports(tree):
            if not module.startswith("core.services."):
                continue
            service = ROOT / (module.replace(".", "/") + ".py")
            if service.exists() and report in {m for _l, m in _imports(ast.parse(service.read_text("utf-8")))}:
                cycles.append(f"{path.relative_to(ROOT)}:{line} imports {module}, which imports {report}")
    assert not cycles, "\n".join(cycles)
