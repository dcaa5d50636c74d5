#!/usr/bin/env python3
"""Qt translations. Source strings are French (the default language); English lives in .ts files.

One .ts file per gui/ source file (resources/translations/en/<module>.ts), so that features never edit the
same translation file; ``build`` merges them all into resources/translations/vigie_en.qm.

French is the source language, but a ``%n`` message ("%n lettre(s)") still needs its French plural forms:
``update`` also collects the plural messages alone (``lupdate -pluralonly``) into
resources/translations/fr/plurals.ts, whose two forms (0 or 1, then more) are written by hand, and ``build``
compiles it into vigie_fr.qm, loaded when the interface is in French.

    python tools/i18n.py update   # refresh the .ts files from gui/ (keeps existing translations)
    python tools/i18n.py build    # compile every .ts into the .qm the app loads
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations" / "en"
QM_FILE = ROOT / "resources" / "translations" / "vigie_en.qm"
PLURALS_TS = ROOT / "resources" / "translations" / "fr" / "plurals.ts"
FR_QM_FILE = ROOT / "resources" / "translations" / "vigie_fr.qm"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (
        here / f"pyside6-{name}",
        here / f"pyside6-{name}.exe",
        here / "Scripts" / f"pyside6-{name}.exe",
    ):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} introuvable : installez PySide6 dans cet environnement.")
    return found


def ts_name(source: Path, ts_dir: Path = TS_DIR) -> Path:
    rel = source.relative_to(ROOT).with_suffix("")
    return ts_dir / (".".join(rel.parts) + ".ts")


def sources() -> list[Path]:
    marker = re.compile(r"\.tr\(|translate\(")
    return sorted(p for p in (ROOT / "gui").rglob("*.py") if marker.search(p.read_text(encoding="utf-8")))


def update(ts_dir: Path = TS_DIR, plurals_ts: Path = PLURALS_TS) -> None:
    """Refresh ``ts_dir`` and ``plurals_ts`` from the sources (the test suite runs it on copies to detect
    untranslated text)."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    lupdate = _tool("lupdate")
    plurals_ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            lupdate,
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            "-pluralonly",
            "-source-language",
            "fr_FR",
            "-target-language",
            "fr_FR",
            *map(str, sources()),
            "-ts",
            str(plurals_ts),
        ],
        check=True,
    )
    wanted = set()
    for src in sources():
        ts = ts_name(src, ts_dir)
        wanted.add(ts)
        subprocess.run(
            [
                lupdate,
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "fr_FR",
                "-target-language",
                "en_GB",
                str(src),
                "-ts",
                str(ts),
            ],
            check=True,
        )
    for stale in ts_dir.glob("*.ts"):
        if stale not in wanted:
            stale.unlink()


def build() -> None:
    for files, qm in (
        (sorted(TS_DIR.glob("*.ts")), QM_FILE),
        ([PLURALS_TS] if PLURALS_TS.exists() else [], FR_QM_FILE),
    ):
        if not files:
            continue
        newest = max(f.stat().st_mtime for f in files)
        if qm.exists() and qm.stat().st_mtime >= newest and os.environ.get("VIGIE_I18N_FORCE") != "1":
            continue
        subprocess.run([_tool("lrelease"), "-silent", *map(str, files), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    else:
        print(__doc__)
        sys.exit(2)
