"""``exposure scan``: what this PC and the internet box expose; ``exposure history`` / ``exposure report``."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from core.commands.common import add_vault_option
from core.wording import count

if TYPE_CHECKING:
    from core.exposure.findings import ScanResult


def register(sub: argparse._SubParsersAction) -> None:
    exposure = sub.add_parser("exposure", help="vérifier ce que le cabinet expose sur le réseau et Internet")
    esub = exposure.add_subparsers(dest="exposure_command", metavar="ACTION", required=True)

    scan = esub.add_parser(
        "scan",
        help="lister les ports ouverts de ce poste et les redirections de la box",
        description="Vérifie ce que ce poste et la box internet exposent. Ne modifie rien.",
        epilog=(
            "Codes de sortie : 0 rien de notable, 1 points à vérifier (dont une box non vérifiée ou lue en "
            "partie), 3 au moins un constat critique, 2 arguments invalides. JSON : schéma vigie.exposure/2 "
            "(voir docs/exposure.md)."
        ),
    )
    scan.add_argument(
        "--json",
        action="store_true",
        help="résultat en JSON (schéma vigie.exposure/2 : état de la box et constats)",
    )
    scan.add_argument("--no-upnp", action="store_true", help="ne pas interroger la box internet")
    scan.add_argument(
        "--igd-url", metavar="URL", help="adresse de la description UPnP de la box (évite la recherche)"
    )
    scan.add_argument("--no-firewall", action="store_true", help="ne pas lire l'état du pare-feu Windows")
    scan.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="durée maximale, en secondes, de tout l'échange avec la box (recherche, listes, essai ; 1 à 600)",
    )
    scan.add_argument(
        "--no-probe",
        action="store_true",
        help="ne pas essayer les ports de ce poste par l'adresse Internet de la box",
    )
    scan.add_argument("--pdf", type=Path, metavar="FICHIER", help="écrire aussi le rapport PDF")
    scan.add_argument(
        "--save", action="store_true", help="enregistrer le résultat dans le coffre (avec --vault)"
    )
    scan.add_argument("--note", default="", help="note jointe au résultat enregistré")
    add_vault_option(scan)
    scan.set_defaults(func=_scan)

    history = esub.add_parser("history", help="lister les vérifications enregistrées dans le coffre")
    add_vault_option(history)
    history.set_defaults(func=_history)

    report = esub.add_parser("report", help="rapport PDF d'une vérification enregistrée")
    add_vault_option(report)
    report.add_argument(
        "--id", type=int, default=None, help="numéro de la vérification (la dernière par défaut)"
    )
    report.add_argument("--out", type=Path, required=True, metavar="FICHIER", help="fichier PDF à écrire")
    report.set_defaults(func=_report)


def _scan(args: argparse.Namespace) -> int:
    from core.domain.problems import problem
    from core.errors import InvalidInput
    from core.exposure.scan import ScanOptions, run_scan
    from core.exposure.ssdp import is_local_url

    if args.save and not args.vault:
        raise InvalidInput([problem("--save", "cli.save_needs_vault")])
    if args.igd_url and not is_local_url(args.igd_url):
        raise InvalidInput([problem("--igd-url", "cli.igd_url_not_local")])
    if not 1 <= args.timeout <= 600:
        raise InvalidInput([problem("--timeout", "cli.timeout_range", low=1, high=600)])
    options = ScanOptions(
        upnp=not args.no_upnp,
        igd_url=args.igd_url,
        firewall=not args.no_firewall,
        box_budget=args.timeout,
        probe=not args.no_probe,
    )
    progress = None if args.json else (lambda text: print(text, file=sys.stderr))
    result = run_scan(options, progress=progress)
    if args.json:
        from core.exposure.serialize import command_json

        json.dump(command_json(result), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(summary_text(result))
    if args.pdf:
        _write_pdf(args.pdf, result)
        print(f"Rapport écrit : {args.pdf}", file=sys.stderr)
    if args.save:
        from core.commands.common import open_vault
        from core.services.exposure import ExposureService

        with open_vault(args) as vault:
            stored = ExposureService(vault).save(result, args.note)
        print(f"Résultat enregistré dans le coffre (vérification n° {stored.id}).", file=sys.stderr)
    return exit_code(result)


EXIT_NOTHING, EXIT_WARNINGS, EXIT_BAD_ARGUMENTS, EXIT_CRITICAL = 0, 1, 2, 3


def exit_code(result: ScanResult) -> int:
    """0 nothing notable, 1 warnings (a box not checked is one), 3 critical; 2 is argparse's and InvalidInput's."""
    from core.exposure.findings import Severity

    if result.count(Severity.CRITICAL):
        return EXIT_CRITICAL
    return EXIT_WARNINGS if result.count(Severity.WARNING) else EXIT_NOTHING


def summary_text(result: ScanResult) -> str:
    from core.clock import format_paris
    from core.exposure.findings import Severity
    from core.exposure.verdict import verdict_text

    lines = [
        f"Vérification de l'exposition du {format_paris(result.finished_at)}",
        verdict_text(result),
        f"{count(result.count(Severity.CRITICAL), 'critique', 'critiques')}, {result.count(Severity.WARNING)} à vérifier, "
        f"{result.count(Severity.INFO)} pour information.",
    ]
    if not result.findings:
        lines.append("Aucun programme de ce poste n'écoute le réseau et la box n'a rien signalé.")
    for finding in result.by_severity():
        lines.append("")
        lines.append(f"[{finding.severity.label}] {finding.title}")
        details = [
            part
            for part in (
                f"adresse {finding.address}" if finding.address else "",
                f"port {finding.protocol.upper() if finding.protocol else ''} {finding.port}".replace(
                    "  ", " "
                )
                if finding.port is not None
                else "",
                f"port Internet {finding.external_port}"
                if finding.external_port is not None and finding.external_port != finding.port
                else "",
                f"règle « {finding.rule} »" if finding.rule else "",
                f"réservée à {finding.remote_host}" if finding.remote_host else "",
                f"programme {finding.program}" if finding.program else "",
            )
            if part
        ]
        if details:
            lines.append("  " + " ; ".join(details))
        lines.append(textwrap.fill(finding.advice, width=100, initial_indent="  ", subsequent_indent="  "))
    return "\n".join(lines)


def _write_pdf(path: Path, result: ScanResult, note: str = "", evidence: str = "") -> None:
    from core.reports.exposure_report import render

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as out:
        render(result, out, note=note, evidence=evidence)


def _history(args: argparse.Namespace) -> int:
    from core.clock import format_paris, from_iso
    from core.commands.common import open_vault
    from core.services.exposure import ExposureService

    with open_vault(args) as vault:
        rows = ExposureService(vault).history()
    if not rows:
        print("Aucune vérification enregistrée.")
    for row in rows:
        box = {"complete": "box lue en entier", "partial": "box lue en partie", "not_checked": "box non vérifiée"}.get(
            row.box_state or "", "box lue" if row.router_answered else "box non lue"
        )
        print(
            f"n° {row.id}  {format_paris(from_iso(row.finished_at))}  {count(row.critical, 'critique', 'critiques')}, "
            f"{row.warning} à vérifier, {row.info} info ; {box}" + (f" — {row.note}" if row.note else "")
        )
    return 0


def _report(args: argparse.Namespace) -> int:
    from core.commands.common import open_vault
    from core.errors import NotFound
    from core.services.exposure import ExposureService

    with open_vault(args) as vault:
        service = ExposureService(vault)
        stored = service.latest() if args.id is None else service.get(args.id)
    if stored is None:
        if args.id is None:
            raise NotFound(what="saved_exposure_scan")
        raise NotFound(what="exposure_scan", number=args.id)
    from core.reports.exposure_report import evidence_label

    _write_pdf(args.out, stored.scan, stored.note, evidence_label(stored.id, stored.digest))
    print(f"Rapport écrit : {args.out}")
    return 0
