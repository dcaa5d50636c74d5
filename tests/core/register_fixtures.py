"""A fully filled activity and processor, shared by the register tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from core.domain.register import (
    Activity,
    Checked,
    Period,
    Processor,
    Recommendation,
    RetentionRule,
    Transfer,
)

NOW = datetime(2026, 11, 29, 10, 30, tzinfo=UTC)


def fixed_clock() -> datetime:
    return NOW


def full_processor(**changes: object) -> Processor:
    values: dict[str, object] = dict(
        name="Hébergeur Exemple SAS",
        role="processor",
        services="Hébergement du logiciel métier",
        incident_contact="securite@hebergeur.exemple",
        contract_date=date(2024, 2, 1),
        clauses=(
            "instructions",
            "confidentiality",
            "security",
            "subprocessors",
            "rights_assistance",
            "breach_assistance",
            "deletion_return",
            "audits",
        ),
        hosts_health_data=True,
        hds_reference="HDS-REF-4242",
        hds_expiry=date(2028, 1, 31),
        hds_activities=("virtual", "backup"),
        data_location="France (Strasbourg)",
        transfers="Aucun",
        notes="Revue annuelle du contrat en janvier",
    )
    values.update(changes)
    return Processor(**values)  # type: ignore[arg-type]


def full_activity(processor_refs: tuple[str, ...] = (), **changes: object) -> Activity:
    """Every field filled with a distinctive value, so a test can look for each one in an output."""
    values: dict[str, object] = dict(
        name="Suivi des patients diabétiques",
        software="LogiSoin Pro 7",
        joint_controller="Maison de santé des Tilleuls",
        purposes=("Suivre l'équilibre glycémique", "Programmer les examens annuels"),
        legal_basis="c",
        legal_basis_detail="Tenue du dossier médical imposée par le code de la santé publique",
        art9_condition="h",
        art9_detail="Soins par un professionnel tenu au secret",
        persons=(Checked("patients", ""), Checked("other", "Aidants familiaux déclarés")),
        data_categories=(
            Checked("identity", "Nom, prénom, INS"),
            Checked("other", "Relevés du lecteur de glycémie"),
        ),
        sensitive_data=(Checked("health", "HbA1c et traitements"), Checked("nir", "Pour la facturation")),
        data_source="Le patient et le laboratoire Biolab",
        recipients_internal=("Infirmière coordinatrice",),
        recipients_external=("Diabétologue correspondant",),
        processor_refs=processor_refs,
        transfers_outside_eu=True,
        transfers=(Transfer("Suisse", "adequacy", "Télésurveillance du lecteur"),),
        retention=(
            RetentionRule(
                "Relevés glycémiques",
                Period(5, "years"),
                Period(15, "years"),
                "Dernière consultation",
                "delete",
                "Jusqu'aux 28 ans pour un mineur",
                "",
                Recommendation(Period(5, "years"), Period(15, "years"), "delete"),
            ),
            RetentionRule(
                "Carnet de suivi papier",
                Period(2, "years"),
                None,
                "Fin du programme",
                "anonymise",
                "",
                "Programme régional plus court",
                Recommendation(Period(3, "years"), None, "anonymise"),
            ),
        ),
        security_measures=(
            Checked("encryption", "Disque chiffré BitLocker"),
            Checked("backup", "Sauvegarde nocturne"),
        ),
        dpia_required=True,
        dpia_reason="Télésurveillance connectée de patients vulnérables",
        information="Affiche et notice remise en consultation",
        status="complete",
    )
    values.update(changes)
    return Activity(**values)  # type: ignore[arg-type]
