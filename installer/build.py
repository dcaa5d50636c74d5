#!/usr/bin/env python3
"""Build the self-contained Vigie bundle (PyInstaller, one folder) into dist/vigie/.

    python3 installer/build.py            # Linux / macOS
    python installer\\build.py             # Windows (Python 3.12+ preferred)

One command from a fresh clone: creates or reuses .venv exactly as ``dev.py`` does (same pinned dependencies,
same stamp, so ``dev.py test`` and this script never reinstall each other's packages), adds the ``build`` extra
of pyproject.toml (PyInstaller, pinned), compiles the translations, runs PyInstaller with installer/vigie.spec
and prints the bundle's size. The version comes from pyproject.toml only; it is printed on the last line as
``VERSION=x.y.z`` so that a Windows build can hand it to Inno Setup (``iscc /DAppVersion=x.y.z``).

Options: ``--iscc`` (Windows only) also runs Inno Setup's ``iscc`` on installer/vigie.iss afterwards.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "vigie.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "vigie"

sys.path.insert(0, str(ROOT))
import dev  # noqa: E402 - dev.py owns the venv logic; reuse it rather than copy it


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def project_version() -> str:
    return str(pyproject()["project"]["version"])


def ensure_build_tools(py: Path) -> None:
    """Install the ``build`` extra (PyInstaller) into .venv, only when it changed (own stamp file)."""
    reqs = list(pyproject()["project"]["optional-dependencies"]["build"])
    stamp = dev.VENV / ".vigie-build-deps"
    digest = hashlib.sha256("\n".join(reqs).encode()).hexdigest()
    if stamp.exists() and stamp.read_text().strip() == digest:
        return
    print("Installation des outils de construction (PyInstaller) …", flush=True)
    subprocess.run(
        [str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *reqs], check=True
    )
    stamp.write_text(digest)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    started = time.monotonic()
    version = project_version()
    # Same dependency set as `dev.py test`: in CI the venv the tests just used is reused as is.
    py = dev.ensure_venv()
    ensure_build_tools(py)
    # The .qm is not committed: always rebuild it so the bundle never ships a stale catalogue.
    env = {**os.environ, "VIGIE_I18N_FORCE": "1"}
    subprocess.run([str(py), str(ROOT / "tools" / "i18n.py"), "build"], check=True, cwd=ROOT, env=env)
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n

    missing = [qm.relative_to(ROOT).as_posix() for qm in i18n.qm_files() if not qm.is_file()]
    if missing:
        sys.exit(f"{', '.join(missing)} manque(nt) après la compilation des traductions.")
    print(f"Construction de Vigie {version} avec PyInstaller …", flush=True)
    subprocess.run(
        [
            str(py),
            "-m",
            "PyInstaller",
            str(SPEC),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
        ],
        check=True,
        cwd=ROOT,
    )
    if not BUNDLE.is_dir():
        sys.exit(f"{BUNDLE} n'a pas été créé.")
    size = folder_size(BUNDLE)
    files = sum(1 for p in BUNDLE.rglob("*") if p.is_file())
    print(
        f"Bundle : {BUNDLE} — {size / 1_048_576:.1f} Mio, {files} fichiers, "
        f"{time.monotonic() - started:.0f} s"
    )
    if sys.platform == "darwin" and (DIST / "Vigie.app").is_dir():
        print(f"Application macOS : {DIST / 'Vigie.app'}")
    if "--iscc" in argv:
        iscc = shutil.which("iscc") or shutil.which("ISCC")
        if not iscc:
            sys.exit("iscc (Inno Setup 6) introuvable dans le PATH.")
        subprocess.run([iscc, f"/DAppVersion={version}", str(ROOT / "installer" / "vigie.iss")], check=True)
    print(f"VERSION={version}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
