"""The one-line verdict of a scan, as a code and figures (the GUI translates it, the CLI and PDF print French).

It never says that nothing is reachable from the Internet: UPnP lists only the rules programs opened, never the
rules typed into the box nor its DMZ, so even a box read completely leaves a manual check to do.
"""

from __future__ import annotations

from enum import StrEnum

from core.exposure.findings import BoxState, ScanResult, Severity
from core.wording import count


class Verdict(StrEnum):
    CRITICAL = "critical"  # something is, or can be, reachable from the Internet
    BOX_COMPLETE = "box_complete"  # the box's UPnP list read to its end, nothing critical in it
    BOX_PARTIAL = "box_partial"  # part of the list read, nothing critical in that part
    BOX_NOT_CHECKED = "box_not_checked"  # the box could not be read
    BOX_SKIPPED = "box_skipped"  # the user chose not to ask the box


def verdict(scan: ScanResult) -> Verdict:
    if scan.count(Severity.CRITICAL):
        return Verdict.CRITICAL
    state = scan.router.box_state
    if state is BoxState.COMPLETE:
        return Verdict.BOX_COMPLETE
    if state is BoxState.PARTIAL:
        return Verdict.BOX_PARTIAL
    return Verdict.BOX_SKIPPED if scan.router.reason == "skipped" else Verdict.BOX_NOT_CHECKED


def verdict_text(scan: ScanResult) -> str:
    """French text of :func:`verdict` (command line and PDF)."""
    code = verdict(scan)
    reason = scan.router.reason_text or "raison non précisée"
    if code is Verdict.CRITICAL:
        return (
            f"{count(scan.count(Severity.CRITICAL), 'problème critique', 'problèmes critiques')} : des éléments "
            "du cabinet sont, ou peuvent "
            "être, accessibles depuis Internet. Corrigez-les en priorité, puis relancez la vérification."
        )
    if code is Verdict.BOX_COMPLETE:
        return (
            "La liste UPnP de la box a été lue en entier et ne contient rien de critique. Elle ne montre ni les "
            "redirections saisies à la main (NAT/PAT) ni la DMZ : vérifiez-les dans la box (voir « À vérifier "
            "à la main »)."
        )
    if code is Verdict.BOX_PARTIAL:
        return (
            f"La box n'a été lue qu'en partie ({reason}) : ce qui a été lu ne contient rien de critique, mais "
            "d'autres redirections peuvent manquer. Relancez la vérification et contrôlez la box à la main."
        )
    if code is Verdict.BOX_SKIPPED:
        return (
            "La box n'a pas été interrogée : seul cet ordinateur a été vérifié. Ce qui est accessible depuis "
            "Internet reste inconnu."
        )
    return (
        f"La box n'a pas pu être vérifiée ({reason}) : Vigie ne peut rien dire de ce qui est accessible depuis "
        "Internet. Vérifiez la box à la main (voir « Box non vérifiée »)."
    )
