#!/usr/bin/env python3
"""Set-up-free entry points for a fresh machine with Python 3.11+ (3.12 or 3.13 used when present, see
:func:`base_python`).

    python3 dev.py app [options]     create .venv if needed, install the pinned dependencies, start Vigie
    python3 dev.py test [pytest args] the same set-up, then the whole test suite (Qt offscreen)

The virtual environment lives in .venv beside this file and holds one set of dependencies serving both
commands (the application's and the tests'); it is reinstalled only when pyproject.toml changes them.
Translations (.ts -> .qm) are compiled before each run. On Linux, `app` first checks that the system
libraries of Qt's window plugin (xcb) are present, and `test` those of the offscreen plugin: as root the
missing ones are installed with apt-get, otherwise the one command to run is printed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".vigie-deps"

# Libraries Qt's platform plugins load (the xcb window plugin for `app`, the offscreen one for `test`), with the
# Debian/Ubuntu package that ships each. A desktop has them all; a minimal install usually lacks a few
# (libxcb-icccm4, libxcb-keysyms1, or libegl1 and libfontconfig1 on a bare server).
XCB_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGLdispatch.so.0": "libglvnd0",
    "libGLX.so.0": "libglx0",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
}


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def requirements() -> list[str]:
    """The application's and the tests' dependencies: one set, so `app` and `test` share one install."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"]) + list(project["optional-dependencies"]["test"])


def _version_of(python: str) -> tuple[int, int] | None:
    """(major, minor) of an interpreter that runs and can make a virtual environment, else None."""
    try:
        out = subprocess.run(
            [python, "-c", "import sys, venv, ensurepip; print(*sys.version_info[:2])"],
            capture_output=True, text=True, check=False, timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    parts = out.stdout.split()
    return (int(parts[0]), int(parts[1])) if out.returncode == 0 and len(parts) == 2 else None


def base_python() -> tuple[str, tuple[int, int]]:
    """The interpreter .venv is made from: Python 3.12 or 3.13 when this machine has one, else this one.

    PySide6 6.12 (the version Vigie is built, tested and measured with) counts on Python 3.12's immortal None and
    True: on 3.11 every call of a Qt method that returns nothing takes a reference from None, and the interpreter
    aborts within a session. A machine with only 3.11 (Debian 12) gets PySide6 6.11.3 instead (pyproject.toml).
    """
    here = (sys.version_info[0], sys.version_info[1])
    if here >= (3, 12):
        return sys.executable, here
    candidates = [shutil.which(name) for name in ("python3.12", "python3.13")]
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    for minor in ("3.12", "3.13"):
        candidates += [str(p / "bin" / f"python{minor}") for p in sorted((pyenv_root / "versions").glob(f"{minor}.*"))]
    for candidate in candidates:
        if candidate and (version := _version_of(candidate)) and version >= (3, 12):
            return candidate, version
    return sys.executable, here


def _venv_version() -> tuple[int, int] | None:
    cfg = VENV / "pyvenv.cfg"
    if not cfg.exists():
        return None
    for line in cfg.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        if key.strip() in ("version", "version_info"):
            numbers = value.strip().split(".")
            if len(numbers) >= 2 and numbers[0].isdigit() and numbers[1].isdigit():
                return int(numbers[0]), int(numbers[1])
    return None


def ensure_venv() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py itself may be started by an old python3
        sys.exit("Vigie demande Python 3.11 ou plus récent.")
    base, version = base_python()
    if venv_python().exists() and _venv_version() != version:
        print(f"Python {version[0]}.{version[1]} disponible : l'environnement .venv est refait.", flush=True)
        shutil.rmtree(VENV)
    if not venv_python().exists():
        print(f"Création de l'environnement .venv (Python {version[0]}.{version[1]}) …", flush=True)
        if base == sys.executable:
            venv.EnvBuilder(with_pip=True).create(VENV)
        else:
            subprocess.run([base, "-m", "venv", str(VENV)], check=True)
    reqs = requirements()
    digest = hashlib.sha256("\n".join(reqs).encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != digest:
        print("Installation des dépendances …", flush=True)
        py = str(venv_python())
        subprocess.run(
            [py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *reqs], check=True
        )
        STAMP.write_text(digest)
    return venv_python()


def missing_sonames(ldd_output: str) -> list[str]:
    """Library names `ldd` reports as "not found", in order, without repeats."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, sep, rest = line.strip().partition(" => ")
        if sep and rest.strip().startswith("not found") and name not in missing:
            missing.append(name)
    return missing


def packages_for(sonames: list[str]) -> tuple[list[str], list[str]]:
    """(Debian packages to install, library names no known package provides)."""
    packages: list[str] = []
    unknown: list[str] = []
    for soname in sonames:
        package = XCB_PACKAGES.get(soname)
        if package is None:
            unknown.append(soname)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def install_command(packages: list[str], as_root: bool) -> list[str]:
    return [*([] if as_root else ["sudo"]), "apt-get", "install", "-y", *packages]


def xcb_plugin(py: str, name: str = "libqxcb.so") -> Path | None:
    out = subprocess.run(
        [py, "-c", "import PySide6, os; print(os.path.dirname(PySide6.__file__))"],
        capture_output=True, text=True, check=False,
    ).stdout.strip()
    plugin = Path(out) / "Qt" / "plugins" / "platforms" / name
    return plugin if out and plugin.exists() else None


def check_qt_window_libraries(py: str, plugin_name: str = "libqxcb.so", command: str = "app") -> bool:
    """On Linux, make sure a Qt platform plugin can load; install what is missing when root. False: cannot run."""
    if not sys.platform.startswith("linux"):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if plugin_name == "libqxcb.so" and platform and not platform.startswith("xcb"):
        return True
    plugin = xcb_plugin(py, plugin_name)
    if plugin is None or shutil.which("ldd") is None:
        return True
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    missing = missing_sonames(ldd)
    if not missing:
        return True
    packages, unknown = packages_for(missing)
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if packages and as_root and shutil.which("apt-get"):
        print("Installation des bibliothèques de la fenêtre Qt : " + " ".join(packages), flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        done = subprocess.run(install_command(packages, True), env=env, check=False).returncode == 0
        if not done:  # a fresh container has no package lists yet
            subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
            done = subprocess.run(install_command(packages, True), env=env, check=False).returncode == 0
        if done and not unknown:
            return True
    print("Qt ne peut pas ouvrir de fenêtre : il manque " + ", ".join(missing) + ".", file=sys.stderr)
    if packages:
        print(f"Installez-les avec cette commande, puis relancez python3 dev.py {command} :", file=sys.stderr)
        print("    " + " ".join(install_command(packages, as_root)), file=sys.stderr)
    if unknown:
        print("Cherchez le paquet de votre distribution qui fournit : " + ", ".join(unknown), file=sys.stderr)
    return False


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    py = str(ensure_venv())
    subprocess.run([py, str(ROOT / "tools" / "i18n.py"), "build"], check=True, cwd=ROOT)
    if command == "app":
        if not check_qt_window_libraries(py):
            return 1
        return subprocess.call([py, str(ROOT / "main.py"), *rest], cwd=ROOT)
    if not check_qt_window_libraries(py, "libqoffscreen.so", "test"):  # the tests draw offscreen
        return 1
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([py, "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
