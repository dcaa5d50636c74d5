"""Legal deadlines of a rights request, and the rules to keep in mind while answering it. Pure functions.

- Access to the medical record (CSP L.1111-7, R.1111-1): not before a 48-hour reflection period, at the
  latest 8 days after the request, 2 months when the information is more than 5 years old.
- GDPR rights (art. 12(3)): one month after receipt, extendable by two further months when the requester is
  told, with the reasons, before the first month is over.

Days are counted on the Paris calendar: a request received on 31 January is due on 28 (or 29) February, the
day of the month being clamped to the last day of the target month.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from core.clock import in_paris
from core.domain.rights import DeadlineAssessment, RequesterKind, RequestKind, RequestStatus, RightsRequest

REFLECTION_PERIOD = timedelta(hours=48)
RECORD_DAYS = 8
RECORD_OLD_MONTHS = 2
GDPR_MONTHS = 1
GDPR_EXTENSION_MONTHS = 2


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later, clamped to the end of a shorter month (31 Jan + 1 → 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def received_day(received_at: datetime) -> date:
    return in_paris(received_at).date()


def earliest_answer(kind: RequestKind, received_at: datetime) -> datetime | None:
    """The medical record may not be sent before the 48-hour reflection period; other rights have no floor."""
    return received_at + REFLECTION_PERIOD if kind is RequestKind.MEDICAL_RECORD else None


def first_deadline(kind: RequestKind, received_at: datetime, old_information: bool = False) -> date:
    day = received_day(received_at)
    if kind is RequestKind.MEDICAL_RECORD:
        if old_information:
            return add_months(day, RECORD_OLD_MONTHS)
        return day + timedelta(days=RECORD_DAYS)
    return add_months(day, GDPR_MONTHS)


def extended_deadline(kind: RequestKind, received_at: datetime) -> date | None:
    """One month plus two, counted from receipt (not from the clamped first deadline)."""
    if not is_extendable(kind):
        return None
    return add_months(received_day(received_at), GDPR_MONTHS + GDPR_EXTENSION_MONTHS)


def is_extendable(kind: RequestKind) -> bool:
    """The CSP deadlines cannot be extended; an objection to sharing is applied at once."""
    return kind.is_gdpr and kind is not RequestKind.SHARING_OBJECTION


def days_left(due: date, now: datetime) -> int:
    """Whole days until the due date (0 on the day itself, negative once past), on the Paris calendar."""
    return (due - in_paris(now).date()).days


def assess(request: RightsRequest, now: datetime) -> DeadlineAssessment:
    first = first_deadline(request.kind, request.received_at, request.old_information)
    extended = extended_deadline(request.kind, request.received_at)
    due = extended if request.status is RequestStatus.EXTENDED and extended else first
    today = in_paris(now).date()
    open_ = request.status.is_open
    late = False
    if request.answered_at is not None and request.status in (RequestStatus.ANSWERED, RequestStatus.REFUSED):
        late = in_paris(request.answered_at).date() > due
    return DeadlineAssessment(
        earliest_answer=earliest_answer(request.kind, request.received_at),
        first_due=first,
        extended_due=extended,
        due=due,
        days_left=days_left(due, now),
        overdue=open_ and today > due,
        can_extend=request.status is RequestStatus.RECEIVED
        and is_extendable(request.kind)
        and today <= first,
        answered_late=late,
        notes=tuple(notes(request)),
    )


def notes(request: RightsRequest) -> list[str]:
    """What the practitioner must keep in mind for this request, in plain French."""
    out: list[str] = []
    if not request.identity_checked:
        out.append("Vérifiez l'identité du demandeur (et sa qualité) avant toute communication.")
    out += _KIND_NOTES[request.kind](request)
    out += _REQUESTER_NOTES.get(request.requester_kind, [])
    if request.status is RequestStatus.EXTENDED:
        out.append(
            "Délai prolongé de deux mois : le demandeur doit avoir reçu, avant la première échéance, "
            "l'annonce de la prolongation et ses motifs."
        )
    return out


_FIRST_COPY_FREE = (
    "La première copie est gratuite ; seules les copies supplémentaires peuvent être facturées, à un coût "
    "raisonnable."
)


def _record_notes(request: RightsRequest) -> list[str]:
    delay = (
        "au plus tard 2 mois après la demande, les informations datant de plus de 5 ans"
        if request.old_information
        else "au plus tard 8 jours après la demande"
    )
    return [
        f"Communication au plus tôt 48 heures après la demande (délai de réflexion) et {delay}.",
        "Le demandeur choisit la consultation sur place ou l'envoi de copies, directement ou par un "
        "médecin qu'il désigne.",
        _FIRST_COPY_FREE,
        "Sont exclues les informations recueillies auprès de tiers extérieurs à la prise en charge, ou "
        "qui concernent ces tiers.",
    ]


def _gdpr_access_notes(request: RightsRequest) -> list[str]:
    return [
        "Réponse dans un délai d'un mois, prolongeable de deux mois si la demande est complexe.",
        "Si la demande porte sur le dossier médical, enregistrez-la comme accès au dossier médical : le "
        "délai de 8 jours s'applique.",
        _FIRST_COPY_FREE,
    ]


def _static(*texts: str):
    return lambda request: list(texts)


_KIND_NOTES = {
    RequestKind.MEDICAL_RECORD: _record_notes,
    RequestKind.GDPR_ACCESS: _gdpr_access_notes,
    RequestKind.RECTIFICATION: _static(
        "Corrigez les erreurs factuelles (identité, coordonnées, allergie mal saisie). Une observation "
        "clinique se complète par un ajout daté plutôt que d'être réécrite ; notez le désaccord du patient."
    ),
    RequestKind.ERASURE: _static(
        "Tant que la durée de conservation du dossier court (obligation légale, motif de santé publique : "
        "art. 17.3 b et c du RGPD), l'effacement ne s'applique pas : répondez en citant ces obligations et "
        "la date prévue de suppression.",
        "L'effacement est dû pour les données inexactes, inutiles, conservées trop longtemps ou traitées "
        "sur la base d'un consentement retiré.",
    ),
    RequestKind.RESTRICTION: _static(
        "Les données sont conservées mais ne sont plus utilisées, par exemple le temps de vérifier une "
        "exactitude contestée ; prévenez le patient avant de lever la limitation."
    ),
    RequestKind.OBJECTION: _static(
        "L'opposition vaut pour les traitements fondés sur l'intérêt légitime ou une mission d'intérêt "
        "public (ex. rappels par SMS), pas pour ceux qu'impose la loi (dossier, facturation)."
    ),
    RequestKind.PORTABILITY: _static(
        "La portabilité ne concerne que les données fournies par le patient et traitées sur la base de son "
        "consentement ou d'un contrat ; le dossier médical relève du droit d'accès du code de la santé "
        "publique."
    ),
    RequestKind.SHARING_OBJECTION: _static(
        "Le patient peut refuser le partage de ses informations avec des professionnels extérieurs à "
        "l'équipe de soins (L.1110-4 du code de la santé publique) : appliquez son choix sans attendre et "
        "prévenez les confrères concernés."
    ),
}

_REQUESTER_NOTES: dict[RequesterKind, list[str]] = {
    RequesterKind.HEIR: [
        "Ayant droit : l'accès est limité à ce qui est nécessaire pour connaître les causes de la mort, "
        "défendre la mémoire du défunt ou faire valoir ses droits, sauf opposition du patient de son "
        "vivant. Demandez le motif et un justificatif de la qualité d'ayant droit."
    ],
    RequesterKind.PARENTAL_AUTHORITY: [
        "Autorité parentale : vérifiez la qualité de titulaire. Le mineur peut demander que l'accès passe "
        "par un médecin, et s'opposer à l'accès pour les soins qu'il a voulu garder secrets (L.1111-5)."
    ],
    RequesterKind.GUARDIAN: [
        "Mesure de protection : vérifiez le jugement et l'étendue de la mission du tuteur ou de la personne "
        "chargée de la mesure."
    ],
    RequesterKind.DESIGNATED_PHYSICIAN: [
        "Médecin intermédiaire : vérifiez sa qualité (n° RPPS) et le mandat donné par le patient."
    ],
}
