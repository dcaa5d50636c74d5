"""PDF of one exposure scan: the verdict first, then each finding by severity with what to do, then limits."""

from __future__ import annotations

from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from core.clock import format_paris
from core.exposure.checklist_map import Answer, propose
from core.exposure.findings import Finding, ScanResult, Severity
from core.reports.base import build_pdf, field_table, grid_table, para, rich
from core.wording import count

SECTION_TITLES = {
    Severity.CRITICAL: "Critique : accessible depuis Internet ou dangereux, à corriger sans attendre",
    Severity.WARNING: "À vérifier : à examiner avec votre prestataire",
    Severity.INFO: "Pour information",
}
SECTION_COLORS = {Severity.CRITICAL: "#a4262c", Severity.WARNING: "#b26a00", Severity.INFO: "#1f4e79"}
ANSWER_FR = {Answer.YES: "Oui (proposé)", Answer.NO: "Non (proposé)", Answer.UNKNOWN: "À vérifier"}
LIMITS = (
    "La vérification regarde ce poste et ce que la box déclare par UPnP. Elle ne voit pas : le mode DMZ de la "
    "box, les redirections d'une box dont l'UPnP est coupé, le pare-feu IPv6 d'une box qui ne le déclare pas, ni "
    "les programmes des autres ordinateurs du cabinet. Elle n'a rien modifié : ni la box, ni le pare-feu, ni "
    "aucun programme. Pour une vue depuis Internet, faites faire un contrôle externe par votre prestataire au "
    "moins une fois par an."
)


def evidence_label(scan_id: int, digest: str) -> str:
    """How a saved scan is cited on paper: its number and the start of its SHA-256 digest."""
    return f"vérification n° {scan_id}, empreinte SHA-256 {digest[:16]}…"


def box_name(*parts: str | None) -> str:
    """ "Livebox 6 (Sagemcom)" rather than "Livebox 6 Sagemcom Livebox 6": each part once."""
    shown: list[str] = []
    for part in parts:
        if part and not any(part.lower() in s.lower() for s in shown):
            shown.append(part)
    if not shown:
        return "box"
    return shown[0] + (f" ({', '.join(shown[1:])})" if len(shown) > 1 else "")


def verdict(scan: ScanResult) -> str:
    critical = scan.count(Severity.CRITICAL)
    warning = scan.count(Severity.WARNING)
    if critical:
        return (
            f"{count(critical, 'constat critique', 'constats critiques')} : des éléments du cabinet sont, ou peuvent être, accessibles "
            "depuis Internet. Corrigez-les en priorité, puis relancez la vérification."
        )
    if warning:
        return (
            f"Rien n'a été trouvé d'accessible depuis Internet, mais {count(warning, 'point est', 'points sont')} à vérifier avec "
            "votre prestataire."
        )
    return "Rien n'a été trouvé d'accessible depuis Internet, et aucun point n'est à vérifier."


def _finding_block(finding: Finding) -> Flowable:
    rows: list[tuple[str, str]] = []
    if finding.address:
        rows.append(("Adresse", finding.address))
    if finding.port is not None:
        rows.append(("Port", f"{(finding.protocol or '').upper()} {finding.port}".strip()))
    if finding.program:
        rows.append(("Programme", finding.program))
    parts: list[Flowable] = [para(finding.title, "h2")]
    if rows:
        parts += [field_table(rows, label_width=30 * mm), Spacer(1, 2 * mm)]
    parts.append(para(finding.advice))
    return KeepTogether(parts)


def render(
    scan: ScanResult, out: BinaryIO, *, note: str = "", practice_name: str = "", evidence: str = ""
) -> None:
    """``evidence`` identifies the saved scan (number and digest) when the report is made from the vault."""
    when = format_paris(scan.finished_at)
    router = scan.router
    if router.answered:
        box = box_name(router.friendly_name, router.manufacturer, router.model)
        box_text = f"a répondu ({box}), {count(router.mapping_count, 'redirection déclarée', 'redirections déclarées')}"
    else:
        box_text = "n'a pas répondu ou n'a pas été interrogée : vérification manuelle nécessaire"
    story: list[Flowable] = [
        para("Vérification de l'exposition du cabinet", "title"),
        para(f"{practice_name + ' — ' if practice_name else ''}vérification du {when}", "subtitle"),
        para(verdict(scan), "alert" if scan.count(Severity.CRITICAL) else "body"),
        Spacer(1, 4 * mm),
        field_table(
            [
                ("Date de la vérification", when),
                ("Box internet", box_text),
                ("Adresse publique", router.external_ip or "non communiquée"),
                (
                    "Constats",
                    f"{count(scan.count(Severity.CRITICAL), 'critique', 'critiques')}, "
                    f"{scan.count(Severity.WARNING)} à vérifier, "
                    f"{scan.count(Severity.INFO)} pour information",
                ),
                ("Système", scan.platform or "non précisé"),
                *([("Note", note)] if note else []),
                *([("Preuve enregistrée", evidence)] if evidence else []),
            ]
        ),
    ]
    for severity in (Severity.CRITICAL, Severity.WARNING, Severity.INFO):
        items = [f for f in scan.findings if f.severity is severity]
        if not items:
            continue
        heading = f'<font color="{SECTION_COLORS[severity]}">{escape(SECTION_TITLES[severity])}</font>'
        story += [CondPageBreak(40 * mm), rich(heading, "h1")]
        for finding in items:
            story += [_finding_block(finding), Spacer(1, 3 * mm)]
    proposals = propose(scan)
    story += [
        CondPageBreak(50 * mm),
        para("Réponses proposées pour la liste de contrôle", "h1"),
        para("À confirmer par vous dans la liste de contrôle de Vigie.", "small"),
        Spacer(1, 2 * mm),
        grid_table(
            ["Point de la liste", "Réponse", "Pourquoi"],
            [[f"{p.label} ({p.item_id})", ANSWER_FR[p.answer], " ".join(p.reasons)] for p in proposals],
            [50 * mm, 25 * mm, 99 * mm],
        ),
        para("Ce que cette vérification ne voit pas", "h1"),
        para(LIMITS),
    ]
    build_pdf(
        out,
        story,
        title="Vérification de l'exposition",
        footer="Vigie — vérification de l'exposition",
        generated_at=scan.finished_at,
    )
