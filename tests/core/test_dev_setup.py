"""dev.py: one dependency set for `app` and `test`, and the check of Qt's window-plugin libraries."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
import dev  # noqa: E402

LDD = """\
\tlinux-vdso.so.1 (0x00007f6648215000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f664812a000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibfoo-unknown.so.3 => not found
"""


def test_missing_libraries_are_read_from_ldd_without_repeats():
    assert dev.missing_sonames(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libfoo-unknown.so.3"]


def test_missing_libraries_map_to_debian_packages():
    packages, unknown = dev.packages_for(dev.missing_sonames(LDD))
    assert packages == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert unknown == ["libfoo-unknown.so.3"]
    assert dev.install_command(packages, as_root=False) == [
        "sudo", "apt-get", "install", "-y", "libxcb-icccm4", "libxcb-keysyms1"]
    assert dev.install_command(packages, as_root=True)[0] == "apt-get"


def test_readme_lists_every_package_dev_py_may_install():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
                    "libxcb-render-util0", "libxcb-xkb1", "libxkbcommon-x11-0", "libxcb-shape0",
                    "libxcb-randr0"):
        assert package in readme
        assert package in dev.XCB_PACKAGES.values()


def test_app_and_test_share_one_dependency_set():
    reqs = dev.requirements()
    assert any(r.startswith("PySide6") for r in reqs) and any(r.startswith("pytest==") for r in reqs)
    assert "with_tests" not in dev.ensure_venv.__code__.co_varnames


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="Linux only")
@pytest.mark.parametrize("name", ["libqxcb.so", "libqoffscreen.so"])
def test_every_graphics_library_the_installed_plugins_load_has_a_known_package(name):
    plugin = dev.xcb_plugin(sys.executable, name)
    if plugin is None:
        pytest.skip(f"PySide6 without {name}")
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    names = [line.split(" => ")[0].strip() for line in out.splitlines() if " => " in line]
    graphics = [
        n for n in names
        if n.startswith(("libxcb", "libxkb", "libX11", "libGL", "libEGL", "libfontconfig", "libdbus", "libglib"))
    ]
    assert graphics and all(n in dev.XCB_PACKAGES for n in graphics), [n for n in graphics if n not in dev.XCB_PACKAGES]


def test_not_root_prints_the_one_line_command_and_refuses_to_start(monkeypatch, capsys):
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(dev, "xcb_plugin", lambda py, name="libqxcb.so": Path("/x/libqxcb.so"))
    monkeypatch.setattr(dev.shutil, "which", lambda name: "/usr/bin/" + name)
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000, raising=False)
    calls = []

    def fake_run(cmd, **kwargs):
        calls.append(cmd)
        return subprocess.CompletedProcess(cmd, 0, stdout=LDD.replace("\tlibfoo-unknown.so.3 => not found\n", ""))

    monkeypatch.setattr(dev.subprocess, "run", fake_run)
    assert dev.check_qt_window_libraries("python") is False
    assert calls == [["ldd", "/x/libqxcb.so"]]  # nothing installed without root
    err = capsys.readouterr().err
    assert "    sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1\n" in err


def test_root_installs_the_missing_packages(monkeypatch):
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(dev, "xcb_plugin", lambda py, name="libqxcb.so": Path("/x/libqxcb.so"))
    monkeypatch.setattr(dev.shutil, "which", lambda name: "/usr/bin/" + name)
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0, raising=False)
    calls = []

    def fake_run(cmd, **kwargs):
        calls.append(cmd)
        out = LDD.replace("\tlibfoo-unknown.so.3 => not found\n", "") if cmd[0] == "ldd" else ""
        return subprocess.CompletedProcess(cmd, 0, stdout=out)

    monkeypatch.setattr(dev.subprocess, "run", fake_run)
    assert dev.check_qt_window_libraries("python") is True
    assert calls[1] == ["apt-get", "install", "-y", "libxcb-icccm4", "libxcb-keysyms1"]


def test_the_venv_is_made_with_python_3_12_or_3_13_when_the_machine_has_one(monkeypatch, tmp_path):
    """PySide6 6.12 needs Python 3.12+ (immortal None and True); 3.11 stays the fallback (with PySide6 6.11.3)."""
    import types

    fake_sys = types.SimpleNamespace(version_info=(3, 11, 7), executable="/usr/bin/python3.11")
    monkeypatch.setattr(dev, "sys", fake_sys)
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path))
    monkeypatch.setattr(dev.shutil, "which", lambda name: f"/opt/{name}" if name == "python3.13" else None)
    monkeypatch.setattr(dev, "_version_of", lambda python: (3, 13) if python == "/opt/python3.13" else None)
    assert dev.base_python() == ("/opt/python3.13", (3, 13))
    monkeypatch.setattr(dev, "_version_of", lambda python: None)  # nothing newer runs: this interpreter
    assert dev.base_python() == ("/usr/bin/python3.11", (3, 11))


def test_pyside_is_pinned_per_python_version():
    import tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    pyside = sorted(d for d in deps if d.startswith("PySide6"))
    assert pyside == [
        "PySide6-Essentials==6.11.3; python_version < '3.12'",
        "PySide6-Essentials==6.12.0; python_version >= '3.12'",
    ]
