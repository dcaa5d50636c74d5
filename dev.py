#!/usr/bin/env python3
"""Set-up-free entry points for a fresh machine with Python 3.11+.

    python3 dev.py app [options]     create .venv if needed, install the pinned dependencies, start Vigie
    python3 dev.py test [pytest args] the same set-up, then the whole test suite (Qt offscreen)

The virtual environment lives in .venv beside this file; dependencies are reinstalled only when
pyproject.toml changes. Translations (.ts -> .qm) are compiled before each run.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".vigie-deps"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def requirements(with_tests: bool) -> list[str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"])
    if with_tests:
        reqs += project["optional-dependencies"]["test"]
    return reqs


def ensure_venv(with_tests: bool) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py itself may be started by an old python3
        sys.exit("Vigie demande Python 3.11 ou plus récent.")
    if not venv_python().exists():
        print("Création de l'environnement .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    reqs = requirements(with_tests)
    digest = hashlib.sha256("\n".join(reqs).encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != digest:
        print("Installation des dépendances …", flush=True)
        py = str(venv_python())
        subprocess.run(
            [py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *reqs], check=True
        )
        STAMP.write_text(digest)
    return venv_python()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    py = str(ensure_venv(with_tests=command == "test"))
    subprocess.run([py, str(ROOT / "tools" / "i18n.py"), "build"], check=True, cwd=ROOT)
    if command == "app":
        return subprocess.call([py, str(ROOT / "main.py"), *rest], cwd=ROOT)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([py, "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
