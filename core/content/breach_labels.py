"""French wording of the breach vocabulary, as the CNIL notification form words it (documents, CLI).

The GUI has its own translated labels; these serve the printed documents, which are in French.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.rules.severity import CATEGORY_LABELS

NATURE_LABELS = {
    "confidentiality": "Perte de la confidentialité (divulgation ou accès non autorisé)",
    "integrity": "Perte de l'intégrité (modification non autorisée)",
    "availability": "Perte de la disponibilité (destruction, perte, indisponibilité)",
}
ORIGIN_LABELS = {
    "lost_or_stolen_device": "Équipement perdu ou volé",
    "paper_lost_stolen_or_exposed": "Papier perdu, volé ou laissé accessible dans un endroit non sécurisé",
    "mail_lost_or_opened": "Courrier perdu ou ouvert avant d'être retourné à l'envoyeur",
    "hacking_malware_phishing": "Piratage, logiciel malveillant (rançongiciel), hameçonnage",
    "paper_disposed_unshredded": "Mise au rebut de documents papier sans destruction physique",
    "device_disposed_unwiped": "Mise au rebut d'appareils sans effacement sécurisé des données",
    "unintended_publication": "Publication non volontaire d'informations",
    "wrong_person_data_shown": "Données de la mauvaise personne affichées sur le portail du client",
    "sent_to_wrong_recipient": "Données personnelles envoyées à un mauvais destinataire",
    "verbal_disclosure": "Informations personnelles divulguées de façon verbale",
    "other": "Autre",
}
CAUSE_LABELS = {
    "internal_malicious": "Acte interne malveillant",
    "internal_accidental": "Acte interne accidentel",
    "external_malicious": "Acte externe malveillant",
    "external_accidental": "Acte externe accidentel",
    "unknown": "Inconnue",
}
SUBJECT_LABELS = {
    "patients": "Patients",
    "employees": "Salariés",
    "clients": "Clients",
    "users": "Usagers",
    "minors": "Mineurs",
    "vulnerable": "Personnes vulnérables",
    "other": "Autres",
    "unknown": "Pas encore connues",
}
PROTECTION_LABELS = {
    "none": "Aucune protection particulière des données (non chiffrées)",
    "encrypted_key_safe": "Données chiffrées par un algorithme reconnu ; clé non compromise",
    "encrypted_key_compromised": "Données chiffrées, mais clé compromise",
    "hashed_salted": "Données hachées avec sel (empreintes)",
    "pseudonymised": "Données pseudonymisées",
}
EXPOSURE_LABELS = {
    "none_proven": "Aucun accès établi",
    "unknown": "Accès par des tiers impossible à exclure",
    "known_recipients": "Destinataires connus",
    "unknown_recipients": "Nombre inconnu de personnes (publication, exfiltration)",
}
RISK_LABELS_SHORT = {"none": "risque improbable", "risk": "risque", "high": "risque élevé"}
CNIL_SEVERITY = {"low": "Négligeable", "medium": "Limitée", "high": "Importante", "very_high": "Maximale"}
EXEMPTION_LABELS = {
    "a": "art. 34(3)(a) : données rendues incompréhensibles (chiffrement, clé non compromise)",
    "b": "art. 34(3)(b) : mesures ultérieures qui rendent le risque élevé improbable",
    "c": "art. 34(3)(c) : efforts disproportionnés ; communication publique à la place",
}


def person_bucket(count: int | None) -> str:
    """The CNIL statistics bucket for a number of persons."""
    if count is None:
        return "Pas encore connu"
    for high, label in ((5, "0 à 5"), (50, "6 à 50"), (300, "51 à 300"), (5000, "301 à 5 000")):
        if count <= high:
            return f"{label} (environ {count})"
    return f"Plus de 5 000 (environ {count:,})".replace(",", "\u202f")


def joined(values: Iterable[str], labels: dict[str, str], empty: str = "Pas encore connu") -> str:
    items = [labels.get(v, v) for v in values]
    return " ; ".join(items) if items else empty


def categories_text(categories: Iterable[str]) -> str:
    labels = {k: v[:1].upper() + v[1:] for k, v in CATEGORY_LABELS.items()}
    return joined(categories, labels, "Pas encore connues")


CHANNEL_TEXT = {
    "letter": "courrier",
    "email": "e-mail",
    "phone": "téléphone",
    "in_person": "entretien au cabinet",
    "public_notice": "communication publique",
    "other": "autre moyen",
}
