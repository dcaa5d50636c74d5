#!/usr/bin/env python3
"""Qt translations. Source strings are French (the default language); English lives in .ts files.

One .ts file per gui/ source file (resources/translations/en/<module>.ts), so that features never edit the
same translation file; ``build`` merges them all into resources/translations/vigie_en.qm.

Plurals: a count goes in the text as ``%n`` (``self.tr("%n activité(s)", "", count)``). Qt then picks the
form from the catalogue of the language shown, French included: ``update`` also writes
resources/translations/fr/<module>.ts holding only those messages, with the French forms derived from the
source ("activité(s)" gives "activité" for 0 and 1, "activités" from 2), compiled into vigie_fr.qm.

Qt's own dialogs (file dialog, print dialog) take their words from Qt's catalogue qtbase_<lang>.qm, which lags
behind Qt's sources. resources/translations/qt/qtbase_<lang>.ts holds, written by hand, the messages it lacks
(Qt's exact contexts and sources); ``build`` compiles each into resources/translations/vigie_qtbase_<lang>.qm.

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
FR_DIR = ROOT / "resources" / "translations" / "fr"
FR_QM_FILE = ROOT / "resources" / "translations" / "vigie_fr.qm"
QT_DIR = ROOT / "resources" / "translations" / "qt"
_PLURAL_MARK = re.compile(r"\((s|x|es)\)")


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


def update(ts_dir: Path = TS_DIR) -> None:
    """Refresh ``ts_dir`` from the sources (the test suite runs it on a copy to detect untranslated text)."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    lupdate = _tool("lupdate")
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
    if ts_dir == TS_DIR:
        update_plurals()


def french_forms(source: str) -> tuple[str, str]:
    """The French singular (0 and 1) and plural of a source text written with "(s)" marks."""
    return _PLURAL_MARK.sub("", source), _PLURAL_MARK.sub(lambda m: m.group(1), source)


def update_plurals(fr_dir: Path = FR_DIR) -> None:
    """The French catalogue of ``%n`` messages only, each filled with its two forms."""
    import xml.etree.ElementTree as ET

    fr_dir.mkdir(parents=True, exist_ok=True)
    lupdate = _tool("lupdate")
    wanted = set()
    for src in sources():
        ts = ts_name(src, fr_dir)
        subprocess.run(
            [lupdate, "-silent", "-locations", "none", "-no-obsolete", "-pluralonly",
             "-source-language", "fr_FR", "-target-language", "fr_FR", str(src), "-ts", str(ts)],
            check=True,
        )
        root = ET.parse(ts).getroot()
        messages = [m for m in root.iter("message") if m.get("numerus") == "yes"]
        if not messages:
            ts.unlink()
            continue
        wanted.add(ts)
        for message in messages:
            translation = message.find("translation")
            forms = french_forms(message.findtext("source") or "")
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            translation.text = "\n            "
            for form in forms:
                node = ET.SubElement(translation, "numerusform")
                node.text = form
                node.tail = "\n            "
            node.tail = "\n        "
        ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    for stale in fr_dir.glob("*.ts"):
        if stale not in wanted:
            stale.unlink()


def qt_complements() -> list[tuple[Path, Path]]:
    """Each hand-written complement of a Qt catalogue and the .qm it compiles to."""
    return [(ts, ts.parent.parent / f"vigie_{ts.stem}.qm") for ts in sorted(QT_DIR.glob("*.ts"))]


def qm_files() -> list[Path]:
    """Every catalogue the app loads (what ``build`` writes and the bundle must carry)."""
    return [QM_FILE, FR_QM_FILE, *(qm for _, qm in qt_complements())]


def build() -> None:
    force = os.environ.get("VIGIE_I18N_FORCE") == "1"
    catalogues = [(sorted(TS_DIR.glob("*.ts")), QM_FILE), (sorted(FR_DIR.glob("*.ts")), FR_QM_FILE)]
    catalogues += [([ts], qm) for ts, qm in qt_complements()]
    for files, qm in catalogues:
        if not files:
            continue
        newest = max(f.stat().st_mtime for f in files)
        if qm.exists() and qm.stat().st_mtime >= newest and not force:
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
