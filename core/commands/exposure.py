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

    scan = esub.add_parser("scan", help="lister les ports ouverts de ce poste et les redirections de la box")
    scan.add_argument("--json", action="store_true", help="résultat en JSON (une entrée par constat)")
    scan.add_argument("--no-upnp", action="store_true", help="ne pas interroger la box internet")
    scan.add_argument(
        "--igd-url", metavar="URL", help="adresse de la description UPnP de la box (évite la recherche)"
    )
    scan.add_argument("--no-firewall", action="store_true", help="ne pas lire l'état du pare-feu Windows")
    scan.add_argument("--timeout", type=float, default=2.5, metavar="S", help="attente de la box en secondes")
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
    from core.errors import FieldProblem, InvalidInput
    from core.exposure.scan import ScanOptions, run_scan
    from core.exposure.ssdp import is_local_url

    if args.save and not args.vault:
        raise InvalidInput([FieldProblem("--save", "indiquez le coffre avec --vault CHEMIN")])
    if args.igd_url and not is_local_url(args.igd_url):
        raise InvalidInput([FieldProblem("--igd-url", "seule une adresse http du réseau local est acceptée")])
    if not 0.2 <= args.timeout <= 30:
        raise InvalidInput([FieldProblem("--timeout", "entre 0,2 et 30 secondes")])
    options = ScanOptions(
        upnp=not args.no_upnp,
        igd_url=args.igd_url,
        firewall=not args.no_firewall,
        discovery_timeout=args.timeout,
    )
    progress = None if args.json else (lambda text: print(text, file=sys.stderr))
    result = run_scan(options, progress=progress)
    if args.json:
        json.dump([f.to_json() for f in result.findings], sys.stdout, ensure_ascii=False, indent=2)
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
    return 0


def summary_text(result: ScanResult) -> str:
    from core.clock import format_paris
    from core.exposure.findings import Severity

    lines = [
        f"Vérification de l'exposition du {format_paris(result.finished_at)}",
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
        box = "box lue" if row.router_answered else "box non lue"
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
        raise NotFound(what="vérification d'exposition enregistrée")
    from core.reports.exposure_report import evidence_label

    _write_pdf(args.out, stored.scan, stored.note, evidence_label(stored.id, stored.digest))
    print(f"Rapport écrit : {args.out}")
    return 0
