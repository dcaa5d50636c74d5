"""``incident list | dossier | letter | extract``: the journal from the command line (vault required)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.commands.common import add_vault_option, open_vault


def register(sub: argparse._SubParsersAction) -> None:
    incident = sub.add_parser("incident", help="journal des incidents et violations de données")
    isub = incident.add_subparsers(dest="incident_command", metavar="ACTION", required=True)

    listing = isub.add_parser("list", help="lister les incidents")
    add_vault_option(listing)
    listing.add_argument(
        "--json", action="store_true", help="sortie JSON (id, titre, état, décision, échéance)"
    )
    listing.add_argument(
        "--status", choices=("open", "closed"), help="seulement les incidents ouverts ou clos"
    )
    listing.add_argument("--year", type=int, help="seulement les incidents de cette année")
    listing.set_defaults(func=_list)

    for name, help_text in (
        ("dossier", "dossier de notification à la CNIL (PDF)"),
        ("letter", "lettre d'information des patients, modèle de publipostage (PDF)"),
        ("extract", "extrait du journal pour cet incident (PDF)"),
    ):
        cmd = isub.add_parser(name, help=help_text)
        add_vault_option(cmd)
        cmd.add_argument("--incident", type=int, required=True, metavar="ID", help="numéro de l'incident")
        cmd.add_argument(
            "--out", type=Path, required=True, metavar="FICHIER.pdf", help="fichier PDF à écrire"
        )
        cmd.set_defaults(func=_document, document=name)


def _list(args: argparse.Namespace) -> int:
    import json

    from core.clock import format_paris
    from core.services.incidents import IncidentService

    with open_vault(args) as vault:
        rows = IncidentService(vault).list(args.status, args.year)
    if args.json:
        doc = [
            {
                "id": r.id,
                "title": r.title,
                "status": r.status,
                "aware_at": r.aware_at.isoformat(),
                "risk": r.risk,
                "severity": r.severity_level,
                "decision": None
                if r.notify is None
                else {"notify_authority": r.notify, "inform_subjects": r.inform, "overridden": r.overridden},
                "deadline": r.deadline.isoformat() if r.deadline else None,
                "notified_at": r.notified_at.isoformat() if r.notified_at else None,
            }
            for r in rows
        ]
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        print("Aucun incident.")
    for r in rows:
        state = "ouvert" if r.status == "open" else "clos"
        due = ""
        if r.awaiting_notification and r.deadline:
            due = f" — à notifier avant le {format_paris(r.deadline)}"
        print(f"n° {r.id:>5}  {format_paris(r.aware_at)}  {state:<6}  {r.title} — {r.decision_text}{due}")
    return 0


def _document(args: argparse.Namespace) -> int:
    from core.clock import system_clock
    from core.errors import NotFound
    from core.reports.witness import journal_head
    from core.services.incidents import IncidentService
    from core.services.practice import PracticeService
    from core.storage.atomic import write_atomic

    now = system_clock()
    with open_vault(args) as vault:
        record = IncidentService(vault).get(args.incident)
        practice = PracticeService(vault).get()
        head = journal_head(vault)
    if practice is None:
        raise NotFound(what="identité du cabinet")
    import io

    buf = io.BytesIO()
    if args.document == "dossier":
        from core.reports import cnil_dossier

        cnil_dossier.render(practice, record, buf, now, journal_head=head)
    elif args.document == "letter":
        from core.reports import patient_letter

        patient_letter.render(practice, patient_letter.draft_letter(practice, record), buf, now)
    else:
        from core.reports import incident_extract

        incident_extract.render(practice, record, buf, now, journal_head=head)
    try:
        write_atomic(Path(args.out), buf.getvalue(), mode=0o600)
    except OSError as exc:
        print(f"Écriture impossible de {args.out} : {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Document écrit : {args.out}")
    return 0
