"""Demo rights requests (one due soon, one answered, one overdue) and the useful contacts of the kit."""

from __future__ import annotations

import random
from datetime import timedelta

from core.clock import Clock, to_iso
from core.domain.contacts import ContactRole, UsefulContact
from core.domain.rights import AnswerChannel, RequesterKind, RequestKind, RequestStatus, RightsRequest
from core.services.contacts import ContactsService
from core.services.rights import RightsService
from core.storage.repositories import rights as repo
from core.vault import Vault

CONTACTS = (
    UsefulContact(
        ContactRole.SOFTWARE_VENDOR,
        "Support MédiLogiciel (fictif)",
        "09 70 00 00 01",
        "support@medilogiciel.exemple",
        "Client n° ML-20417",
    ),
    UsefulContact(
        ContactRole.IT_PROVIDER,
        "Lyon Info Services (fictif)",
        "04 72 00 00 02",
        "depannage@lyoninfo.exemple",
        "Contrat de maintenance 2026-118",
    ),
    UsefulContact(
        ContactRole.INSURER,
        "Assurance RCP Santé (fictive)",
        "01 40 00 00 03",
        "",
        "Police RCP-778812, garantie cyber incluse",
    ),
)

FIRST_NAMES = ("Jeanne", "Louis", "Camille", "Hugo", "Léa", "Arthur", "Chloé", "Jules", "Inès", "Paul")
LAST_NAMES = ("Durand", "Lefebvre", "Moreau", "Girard", "Roux", "Fournier", "Bonnet", "Mercier", "Blanc")


def seed(vault: Vault, size: str, rng: random.Random, clock: Clock) -> None:
    now = clock()
    rights = RightsService(vault, clock)
    contacts = ContactsService(vault, clock)
    for contact in CONTACTS:
        contacts.save(contact)
    rights.create(
        RightsRequest(
            kind=RequestKind.MEDICAL_RECORD,
            requester_kind=RequesterKind.PATIENT,
            requester_name="Jeanne Durand (fictive)",
            requester_address="8 rue Paul Bert\n69003 Lyon",
            received_at=now - timedelta(days=5, hours=2),
            details="Copie de l'ensemble du dossier, envoi par courrier.",
            identity_checked=True,
            identity_note="Copie de la carte d'identité jointe au courrier",
        )
    )
    answered = rights.create(
        RightsRequest(
            kind=RequestKind.RECTIFICATION,
            requester_kind=RequesterKind.PATIENT,
            requester_name="Louis Moreau (fictif)",
            received_at=now - timedelta(days=40),
            details="Adresse et numéro de téléphone erronés.",
            identity_checked=True,
        )
    )
    rights.answer(answered.id, now - timedelta(days=33), AnswerChannel.EMAIL, "Coordonnées corrigées.")
    rights.create(
        RightsRequest(
            kind=RequestKind.ERASURE,
            requester_kind=RequesterKind.PATIENT,
            requester_name="Camille Girard (fictive)",
            received_at=now - timedelta(days=38),
            details="Demande l'effacement de son dossier après un déménagement.",
        )
    )
    if size == "large":
        _many(vault, rng, now)


def _many(vault: Vault, rng: random.Random, now) -> None:
    """Several years of requests, written directly (the service would journal each one: too slow here)."""
    kinds = list(RequestKind)
    channels = list(AnswerChannel)
    requests = []
    for _ in range(1500):
        received = now - timedelta(days=rng.randint(60, 3 * 365), hours=rng.randint(0, 23))
        requests.append(
            RightsRequest(
                kind=rng.choice(kinds),
                requester_kind=RequesterKind.PATIENT,
                requester_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} (fictif)",
                received_at=received,
                identity_checked=True,
                status=RequestStatus.ANSWERED,
                answered_at=received + timedelta(days=rng.randint(3, 25)),
                answer_channel=rng.choice(channels),
            )
        )
    with vault.transaction() as conn:
        repo.insert_many(conn, requests, to_iso(now))
