"""Demo register: a GP's templates applied and completed, with fictitious providers (names are invented).

``small`` shows every state a user meets: complete fiches, one draft with gaps, a justified change of a
recommended retention, an HDS certificate expiring soon and a host whose certificate is not recorded.
``large`` adds a thousand activities and two hundred providers for performance checks.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from core.clock import PARIS, Clock, to_iso
from core.content.register_templates import activity_templates, processor_templates, templates_for
from core.domain import register_vocab as V
from core.domain.register import Activity
from core.services.register import RegisterService
from core.storage.repositories import register as repo
from core.vault import Vault

GP_CHOICES = (
    "patient_record_doctor",
    "appointments",
    "billing_sesam",
    "secure_messaging",
    "teleconsultation",
    "accounting",
    "staff_payroll",
    "suppliers",
    "website",
)

# Fictitious providers: (template key, name, contact, contract, location, HDS reference, certified activities)
_PROVIDERS = {
    "practice_software": (
        "Logimed Santé (fictif)",
        "support@logimed.exemple — 01 00 00 00 01",
        date(2023, 3, 1),
        "France (données chez l'hébergeur P02)",
        "",
        (),
    ),
    "software_host": (
        "Hébergement Santé Ouest (fictif)",
        "securite@hso.exemple — 02 00 00 00 02",
        date(2023, 3, 1),
        "France (Nantes et Rennes)",
        "HDS-2024-0417",
        ("premises", "hardware", "virtual", "platform", "administration", "backup"),
    ),
    "booking_platform": (
        "RDV Patient (fictif)",
        "dpo@rdvpatient.exemple",
        date(2022, 9, 15),
        "France et Allemagne",
        "HDS-2023-0981",
        ("virtual", "platform", "administration"),
    ),
    "secure_messaging": (
        "MSSanté de l'Ordre (exemple)",
        "assistance@mss.exemple",
        date(2021, 1, 10),
        "France",
        "HDS-2022-0112",
        ("hardware", "virtual", "platform", "administration", "backup"),
    ),
    "claims_concentrator": (
        "Concentrateur Télé-FSE (fictif)",
        "incident@telefse.exemple",
        date(2020, 6, 1),
        "France",
        "HDS-2021-0550",
        ("platform", "administration"),
    ),
    "teleconsultation": (
        "VisioSoin (fictif)",
        "securite@visiosoin.exemple",
        date(2024, 1, 20),
        "France",
        "",
        (),
    ),
    "it_maintenance": (
        "Informatique du Rhône (fictif)",
        "M. Durand — 04 00 00 00 03",
        date(2022, 2, 1),
        "Intervention sur place et à distance ; aucun stockage",
        "",
        (),
    ),
    "backup": (
        "Sauvegarde Sûre (fictif)",
        "support@sauvegarde.exemple",
        date(2023, 5, 5),
        "France (Lyon)",
        "HDS-2023-0777",
        ("backup",),
    ),
    "accountant": (
        "Cabinet comptable Bernard (fictif)",
        "contact@bernard-compta.exemple",
        date(2019, 1, 1),
        "France",
        "",
        (),
    ),
    "payroll": ("Paie Express (fictif)", "dpo@paie-express.exemple", date(2021, 7, 1), "France", "", ()),
    "website": (
        "Web Cabinet (fictif)",
        "support@webcabinet.exemple",
        date(2024, 4, 1),
        "France (OVH Roubaix)",
        "",
        (),
    ),
}
_SOFTWARE = {
    "patient_record_doctor": "Logimed Santé (logiciel métier en ligne)",
    "appointments": "Agenda RDV Patient",
    "billing_sesam": "Module SESAM-Vitale de Logimed Santé",
    "secure_messaging": "Messagerie MSSanté intégrée à Logimed Santé",
    "teleconsultation": "VisioSoin",
    "accounting": "Tableur de recettes et dépenses, transmis à l'expert-comptable",
    "staff_payroll": "Paie Express (secrétaire médicale à mi-temps)",
    "suppliers": "Messagerie du cabinet et tableur",
    "website": "Site vitrine du cabinet",
}


def seed(vault: Vault, size: str, rng: random.Random, clock: Clock) -> None:
    service = RegisterService(vault, clock)
    today = clock().astimezone(PARIS).date()
    service.apply_templates(GP_CHOICES)
    _complete_processors(service, today)
    _complete_activities(service)
    if size == "large":
        _seed_large(vault, rng, clock)


def _complete_processors(service: RegisterService, today: date) -> None:
    for p in service.processors():
        if p.template_key not in _PROVIDERS:
            continue
        name, contact, contract, location, hds_ref, hds_acts = _PROVIDERS[p.template_key]
        expiry = None
        if hds_ref:
            # The booking platform's certificate runs out in 60 days: the demo shows the warning.
            expiry = (
                today + timedelta(days=60)
                if p.template_key == "booking_platform"
                else date(today.year + 2, 6, 30)
            )
        clauses = tuple(V.CONTRACT_CLAUSES) if p.role == "processor" else ()
        if p.template_key == "website":
            clauses = ("instructions", "confidentiality", "security", "deletion_return")
        service.update_processor(
            replace(
                p,
                name=name,
                incident_contact=contact,
                contract_date=contract,
                clauses=clauses,
                hds_reference=hds_ref,
                hds_expiry=expiry,
                hds_activities=hds_acts,
                data_location=location,
            )
        )


def _complete_activities(service: RegisterService) -> None:
    for a in service.activities():
        changed = replace(a, software=_SOFTWARE.get(a.template_key, a.software))
        if a.template_key == "appointments":
            first = a.retention[0]
            changed = replace(
                changed,
                retention=(
                    replace(
                        first,
                        active=replace(first.active, value=1) if first.active else None,
                        justification="Historique des rendez-vous non honorés inutile au-delà d'un an pour "
                        "l'organisation du cabinet.",
                    ),
                    *a.retention[1:],
                ),
            )
        if a.template_key == "website":
            changed = replace(changed, information="")  # left as a draft with a gap, as real users do
        else:
            changed = replace(changed, status="complete")
        service.update_activity(changed)


def _seed_large(vault: Vault, rng: random.Random, clock: Clock) -> None:
    """Bulk rows straight through the repository (executemany): a thousand fiches in well under a second."""
    now = to_iso(clock())
    suggestions = processor_templates()
    with vault.transaction() as conn:
        start_p = int(repo.next_ref(conn, "register_processor", "P")[1:])
        processors = []
        for i in range(200):
            s = suggestions[i % len(suggestions)].to_processor()
            processors.append(
                replace(
                    s,
                    ref=f"P{start_p + i:02d}",
                    name=f"Prestataire de démonstration n° {i + 1}",
                    incident_contact=f"incident{i + 1}@prestataire.exemple",
                    data_location="France",
                    created_at=now,
                    updated_at=now,
                )
            )
        repo.insert_processors(conn, processors)
        refs = [p.ref for p in processors]
        templates = [t for t in activity_templates() if t in templates_for("medecin_generaliste")]
        start_a = int(repo.next_ref(conn, "register_activity", "T")[1:])
        activities: list[Activity] = []
        for i in range(1000):
            base = templates[i % len(templates)].to_activity()
            activities.append(
                replace(
                    base,
                    ref=f"T{start_a + i:02d}",
                    name=f"{base.name} — site {i // len(templates) + 1}",
                    software="Logiciel de démonstration",
                    processor_refs=tuple(rng.sample(refs, rng.randint(1, 3))),
                    created_at=now,
                    updated_at=now,
                )
            )
        repo.insert_activities(conn, activities)
