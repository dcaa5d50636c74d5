"""``incident list | record | notify | informed | dossier | letter | notice | extract``: the journal from the command line.

``record`` is the headless twin of the breach wizard: the same core path (facts parsed by the real parser,
the incident opened at the facts' ``aware_at``, assessed, the conclusion recorded as the decision).
"""

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

    record = isub.add_parser(
        "record",
        help="enregistrer un incident à partir d'un fichier de faits JSON, l'évaluer et consigner la conclusion",
        description="Crée l'incident avec la prise de connaissance des faits (aware_at), l'évalue et "
        "enregistre la décision (la conclusion de Vigie). Affiche le numéro du nouvel incident. Faits "
        "invalides : code 2, le champ en cause sur la sortie d'erreur, rien n'est écrit.",
    )
    add_vault_option(record)
    record.add_argument(
        "--facts",
        required=True,
        metavar="FICHIER.json",
        help="faits vigie.breach-facts/1 (ou - : entrée standard)",
    )
    record.add_argument("--title", help="titre de l'incident")
    record.add_argument("--description", default="", help="description de l'incident")
    record.add_argument(
        "--json", action="store_true", help="sortie JSON : id, deadline, notify_authority, inform_subjects"
    )
    record.set_defaults(func=_record)

    notify = isub.add_parser("notify", help="enregistrer la notification initiale à la CNIL")
    add_vault_option(notify)
    notify.add_argument("--incident", type=int, required=True, metavar="ID", help="numéro de l'incident")
    notify.add_argument(
        "--at",
        metavar="ISO-8601",
        help="date et heure de la notification, avec décalage horaire (sans --at : --reference complète "
        "le numéro d'une notification déjà enregistrée)",
    )
    notify.add_argument("--reference", default="", metavar="REF", help="numéro donné par la CNIL")
    notify.add_argument(
        "--delay-reason",
        default="",
        metavar="TEXTE",
        help="motifs du retard, si l'échéance de 72 h est passée",
    )
    notify.set_defaults(func=_notify)

    for name, help_text in (
        ("dossier", "dossier de notification à la CNIL (PDF)"),
        ("extract", "extrait du journal pour cet incident (PDF)"),
    ):
        cmd = isub.add_parser(name, help=help_text)
        add_vault_option(cmd)
        cmd.add_argument("--incident", type=int, required=True, metavar="ID", help="numéro de l'incident")
        cmd.add_argument(
            "--out", type=Path, required=True, metavar="FICHIER.pdf", help="fichier PDF à écrire"
        )
        cmd.set_defaults(func=_document, document=name)
    _register_letters(isub)
    _register_informed(isub)


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


def _record(args: argparse.Namespace) -> int:
    import json

    from core.commands.assess import _read
    from core.domain.breach_json import parse_facts_json
    from core.domain.incident import IncidentDraft
    from core.services.incidents import DEFAULT_TITLE, IncidentService
    from core.services.practice import PracticeService

    try:
        data = _read(args.facts)
    except OSError as exc:
        print(f"Lecture impossible de {args.facts} : {exc.strerror or exc}", file=sys.stderr)
        return 2
    facts = parse_facts_json(data)  # InvalidInput -> exit 2 naming each field (core.cli), before the vault
    draft = IncidentDraft(
        title=(args.title or DEFAULT_TITLE).strip() or DEFAULT_TITLE,
        description=args.description,
        occurred_start=facts.occurred_at,
        origin=facts.origin,
        cause=facts.cause,
    )
    with open_vault(args) as vault:
        practice = PracticeService(vault).get()
        by = (
            practice.practitioner if practice and practice.practitioner else ""
        ) or "Vigie (ligne de commande)"
        incident, decision = IncidentService(vault).record_assessed(
            draft, facts, by, note="Commande « incident record »"
        )
    from core.rules.deadlines import deadline_text, notification_deadline

    deadline = notification_deadline(incident.aware_at)
    if args.json:
        doc = {
            "id": incident.id,
            "deadline": deadline.isoformat() if decision.notify else None,
            "notify_authority": decision.notify,
            "inform_subjects": decision.inform,
        }
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
        return 0
    print(incident.id)
    if decision.notify:
        print(f"Notifier la CNIL avant le {deadline_text(deadline)} (heure de Paris).", file=sys.stderr)
    return 0


