"""Every French source string has an English translation with the same placeholders and accelerators."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.gui.qt_version import needs_pyside_6_12

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402

PLACEHOLDER = re.compile(r"%\d+|%n|\{[a-z_]+\}|</?[a-z0-9]+/?>")


def _messages(ts_dir: Path):
    for ts in sorted(ts_dir.glob("*.ts")):
        root = ET.parse(ts).getroot()
        for context in root.iter("context"):
            for message in context.iter("message"):
                yield ts.name, message


def _forms(translation) -> list[str]:  # noqa: ANN001 - Element
    """The translated text, or each plural form of a ``%n`` message (``numerusform``)."""
    if translation is None:
        return []
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)(?=\w)", text.replace("&&", "")))


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> Path:
    """The committed .ts files, refreshed from the current sources on a copy (new strings show up unfinished)."""
    copy = tmp_path_factory.mktemp("ts")
    for ts in i18n.TS_DIR.glob("*.ts"):
        shutil.copy(ts, copy / ts.name)
    i18n.update(copy)
    return copy


def test_every_gui_module_with_text_has_a_translation_file(refreshed):
    expected = {i18n.ts_name(src, refreshed).name for src in i18n.sources()}
    committed = {p.name for p in i18n.TS_DIR.glob("*.ts")}
    assert expected <= committed, f"missing .ts files: {sorted(expected - committed)}"


@needs_pyside_6_12
def test_no_untranslated_text(refreshed):
    missing = []
    for name, message in _messages(refreshed):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if (
            translation is None
            or translation.get("type") in ("unfinished",)
            or not all(form.strip() for form in _forms(translation))
        ):
            if translation is not None and translation.get("type") == "vanished":
                continue
            missing.append(f"{name}: {source!r}")
    assert not missing, "untranslated (run tools/i18n.py update and translate):\n" + "\n".join(missing)


def test_placeholders_and_accelerators_match(refreshed):
    bad = []
    for name, message in _messages(refreshed):
        source = message.findtext("source") or ""
        for translation in _forms(message.find("translation")):
            if not translation:
                continue
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
                bad.append(f"{name}: placeholders differ in {source!r} / {translation!r}")
            if _accelerators(source) != _accelerators(translation):
                bad.append(f"{name}: accelerators differ in {source!r} / {translation!r}")
    assert not bad, "\n".join(bad)


def test_english_catalogue_loads(qtbot):
    from PySide6.QtCore import QCoreApplication, QTranslator

    i18n.build()
    translator = QTranslator()
    assert translator.load(str(i18n.QM_FILE))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("sections", "Registre") != "Registre"
    finally:
        QCoreApplication.removeTranslator(translator)


@needs_pyside_6_12
def test_counts_are_real_plurals_in_french_and_english(qtbot, tmp_path):
    """No "(s)" left for the user to decode: each count goes through Qt's %n plural forms."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    i18n.update_plurals(tmp_path)
    french = sorted(tmp_path.glob("*.ts"))
    assert [p.name for p in french] == sorted(p.name for p in i18n.FR_DIR.glob("*.ts")), "run tools/i18n.py update"
    for ts in french:
        assert ts.read_text(encoding="utf-8") == (i18n.FR_DIR / ts.name).read_text(encoding="utf-8"), ts.name
    sources = []
    for ts in french:
        for message in ET.parse(ts).getroot().iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            sources.append(message.findtext("source"))
            assert len(forms) == 2 and all("(s)" not in f and "%n" in f for f in forms), forms
    assert "%n traitement(s)" in sources
    # a source text with "(s)" and a number must use %n: the number alone cannot choose the form
    offenders = []
    for src in i18n.sources():
        text = src.read_text(encoding="utf-8")
        found = re.findall(r'"[^"\n]*\(s\)[^"\n]*"', text)
        offenders += [f"{src.name}: {m}" for m in found if "%n" not in m]
    assert not offenders, offenders
    i18n.build()
    for qm, one, two in (
        (i18n.FR_QM_FILE, "1 traitement", "2 traitements"),
        (i18n.QM_FILE, "1 activity", "2 activities"),
    ):
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        try:
            assert QCoreApplication.translate("dashboard", "%n traitement(s)", "", 1) == one
            assert QCoreApplication.translate("dashboard", "%n traitement(s)", "", 2) == two
        finally:
            QCoreApplication.removeTranslator(translator)


def test_no_message_is_defined_twice_across_translation_files(tmp_path):
    """lrelease merges every .ts into one catalogue: the same (context, source, comment) in two files would be
    dropped with a warning, and one of the two translations silently lost."""
    seen: dict[tuple[str, str, str], str] = {}
    twice = []
    for ts in sorted(i18n.TS_DIR.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                if key in seen:
                    twice.append((key, seen[key], ts.name))
                seen.setdefault(key, ts.name)
    assert twice == []
    files = sorted(str(p) for p in i18n.TS_DIR.glob("*.ts"))
    done = subprocess.run(
        [i18n._tool("lrelease"), *files, "-qm", str(tmp_path / "check.qm")], capture_output=True, text=True
    )
    assert done.returncode == 0 and "arning" not in done.stdout + done.stderr, done.stdout + done.stderr
