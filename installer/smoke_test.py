#!/usr/bin/env python3
"""Smoke test of the built bundle (dist/vigie/, made by installer/build.py). Exit status non-zero on any failure.

    .venv/bin/python installer/smoke_test.py [--bundle dist/vigie]

Runs the bundled executable, never the sources: ``--version`` (must be pyproject's version), ``vault create`` then
``vault check`` on a temporary vault, ``demo`` on another, ``assess`` on installer/sample-facts.json when this
build has that command (skipped with a notice otherwise), and starts the GUI offscreen on a vault path that does
not exist (first-run wizard): it passes if the GUI is still running after a few seconds. On Linux it also checks
that every shared library in the bundle resolves (the spec trims Qt plugins and their libraries).

Everything runs in a temporary HOME / data / config folder with the keyring disabled
(``PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring``), so the test never touches the user's real vault,
settings or keychain.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_FACTS = ROOT / "installer" / "sample-facts.json"
GUI_SECONDS = 3.0
TIMEOUT = 120


class Smoke:
    def __init__(self, bundle: Path, home: Path) -> None:
        self.bundle = bundle
        self.home = home
        self.passed = 0
        self.failed: list[str] = []
        exe = ".exe" if os.name == "nt" else ""
        self.gui_exe = bundle / f"vigie{exe}"
        # On Windows the windowed "vigie.exe" has no console: the headless commands go through vigie-cli.exe.
        cli = bundle / f"vigie-cli{exe}"
        self.cli_exe = cli if cli.exists() else self.gui_exe
        self.env = {
            **os.environ,
            "VIGIE_PASSPHRASE": "cheval agrafe batterie correcte 2026",
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "HOME": str(home),
            "USERPROFILE": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"),
            "LOCALAPPDATA": str(home / "localappdata"),
            "APPDATA": str(home / "appdata"),
        }
        for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            self.env.pop(name, None)

    # --- helpers ---------------------------------------------------------------------------------------------------
    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.cli_exe), *args],
            env=self.env,
            cwd=self.home,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT,
        )

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"ok    {name}", flush=True)
        else:
            self.failed.append(name)
            print(f"ÉCHEC {name}", flush=True)
            if detail:
                print("      " + detail.strip().replace("\n", "\n      "), flush=True)
        return ok

    def check_run(self, name: str, *args: str) -> subprocess.CompletedProcess[str] | None:
        started = time.monotonic()
        try:
            proc = self.run(*args)
        except subprocess.TimeoutExpired:
            self.check(name, False, f"no answer after {TIMEOUT} s")
            return None
        took = time.monotonic() - started
        ok = proc.returncode == 0 and "Traceback" not in proc.stderr
        self.check(
            f"{name} ({took:.1f} s)",
            ok,
            f"exit {proc.returncode}\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}",
        )
        return proc if ok else None

    # --- the checks ------------------------------------------------------------------------------------------------
    def files(self) -> None:
        internal = self.bundle / "_internal"
        if not internal.is_dir():  # macOS .app layout or an older PyInstaller: fall back to the bundle root
            internal = self.bundle
        sys.path.insert(0, str(ROOT / "tools"))
        import i18n

        wanted = [
            "pyproject.toml",
            "resources/professions.json",
            *(qm.relative_to(ROOT).as_posix() for qm in i18n.qm_files()),
            "core/storage/migrations/0001_initial.sql",
        ]
        missing = [w for w in wanted if not (internal / w).is_file()]
        qt_fr = list(internal.rglob("qtbase_fr.qm"))
        entry_points = list(internal.glob("keyring-*.dist-info/entry_points.txt"))
        self.check(
            "bundle files (resources, .qm, migrations, version source, Qt French, keyring metadata)",
            not missing and bool(qt_fr) and bool(entry_points),
            f"missing: {missing}, qtbase_fr.qm: {bool(qt_fr)}, keyring entry points: {bool(entry_points)}",
        )
        sources = sorted(p.name for p in (ROOT / "core" / "storage" / "migrations").glob("*.sql"))
        bundled = sorted(p.name for p in (internal / "core" / "storage" / "migrations").glob("*.sql"))
        self.check(
            "every migration file is bundled", sources == bundled, f"sources {sources}, bundle {bundled}"
        )

    def frozen_modules(self) -> None:
        """keyring finds its backends through entry points: the metadata and every backend module must be in."""
        try:
            from PyInstaller.archive.readers import CArchiveReader
        except ImportError:
            print("note  PyInstaller is not importable here: frozen module list not checked", flush=True)
            return
        names = set(CArchiveReader(str(self.gui_exe)).open_embedded_archive("PYZ.pyz").toc)
        internal = self.bundle / "_internal"
        backends: list[str] = []
        for entry_points in internal.glob("keyring-*.dist-info/entry_points.txt"):
            group = ""
            for line in entry_points.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if line.startswith("["):
                    group = line.strip("[]")
                elif group == "keyring.backends" and "=" in line:
                    backends.append(line.split("=", 1)[1].strip().split(":")[0])
        wanted = [*backends, "keyring.backends.fail", "zxcvbn.frequency_lists", "tzdata", "zoneinfo"]
        if sys.platform.startswith("linux"):
            wanted += ["secretstorage", "jeepney"]  # Secret Service backend
        elif os.name == "nt":
            wanted += ["win32ctypes"]  # Windows Credential Manager backend
        missing = [m for m in wanted if m not in names]
        self.check(
            f"keyring backends ({len(backends)} entry points) and dynamic imports are in the bundle",
            bool(backends) and not missing,
            f"entry points: {backends}, missing: {missing}",
        )
        leaked = [
            m for m in ("PIL", "pytest", "hypothesis", "PySide6.QtNetwork", "PySide6.QtQml") if m in names
        ]
        self.check("no test tool, Pillow or unused Qt module in the bundle", not leaked, f"found: {leaked}")

    def libraries(self) -> None:
        if not sys.platform.startswith("linux") or not shutil.which("ldd"):
            return
        internal = self.bundle / "_internal"
        search = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
        missing: set[str] = set()
        for lib in internal.rglob("*.so*"):
            if not lib.is_file() or lib.is_symlink():
                continue
            out = subprocess.run(
                ["ldd", str(lib)],
                capture_output=True,
                text=True,
                env={**os.environ, "LD_LIBRARY_PATH": search},
            ).stdout
            for line in out.splitlines():
                if "not found" in line:
                    missing.add(f"{lib.relative_to(internal)}: {line.strip()}")
        self.check("every bundled library resolves (ldd)", not missing, "\n".join(sorted(missing)[:20]))

    def version(self) -> None:
        expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
        proc = self.check_run("--version", "--version")
        if proc is not None:
            self.check(
                f"--version prints {expected}",
                proc.stdout.strip() == f"Vigie {expected}",
                f"stdout: {proc.stdout!r}",
            )

    def vault(self) -> None:
        path = self.home / "vault" / "vigie.vault"
        path.parent.mkdir()
        if self.check_run("vault create", "vault", "create", "--vault", str(path)) is None:
            return
        self.check(
            "vault file written", path.is_file() and path.with_name(path.name + ".keys.json").is_file()
        )
        self.check_run("vault check", "vault", "check", "--vault", str(path))

    def demo(self) -> None:
        path = self.home / "demo" / "vigie.vault"
        path.parent.mkdir()
        if self.check_run("demo", "demo", "--vault", str(path)) is not None:
            self.check_run("vault check (demo)", "vault", "check", "--vault", str(path))

    def assess(self) -> None:
        proc = self.check_run("--help", "--help")
        if proc is None:
            return
        if not re.search(r"^\s+assess\s", proc.stdout, re.MULTILINE):
            print(
                "note  `assess` is not in this build (--help does not list it): assess check skipped",
                flush=True,
            )
            return
        proc = self.check_run("assess", "assess", str(SAMPLE_FACTS))
        if proc is None:
            return
        try:
            out = json.loads(proc.stdout)
        except ValueError as exc:
            self.check("assess prints JSON", False, f"{exc}: {proc.stdout[:500]}")
            return
        fields = {
            "is_personal_data_breach",
            "severity",
            "risk",
            "notify_authority",
            "inform_subjects",
            "art34_exemption",
            "deadline",
            "reasons",
        }
        self.check("assess answer has every field", fields <= set(out), f"got {sorted(out)}")
        # Aware 27 March 2026 10:00 Paris; +72 h crosses the change to summer time (tzdata in the bundle).
        self.check(
            "assess: notify the CNIL, deadline across the DST change",
            out.get("notify_authority") is True and out.get("deadline") == "2026-03-30T11:00:00+02:00",
            f"notify_authority={out.get('notify_authority')!r} deadline={out.get('deadline')!r}",
        )

    def gui(self) -> None:
        path = self.home / "absent" / "vigie.vault"  # does not exist: the first-run wizard opens
        log = self.home / "gui-stderr.txt"
        with log.open("w", encoding="utf-8") as err:
            proc = subprocess.Popen(
                [str(self.gui_exe), "--vault", str(path)],
                env=self.env,
                cwd=self.home,
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
            try:
                code = proc.wait(timeout=GUI_SECONDS)
            except subprocess.TimeoutExpired:
                code = None
                proc.kill()
                proc.wait(timeout=30)
        text = log.read_text(encoding="utf-8", errors="replace")
        alive = code is None
        self.check(
            f"GUI starts offscreen and is still running after {GUI_SECONDS:.0f} s",
            alive and "Traceback" not in text and "ImportError" not in text,
            f"exit {code}\n{text[-3000:]}",
        )

    def run_all(self) -> int:
        print(f"Bundle: {self.bundle}  (CLI: {self.cli_exe.name}, GUI: {self.gui_exe.name})", flush=True)
        for exe in {self.gui_exe, self.cli_exe}:
            if not exe.is_file():
                print(f"ÉCHEC {exe} is missing: build it with installer/build.py")
                return 1
        self.files()
        self.frozen_modules()
        self.libraries()
        self.version()
        self.vault()
        self.demo()
        self.assess()
        self.gui()
        status = "ok" if not self.failed else "ÉCHEC: " + ", ".join(self.failed)
        # Worded so that CI does not mistake it for the test runner's closing line.
        print(f"Bundle smoke test: {self.passed} checks ok, {len(self.failed)} failing")
        print(f"bundle smoke test {status}")
        return 0 if not self.failed else 1


def main(argv: list[str]) -> int:
    bundle = ROOT / "dist" / "vigie"
    if "--bundle" in argv:
        bundle = Path(argv[argv.index("--bundle") + 1]).resolve()
    home = Path(tempfile.mkdtemp(prefix="vigie-smoke-"))
    try:
        return Smoke(bundle, home).run_all()
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
