"""``checklist report``: the PDF of a year's security self-assessment, without the GUI."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.commands.common import add_vault_option, open_vault


def register(sub: argparse._SubParsersAction) -> None:
    checklist = sub.add_parser("checklist", help="auto-évaluation annuelle de la sécurité")
    csub = checklist.add_subparsers(dest="checklist_command", metavar="ACTION", required=True)

    report = csub.add_parser("report", help="éditer le rapport PDF de l'auto-évaluation d'une année")
    add_vault_option(report)
    report.add_argument("--year", type=int, required=True, metavar="AAAA", help="année de l'auto-évaluation")
    report.add_argument("--out", type=Path, required=True, metavar="FICHIER.pdf", help="fichier PDF à écrire")
    report.set_defaults(func=_report)


def _report(args: argparse.Namespace) -> int:
    import io

    from core.clock import system_clock
    from core.reports import checklist_data, checklist_report
    from core.reports.witness import journal_head
    from core.services.checklist import ChecklistService
    from core.services.checklist_files import EvidenceFileService
    from core.services.checklist_plan import ActionPlanService
    from core.storage.atomic import write_atomic

    with open_vault(args) as vault:
        service = ChecklistService(vault)
        assessment = service.for_year(args.year)  # NoAssessmentForYear -> French message, exit 1
        plan, files = (
            ActionPlanService(vault, checklist=service),
            EvidenceFileService(vault, checklist=service),
        )
        data = checklist_data.build(service, plan, files, assessment.id)
        head = journal_head(vault)
    buffer = io.BytesIO()
    checklist_report.render(data, buffer, generated_at=system_clock(), journal_head=head)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(out, buffer.getvalue(), mode=0o644)
    print(f"Rapport écrit : {args.out}")
    return 0