def _notify(args: argparse.Namespace) -> int:
    from core.domain.problems import problem
    from core.errors import InvalidInput
    from core.services.incidents import IncidentService

    if args.at is None:
        if not args.reference.strip():
            raise InvalidInput([problem("--at", "cli.notified_at_missing")])
        with open_vault(args) as vault:
            IncidentService(vault).complete_notification_number(args.incident, args.reference)
        print(f"Numéro de notification CNIL enregistré pour l'incident n° {args.incident}.")
        return 0
    at = _iso_at(args.at)
    with open_vault(args) as vault:
        IncidentService(vault).record_notification(
            args.incident, at, args.reference, delay_reason=args.delay_reason, number_required=False
        )
    print(f"Notification à la CNIL enregistrée pour l'incident n° {args.incident}.")
    return 0


# ``--channel`` words of the command line -> channel codes of the journal.
INFORMED_CHANNELS = {"post": "letter", "email": "email", "public": "public_notice", "phone": "phone"}


def _register_informed(isub: argparse._SubParsersAction) -> None:
    informed = isub.add_parser(
        "informed",
        help="enregistrer que les personnes ont été informées (lettres postées, e-mails envoyés…)",
        description="Confirme l'information des personnes (art. 34 RGPD) : date, moyen, nombre de personnes. "
        "Seule cette confirmation coche l'étape « Informer les personnes » et fait dire aux documents que les "
        "personnes ont été informées. Date invalide : code 2 ; incident inconnu ou clos : code 1.",
    )
    add_vault_option(informed)
    informed.add_argument("--incident", type=int, required=True, metavar="ID", help="numéro de l'incident")
    informed.add_argument(
        "--at", required=True, metavar="ISO-8601", help="date et heure de l'envoi, avec décalage horaire"
    )
    informed.add_argument(
        "--channel",
        required=True,
        choices=tuple(INFORMED_CHANNELS),
        help="moyen : courrier, e-mail, communication publique, téléphone",
    )
    informed.add_argument(
        "--count", type=int, required=True, metavar="N", help="nombre de personnes informées"
    )
    informed.add_argument("--note", default="", help="commentaire (ex. « lettres remises à La Poste »)")
    informed.set_defaults(func=_informed)


def _iso_at(value: str):  # noqa: ANN202 - datetime
    """``--at``: ISO 8601 with its offset, else exit 2 naming the option."""
    from datetime import datetime

    from core.domain.problems import problem
    from core.errors import InvalidInput

    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        at = None
    if at is None or at.tzinfo is None:
        raise InvalidInput([problem("--at", "cli.at_invalid")])
    return at


def _informed(args: argparse.Namespace) -> int:
    from core.services.incidents import IncidentService
    from core.wording import count

    at = _iso_at(args.at)
    with open_vault(args) as vault:
        IncidentService(vault).record_information(
            args.incident, at, INFORMED_CHANNELS[args.channel], args.count, args.note.strip()
        )
    print(
        f"Information des personnes enregistrée pour l'incident n° {args.incident} "
        f"({count(args.count, 'personne', 'personnes')})."
    )
    return 0


def _document(args: argparse.Namespace) -> int:
    from core.services.incident_documents import IncidentDocuments

    with open_vault(args) as vault:
        docs = IncidentDocuments(vault)
        data = docs.dossier(args.incident) if args.document == "dossier" else docs.extract(args.incident)
    if not _write(Path(args.out), data):
        return 1
    print(f"Document écrit : {args.out}")
    return 0


