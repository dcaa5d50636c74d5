"""A patient's request to exercise a right over their data (CSP access to the record, GDPR arts. 15–21).

The French labels live here because the letters and the command line need them without Qt; the GUI
translates its own copies.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from core.errors import FieldProblem, InvalidInput


class RequestKind(StrEnum):
    MEDICAL_RECORD = "medical_record"  # CSP L.1111-7: 48 h floor, 8 days / 2 months
    GDPR_ACCESS = "gdpr_access"  # art. 15
    RECTIFICATION = "rectification"  # art. 16
    ERASURE = "erasure"  # art. 17
    RESTRICTION = "restriction"  # art. 18
    OBJECTION = "objection"  # art. 21
    PORTABILITY = "portability"  # art. 20
    SHARING_OBJECTION = "sharing_objection"  # CSP L.1110-4: sharing outside the care team

    @property
    def label(self) -> str:
        return KIND_LABELS[self]

    @property
    def is_gdpr(self) -> bool:
        """Governed by GDPR art. 12(3) (one month, extendable), as opposed to the CSP record access."""
        return self is not RequestKind.MEDICAL_RECORD


KIND_LABELS: dict[RequestKind, str] = {
    RequestKind.MEDICAL_RECORD: "Accès au dossier médical (CSP)",
    RequestKind.GDPR_ACCESS: "Droit d'accès (RGPD)",
    RequestKind.RECTIFICATION: "Rectification",
    RequestKind.ERASURE: "Effacement",
    RequestKind.RESTRICTION: "Limitation",
    RequestKind.OBJECTION: "Opposition",
    RequestKind.PORTABILITY: "Portabilité",
    RequestKind.SHARING_OBJECTION: "Opposition au partage hors équipe de soins",
}


class RequesterKind(StrEnum):
    PATIENT = "patient"
    PARENTAL_AUTHORITY = "parental_authority"
    GUARDIAN = "guardian"
    HEIR = "heir"
    DESIGNATED_PHYSICIAN = "designated_physician"

    @property
    def label(self) -> str:
        return REQUESTER_LABELS[self]


REQUESTER_LABELS: dict[RequesterKind, str] = {
    RequesterKind.PATIENT: "Le patient",
    RequesterKind.PARENTAL_AUTHORITY: "Titulaire de l'autorité parentale",
    RequesterKind.GUARDIAN: "Tuteur ou personne chargée d'une mesure de protection",
    RequesterKind.HEIR: "Ayant droit d'un patient décédé",
    RequesterKind.DESIGNATED_PHYSICIAN: "Médecin désigné comme intermédiaire",
}


class RequestStatus(StrEnum):
    RECEIVED = "received"
    EXTENDED = "extended"
    ANSWERED = "answered"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self in (RequestStatus.RECEIVED, RequestStatus.EXTENDED)


STATUS_LABELS: dict[RequestStatus, str] = {
    RequestStatus.RECEIVED: "Reçue, à traiter",
    RequestStatus.EXTENDED: "Délai prolongé",
    RequestStatus.ANSWERED: "Répondue",
    RequestStatus.REFUSED: "Refusée (motivée)",
    RequestStatus.WITHDRAWN: "Retirée",
}


class AnswerChannel(StrEnum):
    HAND = "hand"
    POST = "post"
    REGISTERED_POST = "registered_post"
    SECURE_EMAIL = "secure_email"
    EMAIL = "email"
    ON_SITE = "on_site"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


CHANNEL_LABELS: dict[AnswerChannel, str] = {
    AnswerChannel.HAND: "Remise en main propre",
    AnswerChannel.POST: "Courrier simple",
    AnswerChannel.REGISTERED_POST: "Lettre recommandée avec accusé de réception",
    AnswerChannel.SECURE_EMAIL: "Messagerie sécurisée de santé",
    AnswerChannel.EMAIL: "E-mail",
    AnswerChannel.ON_SITE: "Consultation sur place",
}


@dataclass(frozen=True)
class RightsRequest:
    """One request. ``received_at`` is an aware instant (the 48-hour floor needs the hour)."""

    kind: RequestKind
    requester_kind: RequesterKind
    requester_name: str
    received_at: datetime
    details: str = ""
    requester_address: str = ""
    patient_name: str = ""
    identity_checked: bool = False
    identity_note: str = ""
    old_information: bool = False  # information more than 5 years old (CSP: 2 months instead of 8 days)
    status: RequestStatus = RequestStatus.RECEIVED
    extended_at: datetime | None = None
    extension_reason: str = ""
    answered_at: datetime | None = None
    answer_channel: AnswerChannel | None = None
    answer_content: str = ""
    id: int | None = None

    @property
    def concerned_patient(self) -> str:
        """The patient the data are about: the requester unless they act for someone else."""
        if self.requester_kind is RequesterKind.PATIENT:
            return self.requester_name
        return self.patient_name

    def normalized(self) -> RightsRequest:
        strip = {
            name: getattr(self, name).strip()
            for name in (
                "requester_name",
                "requester_address",
                "patient_name",
                "identity_note",
                "details",
                "extension_reason",
                "answer_content",
            )
        }
        return replace(self, **strip)

    def problems(self) -> list[FieldProblem]:
        p: list[FieldProblem] = []
        if not self.requester_name.strip():
            p.append(FieldProblem("requester_name", "indiquez le nom du demandeur"))
        if self.requester_kind is not RequesterKind.PATIENT and not self.patient_name.strip():
            p.append(
                FieldProblem("patient_name", "indiquez le patient concerné (le demandeur agit pour lui)")
            )
        if self.received_at.tzinfo is None:
            p.append(FieldProblem("received_at", "la date de réception doit porter un fuseau horaire"))
        if self.old_information and self.kind is not RequestKind.MEDICAL_RECORD:
            p.append(
                FieldProblem(
                    "old_information",
                    "le délai de deux mois pour les informations de plus de cinq ans ne concerne que "
                    "l'accès au dossier médical",
                )
            )
        if self.status is RequestStatus.EXTENDED and not self.extension_reason.strip():
            p.append(FieldProblem("extension_reason", "motivez la prolongation du délai"))
        if self.status in (RequestStatus.ANSWERED, RequestStatus.REFUSED):
            if self.answered_at is None:
                p.append(FieldProblem("answered_at", "indiquez la date de la réponse"))
            elif self.answered_at < self.received_at:
                p.append(FieldProblem("answered_at", "la réponse ne peut pas précéder la demande"))
            if self.answer_channel is None:
                p.append(FieldProblem("answer_channel", "indiquez comment la réponse a été transmise"))
        if self.status is RequestStatus.REFUSED and not self.answer_content.strip():
            p.append(FieldProblem("answer_content", "un refus doit être motivé"))
        return p

    def validated(self) -> RightsRequest:
        request = self.normalized()
        problems = request.problems()
        if problems:
            raise InvalidInput(problems)
        return request


@dataclass(frozen=True)
class Attachment:
    """A document kept with a request (copy of an ID, the letter received...). Content read on demand."""

    id: int
    request_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime


@dataclass(frozen=True)
class DeadlineAssessment:
    """Where a request stands against its legal deadlines on a given day (computed by
    :func:`core.rules.rights_deadlines.assess`; a value of the domain so that views and letters can hold it)."""

    earliest_answer: datetime | None
    first_due: date
    extended_due: date | None
    due: date
    days_left: int
    overdue: bool
    can_extend: bool
    answered_late: bool
    notes: tuple[str, ...]


@dataclass(frozen=True)
class RequestView:
    """A request with its deadlines computed for "now" (what the list, the log and the dashboard show)."""

    request: RightsRequest
    deadline: DeadlineAssessment


# The letters Vigie drafts for a request (``core.reports.rights_letters`` renders them). Here, in the domain, so that
# screens can name them without loading the PDF library.
ACKNOWLEDGEMENT = "acknowledgement"
ANSWER = "answer"
EXTENSION = "extension"
REFUSAL = "refusal"
