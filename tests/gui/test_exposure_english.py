"""The English exposure page shows findings of every kind in English: titles, advice and per-box guidance."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from core.exposure.findings import Kind
from gui.context import AppContext
from gui.models.exposure_findings import COL_TITLE, FINDING_ROLE
from gui.pages.exposure import ExposurePage
from tests.core.test_exposure_finding_texts import every_kind_scans

# French words that no English sentence holds. Text inside “…” is left out: the boxes' own menu names
# ("Paramètres avancés", "Gestion des ports") and the rules' names are quoted as the box shows them.
FRENCH = re.compile(
    r"\b(le|la|les|des|du|une|est|sont|vous|votre|vos|cet|cette|ce|sur|pour|avec|dans|aucun|aucune|pas|"
    r"ou|et|qui|que|box de|règle|redirection|ordinateur|vérifi\w*|désactiv\w*|programme)\b|[«»]|\b[ldnqs]'",
    re.IGNORECASE,
)


def _french(text: str) -> list[str]:
    unquoted = re.sub(r"\u201c[^\u201d]*\u201d", "", text)
    return [m.group(0) for m in FRENCH.finditer(unquoted)]


def test_english_page_shows_no_french_for_findings_of_every_kind(qtbot, vault, worker, qapp):
    from core.settings import AppSettings
    from gui import i18n
    from tests.gui.test_problems_translated import _build_catalogue

    _build_catalogue()
    i18n.install(qapp, "en")
    try:
        ctx = AppContext(vault=vault, worker=worker, settings=AppSettings(language="en"))
        widget = ExposurePage(ctx)
        qtbot.addWidget(widget)
        kinds = set()
        for scan in every_kind_scans():
            widget.show_result(scan)
            assert not _french(widget.banner.text()), widget.banner.text()
            for row in range(widget.proxy.rowCount()):
                index = widget.proxy.index(row, COL_TITLE)
                finding = widget.proxy.data(index, FINDING_ROLE)
                kinds.add(finding.kind)
                title = widget.proxy.data(index, Qt.ItemDataRole.DisplayRole)
                advice = widget.proxy.data(index, Qt.ItemDataRole.ToolTipRole)
                widget._show_detail(index)
                detail = widget.detail.toPlainText()
                for text in (title, advice, detail):
                    assert not _french(text), (finding.kind, _french(text), text)
                assert title != finding.title  # rendered from the code, not the stored French
        assert kinds == set(Kind)
        assert not _french(widget.proposals.text().replace("<b>", " ").replace("</b>", " ")), (
            widget.proposals.text()
        )
        # The per-box steps are the identified box's, in English.
        widget.show_result(every_kind_scans()[0])
        advice = [
            widget.proxy.data(widget.proxy.index(r, COL_TITLE), Qt.ItemDataRole.ToolTipRole)
            for r in range(widget.proxy.rowCount())
        ]
        assert any("On your Livebox (Orange): open http://192.168.1.1" in a for a in advice)
        # A box's refusal is quoted in English too: only its own words ("Action not authorized") stay as they came.
        assert any("(UPnP error 606 Action not authorized)" in a for a in advice), advice
        assert any(
            "The program that created the rule \u201cImagerie\u201d will recreate it" in a for a in advice
        )
    finally:
        i18n.install(qapp, "fr")


def test_a_scan_stored_before_the_codes_shows_its_french(qtbot, vault, worker, qapp):
    from dataclasses import replace

    from core.settings import AppSettings

    scan = every_kind_scans()[0]
    old = replace(scan, findings=tuple(replace(f, code=None, params=None) for f in scan.findings))
    ctx = AppContext(vault=vault, worker=worker, settings=AppSettings(language="en"))
    widget = ExposurePage(ctx)
    qtbot.addWidget(widget)
    widget.show_result(old)
    titles = {
        widget.proxy.data(widget.proxy.index(r, COL_TITLE), Qt.ItemDataRole.DisplayRole)
        for r in range(widget.proxy.rowCount())
    }
    assert titles == {f.title for f in scan.findings}