def _register_letters(isub: argparse._SubParsersAction) -> None:
    """``incident letter`` (one letter per patient from a CSV) and ``incident notice`` (art. 34(3)(c))."""
    letter = isub.add_parser(
        "letter",
        help="lettres d'information des patients (PDF), une par patient avec --recipients",
        description="Sans --recipients : une lettre dont le bloc adresse est laissé vide. Avec un fichier CSV "
        "exporté du logiciel métier (séparateur ; ou , — UTF-8 ou Windows-1252 — colonnes civilité, nom, "
        "prénom, adresse, code postal, ville, e-mail facultatif) : une lettre personnalisée par patient, "
        "adresse placée pour une enveloppe à fenêtre, et un CSV des e-mails si le fichier en contient. La "
        "liste des patients n'est pas conservée ; le journal note la date, le moyen et le nombre de personnes "
        "pour qui l'envoi est préparé (l'envoi lui-même se confirme avec incident informed).",
    )
    add_vault_option(letter)
    letter.add_argument("--incident", type=int, required=True, metavar="ID", help="numéro de l'incident")
    letter.add_argument("--out", type=Path, required=True, metavar="FICHIER.pdf", help="fichier PDF à écrire")
    letter.add_argument("--recipients", type=Path, metavar="FICHIER.csv", help="patients à informer (CSV)")
    letter.add_argument(
        "--emails-out",
        type=Path,
        metavar="FICHIER.csv",
        help="CSV e-mail, objet, texte (par défaut : à côté du PDF, suffixe -emails.csv)",
    )
    letter.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help="langue de la lettre (fr par défaut)"
    )
    letter.set_defaults(func=_letter)
    notice = isub.add_parser(
        "notice",
        help="communication publique (affiche, texte pour le site) quand les personnes ne peuvent pas "
        "être informées une par une (art. 34(3)(c) RGPD)",
    )
    add_vault_option(notice)
    notice.add_argument("--incident", type=int, required=True, metavar="ID", help="numéro de l'incident")
    notice.add_argument("--out", type=Path, required=True, metavar="FICHIER.pdf", help="affiche PDF à écrire")
    notice.add_argument(
        "--text", type=Path, metavar="FICHIER.txt", help="le même texte pour le site du cabinet"
    )
    notice.add_argument("--lang", choices=("fr", "en"), default="fr", help="langue (fr par défaut)")
    notice.set_defaults(func=_notice)


def _letter(args: argparse.Namespace) -> int:
    from core.services.patient_mailing import MailingService
    from core.wording import count

    recipients = None
    if args.recipients is not None:
        from core.domain.problems import problem
        from core.domain.recipients import parse_csv
        from core.errors import InvalidInput

        try:
            data = Path(args.recipients).read_bytes()
        except OSError as exc:
            raise InvalidInput(
                [problem(str(args.recipients), "cli.file_unreadable", technical=exc.strerror or str(exc))]
            ) from None
        recipients = parse_csv(data)
    with open_vault(args) as vault:
        service = MailingService(vault)
        run = service.letters(args.incident, recipients, lang=args.lang)
        emails_path = None
        if run.emails is not None:
            out = Path(args.out)
            emails_path = args.emails_out or out.with_name(out.stem + "-emails.csv")
        if not _write(Path(args.out), run.pdf) or (emails_path and not _write(Path(emails_path), run.emails)):
            return 1
        letters = f" ({count(run.letters, 'lettre', 'lettres')})" if recipients else ""
        print(f"Document écrit : {args.out}{letters}")
        if emails_path:
            print(f"E-mails : {emails_path} ({count(run.email_count, 'adresse', 'adresses')})")
        if recipients:
            service.record_mailing(args.incident, run)
            print(
                "Journal : envoi préparé (date, moyen, nombre de personnes). Une fois les lettres postées ou "
                "les e-mails envoyés, enregistrez-le : incident informed."
            )
        if run.unreachable:
            print(
                "Les personnes ne peuvent pas être jointes une par une (art. 34(3)(c) RGPD) : "
                "utilisez la communication publique (incident notice).",
                file=sys.stderr,
            )
    return 0


def _notice(args: argparse.Namespace) -> int:
    from core.services.patient_mailing import MailingService

    with open_vault(args) as vault:
        service = MailingService(vault)
        pdf, text = service.public_notice(args.incident, lang=args.lang)
        if not _write(Path(args.out), pdf) or (
            args.text and not _write(Path(args.text), text.encode("utf-8"))
        ):
            return 1
        print(f"Document écrit : {args.out}" + (f" et {args.text}" if args.text else ""))
        if service.record_notice(args.incident):
            print(
                "Journal : communication publique préparée. Une fois l'avis affiché ou publié, "
                "enregistrez-le : incident informed --channel public."
            )
    return 0


def _write(path: Path, data: bytes) -> bool:
    from core.storage.atomic import write_atomic

    try:
        write_atomic(path, data, mode=0o600)
    except OSError as exc:
        print(f"Écriture impossible de {path} : {exc.strerror or exc}", file=sys.stderr)
        return False
    return True
