"""The cards of the home screen. Each feature adds a provider to :data:`CARD_PROVIDERS`.

A provider is ``provider(ctx) -> Sequence[Card]``; it runs on the worker thread (so: services and
translations only, never widgets) and returns no card when it has nothing to say. ``target`` is the key of
the section that a click on the card opens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from core.clock import in_paris
from core.services.dashboard import DANGER, INFO, OK, WARN, DashboardService, identity_summary
from core.services.documents import KIT_PRINTED, NOTICE_PRINTED, REPRINT_AFTER_DAYS, DocumentsService
from core.services.practice import PracticeService
from core.services.register import RegisterService
from gui import formats
from gui.context import AppContext

LEVEL_RANK = {DANGER: 0, WARN: 1, INFO: 2, OK: 3}


@dataclass(frozen=True)
class Card:
    key: str
    title: str
    value: str
    detail: str
    target: str
    level: str = INFO
    order: int = 100  # among cards of the same level; lower comes first
    pinned: bool = False  # shown before everything else (the first steps of a new practice)


CardProvider = Callable[[AppContext], Sequence[Card]]


def _dashboard(ctx: AppContext) -> DashboardService:
    return DashboardService(ctx.vault, ctx.clock)


def getting_started_cards(ctx: AppContext) -> Sequence[Card]:
    if not RegisterService(ctx.vault, ctx.clock).is_empty():
        return []
    return [
        Card(
            "start",
            QCoreApplication.translate("dashboard", "Par où commencer ?"),
            QCoreApplication.translate("dashboard", "Commencez par votre registre"),
            QCoreApplication.translate(
                "dashboard",
                "Décrivez vos traitements (dossier patient, rendez-vous, facturation…) : l'affiche des patients "
                "et vos réponses en découlent. Imprimez ensuite le kit d'urgence.",
            ),
            "register",
            INFO,
            order=0,
            pinned=True,
        )
    ]


def requests_cards(ctx: AppContext) -> Sequence[Card]:
    s = _dashboard(ctx).requests()
    if s.overdue:
        value = QCoreApplication.translate("dashboard", "%1 en retard").replace("%1", str(s.overdue))
        detail = QCoreApplication.translate(
            "dashboard", "Le délai légal est dépassé : répondez sans attendre. %n demande(s) en cours.", "", s.open
        )
        level = DANGER
    elif s.open:
        value = QCoreApplication.translate("dashboard", "%1 en cours").replace("%1", str(s.open))
        detail = (
            QCoreApplication.translate("dashboard", "Prochaine échéance le %1 (dans %n jour(s)).", "", s.next_days_left)
            .replace("%1", formats.day(s.next_due) if s.next_due else "")
        )
        level = WARN if s.due_soon else INFO
    else:
        value = QCoreApplication.translate("dashboard", "Aucune en cours")
        detail = QCoreApplication.translate(
            "dashboard",
            "Enregistrez chaque demande dès sa réception : le délai légal court à partir de ce jour.",
        )
        level = OK
    return [
        Card(
            "requests",
            QCoreApplication.translate("dashboard", "Demandes des patients"),
            value,
            detail,
            "requests",
            level,
            order=10,
        )
    ]


def _field_labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("dashboard", "nom du cabinet"),
        "practitioner": QCoreApplication.translate("dashboard", "praticien"),
        "siren": QCoreApplication.translate("dashboard", "SIREN ou SIRET"),
        "rpps": QCoreApplication.translate("dashboard", "RPPS ou ADELI"),
        "address": QCoreApplication.translate("dashboard", "adresse"),
        "postcode": QCoreApplication.translate("dashboard", "code postal"),
        "city": QCoreApplication.translate("dashboard", "ville"),
        "email": QCoreApplication.translate("dashboard", "e-mail"),
        "phone": QCoreApplication.translate("dashboard", "téléphone"),
    }


def identity_cards(ctx: AppContext) -> Sequence[Card]:
    summary = identity_summary(PracticeService(ctx.vault, ctx.clock).get())
    if summary.complete:
        return [
            Card(
                "identity",
                QCoreApplication.translate("dashboard", "Identité du cabinet"),
                QCoreApplication.translate("dashboard", "Complète"),
                QCoreApplication.translate(
                    "dashboard", "Les identifiants demandés par la CNIL figurent dans le kit d'urgence."
                ),
                "settings",
                OK,
                order=50,
            )
        ]
    labels = _field_labels()
    missing = ", ".join(labels[name] for name in summary.missing)
    return [
        Card(
            "identity",
            QCoreApplication.translate("dashboard", "Identité du cabinet"),
            QCoreApplication.translate("dashboard", "%n information(s) manquante(s)", "", len(summary.missing)),
            QCoreApplication.translate("dashboard", "À compléter dans les paramètres : %1.").replace(
                "%1", missing
            ),
            "settings",
            WARN,
            order=50,
        )
    ]


def documents_cards(ctx: AppContext) -> Sequence[Card]:
    docs = DocumentsService(ctx.vault, ctx.clock)
    now = ctx.clock()
    kit = docs.printed_at(KIT_PRINTED)
    if kit is None:
        value, level = QCoreApplication.translate("dashboard", "Jamais imprimé"), WARN
        detail = QCoreApplication.translate(
            "dashboard", "Imprimez-le et rangez-le près du téléphone : il sert quand l'ordinateur est bloqué."
        )
    elif (now - kit).days > REPRINT_AFTER_DAYS:
        value, level = QCoreApplication.translate("dashboard", "À réimprimer"), WARN
        detail = QCoreApplication.translate(
            "dashboard", "Imprimé le %1, il y a plus d'un an : vérifiez les contacts et réimprimez-le."
        ).replace("%1", _day(kit))
    else:
        value, level = QCoreApplication.translate("dashboard", "Imprimé"), OK
        detail = QCoreApplication.translate("dashboard", "Dernière impression le %1.").replace(
            "%1", _day(kit)
        )
    cards = [
        Card(
            "emergency_kit",
            QCoreApplication.translate("dashboard", "Kit d'urgence"),
            value,
            detail,
            "documents",
            level,
            order=60,
        )
    ]
    notice = docs.printed_at(NOTICE_PRINTED)
    if notice is not None and docs.register_changed_since_notice():
        cards.append(
            Card(
                "notice",
                QCoreApplication.translate("dashboard", "Affiche de la salle d'attente"),
                QCoreApplication.translate("dashboard", "À réimprimer"),
                QCoreApplication.translate(
                    "dashboard",
                    "Votre registre a changé depuis l'impression du %1 : l'affiche n'est plus à jour.",
                ).replace("%1", _day(notice)),
                "documents",
                WARN,
                order=70,
            )
        )
    elif notice is None:
        cards.append(
            Card(
                "notice",
                QCoreApplication.translate("dashboard", "Affiche de la salle d'attente"),
                QCoreApplication.translate("dashboard", "Pas encore imprimée"),
                QCoreApplication.translate(
                    "dashboard",
                    "L'information des patients (article 13 du RGPD) doit être affichée au cabinet.",
                ),
                "documents",
                WARN,
                order=70,
            )
        )
    return cards


def _day(moment) -> str:
    return formats.day(in_paris(moment))


def register_cards(ctx: AppContext) -> Sequence[Card]:
    service = RegisterService(ctx.vault, ctx.clock)
    s = service.summary()
    if not s.activities:
        return []
    value = QCoreApplication.translate("dashboard", "%n traitement(s)", "", s.activities)
    detail = QCoreApplication.translate(
        "dashboard", "%n fiche(s) complète(s) ; complétude moyenne %2\u00a0%.", "", s.complete
    ).replace("%2", str(s.average_completeness))
    gaps = [(a, len(a.missing())) for a in service.activities() if a.missing()]
    if gaps:
        activity, count = gaps[0]
        detail += "\n" + (
            QCoreApplication.translate("dashboard", "À compléter : « %1 » (%n élément(s) manquant(s)).", "", count)
            .replace("%1", activity.name)
        )
    level = OK if not gaps and s.complete == s.activities else WARN
    return [
        Card(
            "register",
            QCoreApplication.translate("dashboard", "Registre"),
            value,
            detail,
            "register",
            level,
            20,
        )
    ]


def hds_cards(ctx: AppContext) -> Sequence[Card]:
    service = RegisterService(ctx.vault, ctx.clock)
    warnings = service.hds_warnings()
    title = QCoreApplication.translate("dashboard", "Certificats HDS des hébergeurs")
    if not warnings:
        if not service.summary().processors:
            return []
        detail = QCoreApplication.translate(
            "dashboard", "Aucun certificat manquant ni expirant dans les 90 jours."
        )
        return [
            Card(
                "hds", title, QCoreApplication.translate("dashboard", "À jour"), detail, "processors", OK, 40
            )
        ]
    expired = any(w.code in ("expired", "no_certificate") for _, w in warnings)
    value = QCoreApplication.translate("dashboard", "%1 à vérifier").replace("%1", str(len(warnings)))
    from gui.models.register_models import hds_warning_text

    today = service.today()
    detail = "\n".join(f"{p.name} : {hds_warning_text(p, w.code, today)}" for p, w in warnings[:3])
    return [Card("hds", title, value, detail, "processors", DANGER if expired else WARN, 40)]


def backup_cards(ctx: AppContext) -> Sequence[Card]:
    from core.services import backup

    status = backup.status(ctx.vault, ctx.clock)
    never = QCoreApplication.translate("dashboard", "jamais")
    detail = (
        QCoreApplication.translate("dashboard", "Dernière sauvegarde : %1. Dernière copie hors du PC : %2.")
        .replace("%1", _day(status.last_backup_at) if status.last_backup_at else never)
        .replace("%2", _day(status.last_external_at) if status.last_external_at else never)
    )
    if status.last_external_at is None:
        value, level = QCoreApplication.translate("dashboard", "Aucune copie hors du PC"), WARN
    elif status.external_overdue:
        value, level = QCoreApplication.translate("dashboard", "Copie externe à refaire"), WARN
    else:
        value, level = QCoreApplication.translate("dashboard", "À jour"), OK
    title = QCoreApplication.translate("dashboard", "Sauvegardes")
    return [Card("backups", title, value, detail, "settings", level, order=30)]


def exposure_cards(ctx: AppContext) -> Sequence[Card]:
    from core.clock import from_iso
    from core.services.exposure import ExposureService

    history = ExposureService(ctx.vault, ctx.clock).history(limit=1)
    title = QCoreApplication.translate("dashboard", "Exposition du réseau")
    if not history:
        detail = QCoreApplication.translate(
            "dashboard", "Vérifiez ce que votre box et vos postes laissent voir depuis le réseau."
        )
        return [
            Card(
                "exposure",
                title,
                QCoreApplication.translate("dashboard", "Jamais vérifiée"),
                detail,
                "exposure",
                INFO,
                80,
            )
        ]
    last = history[0]
    detail = QCoreApplication.translate("dashboard", "Dernière vérification le %1.").replace(
        "%1", _day(from_iso(last.finished_at))
    )
    if last.critical:
        value = QCoreApplication.translate("dashboard", "%n problème(s) critique(s)", "", last.critical)
        level = DANGER
    elif last.warning:
        value = QCoreApplication.translate("dashboard", "%n point(s) à surveiller", "", last.warning)
        level = WARN
    else:
        value, level = QCoreApplication.translate("dashboard", "Rien d'alarmant"), OK
    return [Card("exposure", title, value, detail, "exposure", level, 80)]


def checklist_cards(ctx: AppContext) -> Sequence[Card]:
    """Dates and level decided in ``DashboardService.checklist``; here only the words."""
    c = _dashboard(ctx).checklist()
    title = QCoreApplication.translate("dashboard", "Auto-évaluation de sécurité %1").replace("%1", str(c.year))
    if not c.started:
        detail = QCoreApplication.translate(
            "dashboard",
            "La liste de contrôle annuelle : postes, box, sauvegardes, messagerie… environ une heure.",
        )
        return [
            Card(
                "checklist",
                title,
                QCoreApplication.translate("dashboard", "À faire"),
                detail,
                "security",
                c.level,
                45,
            )
        ]
    value = (
        QCoreApplication.translate("dashboard", "Score : %1\u00a0%").replace("%1", str(c.percent))
        if c.percent is not None
        else QCoreApplication.translate("dashboard", "Commencée")
    )
    lines = []
    if c.red_flags:
        lines.append(
            QCoreApplication.translate("dashboard", "%n point(s) rouge(s).", "", c.red_flags)
        )
    if c.first_action:
        text = QCoreApplication.translate("dashboard", "À faire d'abord : %1").replace("%1", c.first_action)
        if c.first_action_due is not None:
            text += " " + QCoreApplication.translate("dashboard", "(avant le %1)").replace(
                "%1", formats.day(c.first_action_due)
            )
        lines.append(text)
    if c.next_review is not None:
        lines.append(
            QCoreApplication.translate("dashboard", "Prochaine revue annuelle avant le %1.").replace(
                "%1", formats.day(c.next_review)
            )
        )
    return [Card("checklist", title, value, "\n".join(lines), "security", c.level, 45)]


def incident_cards(ctx: AppContext) -> Sequence[Card]:
    from core.services.incidents import IncidentService

    service = IncidentService(ctx.vault, ctx.clock)
    pending = service.pending_deadlines()
    open_count = len(service.list("open"))
    title = QCoreApplication.translate("dashboard", "Incidents")
    if pending:
        summary, cd = pending[0]
        hours, minutes = cd.hours_minutes
        if cd.overdue:
            value = QCoreApplication.translate("dashboard", "72 h dépassées de %1 h %2")
        else:
            value = QCoreApplication.translate("dashboard", "%1 h %2 pour notifier")
        value = value.replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
        detail = (
            QCoreApplication.translate("dashboard", "« %1 » : notification à la CNIL avant le %2.")
            .replace("%1", summary.title)
            .replace("%2", formats.deadline(cd.deadline))
        )
        if len(pending) > 1:
            detail += " " + QCoreApplication.translate(
                "dashboard", "%n autre(s) incident(s) à notifier.", "", len(pending) - 1
            )
        return [Card("incidents", title, value, detail, "incidents", DANGER, order=0, pinned=True)]
    if open_count:
        value = QCoreApplication.translate("dashboard", "%n ouvert(s)", "", open_count)
        detail = QCoreApplication.translate(
            "dashboard", "Terminez l'évaluation et les mesures, puis clôturez l'incident dans le journal."
        )
        return [Card("incidents", title, value, detail, "incidents", WARN, order=5)]
    detail = QCoreApplication.translate(
        "dashboard", "Au moindre doute (vol, piratage, erreur d'envoi), utilisez « Signaler un incident »."
    )
    value = QCoreApplication.translate("dashboard", "Aucun en cours")
    return [Card("incidents", title, value, detail, "incidents", OK, order=5)]


CARD_PROVIDERS: list[CardProvider] = [
    getting_started_cards,
    incident_cards,
    requests_cards,
    register_cards,
    hds_cards,
    backup_cards,
    exposure_cards,
    checklist_cards,
    identity_cards,
    documents_cards,
]


def _sort_key(card: Card) -> tuple[bool, int, int]:
    return not card.pinned, LEVEL_RANK.get(card.level, 2), card.order


def collect(ctx: AppContext, providers: Sequence[CardProvider] | None = None) -> list[Card]:
    """All cards, most urgent first. A failing provider costs its card, never the whole screen."""
    import logging

    cards: list[Card] = []
    for provider in CARD_PROVIDERS if providers is None else providers:
        try:
            cards.extend(provider(ctx))
        except Exception as exc:  # noqa: BLE001
            logging.getLogger(__name__).error("dashboard card failed: %s", type(exc).__name__)
    return sorted(cards, key=_sort_key)
