"""Demo security self-assessments: last year closed (with its action plan), this year in progress.

``large`` adds twenty yearly assessments, for the history chart and performance checks.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime

from core.clock import Clock, in_paris
from core.domain.checklist import ActionInput, ActionStatus, Answer, AnswerInput, AnswerSource, ItemAnswer
from core.services.checklist import ChecklistService
from core.services.checklist_files import EvidenceFileService
from core.services.checklist_plan import ActionPlanService
from core.storage.repositories import checklist as repo
from core.vault import Vault

PROFILE = {
    "has_staff": True,
    "has_replacements": True,
    "has_imaging": False,
    "has_connected_devices": True,
    "has_wifi": True,
    "has_remote_access": True,
    "has_server": True,
    "has_mobile_devices": True,
    "has_paper_records": True,
    "has_website": False,
    "uses_teleconsultation": True,
    "uses_online_booking": True,
    "has_cameras": False,
}

# Last year's weak points, with the practitioner's notes.
LAST_YEAR: dict[str, tuple[Answer, str]] = {
    "RESEAU-03": (
        Answer.NO,
        "Redirection du port 3389 vers le poste du secrétariat, ouverte par l'ancien "
        "prestataire pour le travail à domicile.",
    ),
    "POSTE-05": (Answer.NO, "Le portable des visites à domicile n'est pas chiffré."),
    "SAUV-04": (Answer.NO, "Aucune restauration n'a jamais été essayée."),
    "GOUV-07": (Answer.NO, ""),
    "INCID-05": (Answer.NO, ""),
    "ACCES-03": (Answer.NO, "Mots de passe notés dans un carnet au secrétariat."),
    "MAINT-02": (Answer.NO, ""),
    "RESEAU-07": (Answer.PARTIAL, "Un Wi-Fi invité existe mais sa clé est celle du réseau principal."),
    "SAUV-02": (Answer.PARTIAL, "Copie quotidienne sur le NAS seulement : pas de copie hors ligne."),
    "ACCES-02": (Answer.PARTIAL, "Même mot de passe pour la messagerie et l'agenda en ligne."),
    "EQUIPE-01": (Answer.PARTIAL, "Engagement signé par la secrétaire, pas par la société de ménage."),
    "PREST-02": (Answer.PARTIAL, "Annexe de sous-traitance de la plateforme de rendez-vous non retrouvée."),
    "ECH-02": (Answer.PARTIAL, "Résultats parfois envoyés par courriel ordinaire."),
    "POSTE-07": (Answer.PARTIAL, "Smartphone protégé par un code à 4 chiffres."),
    "DROITS-07": (Answer.NA, "Aucun usage des données en dehors des soins."),
}
# What became of last year's actions: (status, month it was done, cost).
OUTCOMES: dict[str, tuple[ActionStatus, int, str]] = {
    "RESEAU-03": (ActionStatus.DONE, 2, "0 €"),
    "POSTE-05": (ActionStatus.DONE, 4, "0 € (BitLocker inclus dans Windows Pro)"),
    "SAUV-04": (ActionStatus.DONE, 6, "1 h du prestataire, 60 €"),
    "ACCES-03": (ActionStatus.DONE, 3, "0 € (KeePassXC)"),
    "SAUV-02": (ActionStatus.IN_PROGRESS, 0, "≈ 120 € (disque externe chiffré)"),
    "EQUIPE-01": (ActionStatus.IN_PROGRESS, 0, ""),
    "MAINT-02": (ActionStatus.DROPPED, 0, ""),
}
THIS_YEAR: dict[str, tuple[Answer, str]] = {
    "SAUV-04": (Answer.YES, "Restauration du NAS sur un poste de test réussie le 12 juin."),
    "RESEAU-10": (Answer.PARTIAL, "Contrôle fait en janvier, à refaire après le changement de box."),
    "INCID-07": (Answer.NO, "Le contrat d'assurance ne mentionne pas le risque cyber."),
    "EQUIPE-03": (Answer.YES, "Module de sensibilisation de cybermalveillance.gouv.fr suivi en février."),
}


class _Clock:
    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def _write_answers(
    vault: Vault,
    service: ChecklistService,
    assessment_id: int,
    chosen: dict[str, tuple[Answer, str]],
    when: str,
    default: Answer | None = Answer.YES,
) -> None:
    """Bulk-write answers in one transaction (the data is ours and valid; the service validates user input)."""
    assessment = service.get(assessment_id)
    with vault.transaction() as conn:
        existing = repo.answers(conn, assessment_id)
        for item in service.applicable_items(assessment):
            if item.id in chosen:
                answer, note = chosen[item.id]
                reason = note if answer == Answer.NA else ""
                repo.put_answer(
                    conn,
                    assessment_id,
                    ItemAnswer(
                        item.id,
                        item.theme,
                        item.weight,
                        answer,
                        "" if reason else note,
                        reason,
                        AnswerSource.USER,
                        True,
                        when,
                    ),
                )
            elif item.id in existing and existing[item.id].answer is not None:
                repo.put_answer(
                    conn, assessment_id, replace(existing[item.id], confirmed=True, answered_at=when)
                )
            elif default is not None:
                repo.put_answer(
                    conn,
                    assessment_id,
                    ItemAnswer(
                        item.id, item.theme, item.weight, default, "", "", AnswerSource.USER, True, when
                    ),
                )


def seed(vault: Vault, size: str, rng: random.Random, clock: Clock) -> None:
    year = in_paris(clock()).year
    fake = _Clock(datetime(year - 1, 1, 20, 9, 0, tzinfo=UTC))
    service = ChecklistService(vault, fake)
    plan = ActionPlanService(vault, fake, service)
    files = EvidenceFileService(vault, fake, service)
    if size == "large":
        _seed_history(vault, service, fake, year - 19, 18, rng)
    service.set_profile(PROFILE)

    last = service.start(year - 1)
    _write_answers(vault, service, last.id, LAST_YEAR, f"{year - 1}-01-20T09:30:00+00:00")
    files.add_evidence(
        last.id,
        "RESEAU-10",
        "controle-exposition-janvier.txt",
        "Contrôle des ports ouverts de l'adresse publique : 3389 ouvert (bureau à distance).\n".encode(),
    )
    actions = {a.item_id: a for a in plan.accept_proposals(last.id)}
    for item_id, (status, month, cost) in OUTCOMES.items():
        action = actions[item_id]
        fake.moment = datetime(year - 1, month or 9, 10, 9, 0, tzinfo=UTC)
        plan.update_action(
            action.id,
            ActionInput(item_id, action.title, action.owner, action.due_date, status, cost, action.effort),
        )
    fake.moment = datetime(year - 1, 12, 15, 18, 0, tzinfo=UTC)
    service.close(last.id, closed_by="Dr Claire Martin")

    fake.moment = datetime(year, 1, 12, 9, 0, tzinfo=UTC)
    current = service.start(year)
    _write_answers(vault, service, current.id, THIS_YEAR, f"{year}-01-12T10:00:00+00:00", default=None)
    # Leave a few pre-filled answers to confirm, as a practitioner half-way through would.
    unanswered, _ = service.missing(current.id)
    for item_id in unanswered:
        if item_id not in THIS_YEAR:
            service.answer(current.id, AnswerInput(item_id, Answer.YES))
    with vault.transaction() as conn:
        answers = repo.answers(conn, current.id)
        for item_id in ("SERVICES-04", "SAUV-06", "LOCAUX-04", "CONSERV-03", "MAINT-03", "ECH-06"):
            if item_id in answers:
                repo.put_answer(
                    conn,
                    current.id,
                    replace(
                        answers[item_id], confirmed=False, source=AnswerSource.PREVIOUS, answered_at=None
                    ),
                )
    files.add_evidence(
        current.id,
        "SAUV-04",
        "compte-rendu-restauration.txt",
        b"Restauration du NAS du 12/06 sur le poste de test : 1 240 dossiers ouverts sans erreur.\n",
    )
    plan.accept_proposals(current.id)


def _seed_history(
    vault: Vault, service: ChecklistService, fake: _Clock, first_year: int, count: int, rng: random.Random
) -> None:
    """Older closed yearly assessments (with the two recent ones, twenty in all), the practice improving."""
    items = service.catalogue.items
    for n in range(count):
        y = first_year + n
        fake.moment = datetime(y, 1, 15, 9, 0, tzinfo=UTC)
        a = service.start(y)
        p_yes = 0.35 + 0.03 * n
        chosen = {}
        for item in items:
            r = rng.random()
            answer = Answer.YES if r < p_yes else Answer.PARTIAL if r < p_yes + 0.25 else Answer.NO
            chosen[item.id] = (answer, "")
        _write_answers(vault, service, a.id, chosen, f"{y}-01-15T10:00:00+00:00")
        fake.moment = datetime(y, 12, 1, 9, 0, tzinfo=UTC)
        service.close(a.id, closed_by="Dr Claire Martin")
