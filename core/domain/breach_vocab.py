"""The breach vocabulary: every code set of ``vigie.breach-facts/1``, once, with French and English labels.

Codes are what the facts, the vault and the JSON store; labels are for the wizard, the rules' reasons, the
journal, the reports and the command line. French follows the CNIL notification form's wording so that the
practitioner can copy the dossier field by field; English is offered to the GUI and the reasons.
A test checks that each dict covers exactly its code tuple in :mod:`core.domain.breach`.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.domain.terms import Term, by_code

__all__ = [
    "CAUSES",
    "DATA_CATEGORIES",
    "DISCOVERY_MEANS",
    "EXEMPTIONS",
    "EXPOSURES",
    "IDENTIFIABILITY",
    "MISUSES",
    "NATURES",
    "ORIGINS",
    "PROTECTIONS",
    "RISKS",
    "SEVERITY_LEVELS",
    "STATUSES",
    "STORAGE_MEDIA",
    "SUBJECT_CATEGORIES",
    "Term",
    "label",
    "labels",
    "lower_first",
]


NATURES = by_code(
    Term(
        "confidentiality",
        "Perte de la confidentialité (divulgation ou accès non autorisé)",
        "Loss of confidentiality (unauthorised disclosure or access)",
    ),
    Term(
        "integrity",
        "Perte de l'intégrité (modification non autorisée)",
        "Loss of integrity (unauthorised alteration)",
    ),
    Term(
        "availability",
        "Perte de la disponibilité (destruction, perte, indisponibilité)",
        "Loss of availability (destruction, loss, unavailability)",
    ),
)

ORIGINS = by_code(
    Term("lost_or_stolen_device", "Équipement perdu ou volé", "Lost or stolen device"),
    Term(
        "paper_lost_stolen_or_exposed",
        "Papier perdu, volé ou laissé accessible dans un endroit non sécurisé",
        "Paper lost, stolen or left accessible in an unsecured place",
    ),
    Term(
        "mail_lost_or_opened",
        "Courrier perdu ou ouvert avant d'être retourné à l'envoyeur",
        "Mail lost or opened before being returned to the sender",
    ),
    Term(
        "hacking_malware_phishing",
        "Piratage, logiciel malveillant (rançongiciel), hameçonnage",
        "Hacking, malware (ransomware), phishing",
    ),
    Term(
        "paper_disposed_unshredded",
        "Mise au rebut de documents papier sans destruction physique",
        "Paper disposed of without being shredded",
    ),
    Term(
        "device_disposed_unwiped",
        "Mise au rebut d'appareils sans effacement sécurisé des données",
        "Device disposed of without secure wiping",
    ),
    Term(
        "unintended_publication",
        "Publication non volontaire d'informations",
        "Unintended publication of information",
    ),
    Term(
        "wrong_person_data_shown",
        "Données de la mauvaise personne affichées",
        "The wrong person's data shown",
    ),
    Term(
        "sent_to_wrong_recipient",
        "Données personnelles envoyées à un mauvais destinataire",
        "Personal data sent to the wrong recipient",
    ),
    Term(
        "verbal_disclosure",
        "Informations personnelles divulguées de façon verbale",
        "Personal information disclosed verbally",
    ),
    Term("other", "Autre", "Other"),
)

CAUSES = by_code(
    Term("internal_malicious", "Acte interne malveillant", "Internal malicious act"),
    Term("internal_accidental", "Acte interne accidentel", "Internal accidental act"),
    Term("external_malicious", "Acte externe malveillant", "External malicious act"),
    Term("external_accidental", "Acte externe accidentel", "External accidental act"),
    Term("unknown", "Inconnue", "Unknown"),
)

DATA_CATEGORIES = by_code(
    Term("civil_status", "État civil", "Civil status"),
    Term("nir", "NIR (n° de sécurité sociale)", "NIR (French social security number)"),
    Term("contact", "Coordonnées", "Contact details"),
    Term("credentials", "Identifiants et mots de passe", "Identifiers and passwords"),
    Term("financial", "Données bancaires ou financières", "Bank or financial data"),
    Term("official_documents", "Documents officiels (pièces d'identité)", "Official documents (ID papers)"),
    Term("location", "Localisation", "Location"),
    Term("offences", "Infractions et condamnations", "Offences and convictions"),
    Term("health", "Santé", "Health"),
    Term("genetic", "Données génétiques", "Genetic data"),
    Term("biometric", "Données biométriques", "Biometric data"),
    Term("ethnic_origin", "Origine ethnique", "Ethnic origin"),
    Term("political", "Opinions politiques", "Political opinions"),
    Term("religious", "Convictions religieuses", "Religious beliefs"),
    Term("trade_union", "Appartenance syndicale", "Trade-union membership"),
    Term("sex_life", "Vie ou orientation sexuelle", "Sex life or sexual orientation"),
    Term("other", "Autres données", "Other data"),
    Term("unknown", "Pas encore connues (santé supposée)", "Not known yet (health assumed)"),
)

SUBJECT_CATEGORIES = by_code(
    Term("patients", "Patients", "Patients"),
    Term("employees", "Salariés", "Employees"),
    Term("clients", "Clients", "Clients"),
    Term("users", "Usagers", "Users"),
    Term("minors", "Mineurs", "Minors"),
    Term("vulnerable", "Personnes vulnérables", "Vulnerable persons"),
    Term("other", "Autres", "Others"),
    Term("unknown", "Pas encore connues", "Not known yet"),
)

IDENTIFIABILITY = by_code(
    Term("direct", "Identification directe (nom, date de naissance, NIR)", "Direct (name, birth date, NIR)"),
    Term("easy", "Identification facile", "Easy identification"),
    Term("difficult", "Identification difficile", "Difficult identification"),
    Term("negligible", "Identification négligeable", "Negligible identification"),
)

PROTECTIONS = by_code(
    Term(
        "none",
        "Aucune protection particulière des données (non chiffrées)",
        "No particular protection (not encrypted)",
    ),
    Term(
        "encrypted_key_safe",
        "Données chiffrées par un algorithme reconnu ; clé non compromise",
        "Encrypted with a recognised algorithm; key not compromised",
    ),
    Term(
        "encrypted_key_compromised",
        "Données chiffrées, mais clé compromise",
        "Encrypted, but the key is compromised",
    ),
    Term("hashed_salted", "Données hachées avec sel (empreintes)", "Salted hashes only"),
    Term("pseudonymised", "Données pseudonymisées", "Pseudonymised data"),
)

EXPOSURES = by_code(
    Term("none_proven", "Aucun accès établi", "No access, established"),
    Term("unknown", "Accès par des tiers impossible à exclure", "Access by others cannot be ruled out"),
    Term("known_recipients", "Destinataires connus", "Known recipients"),
    Term(
        "unknown_recipients",
        "Nombre inconnu de personnes (publication, exfiltration)",
        "Unknown number of persons (publication, exfiltration)",
    ),
    Term(
        "known_and_unknown_recipients",
        "Une personne connue, et peut-être des inconnus (exposition sur Internet)",
        "Someone known, and possibly unknown others (exposed on the Internet)",
    ),
)

MISUSES = by_code(
    Term("none", "Modifiées, sans conséquence", "Altered, without consequence"),
    Term("recoverable", "Modifiées, puis rétablies", "Altered, then restored"),
    Term("not_recoverable", "Modifiées, impossibles à rétablir", "Altered, cannot be restored"),
)

STORAGE_MEDIA = by_code(
    Term("server", "Serveur (au cabinet ou hébergé)", "Server (at the practice or hosted)"),
    Term("workstation", "Ordinateur fixe", "Desktop computer"),
    Term("laptop", "Ordinateur portable", "Laptop"),
    Term("phone", "Téléphone ou tablette", "Phone or tablet"),
    Term(
        "removable_media",
        "Support amovible (clé USB, disque externe)",
        "Removable media (USB key, external disk)",
    ),
    Term("paper", "Papier", "Paper"),
    Term("email", "Messagerie (e-mail)", "E-mail"),
    Term("cloud", "Service en ligne (cloud)", "Online service (cloud)"),
    Term("other", "Autre support", "Other medium"),
)

STATUSES = by_code(
    Term("established", "Violation avérée", "Established breach"),
    Term("suspected", "Violation suspectée", "Suspected breach"),
)

# How the practice learned of the breach (the CNIL form asks for the means of discovery).
DISCOVERY_MEANS = by_code(
    Term("patient", "Signalement d'un patient", "Reported by a patient"),
    Term(
        "third_party",
        "Signalement d'un tiers (journaliste, chercheur, autre professionnel)",
        "Reported by a third party (journalist, researcher, another professional)",
    ),
    Term(
        "authority", "Information par la CNIL ou une autre autorité", "Told by the CNIL or another authority"
    ),
    Term(
        "vendor",
        "Information par l'éditeur du logiciel ou le prestataire de maintenance",
        "Told by the software vendor or the maintenance provider",
    ),
    Term("practice", "Constat du cabinet lui-même", "Found by the practice itself"),
    Term(
        "security_alert",
        "Alerte de sécurité (antivirus, pare-feu, journal de connexion)",
        "Security alert (antivirus, firewall, connection log)",
    ),
    Term("ransom_note", "Demande de rançon affichée ou reçue", "Ransom note shown or received"),
    Term("other", "Autre moyen", "Other means"),
)

RISKS = by_code(
    Term("none", "Risque improbable", "Unlikely to result in a risk"),
    Term("risk", "Risque", "Risk"),
    Term("high", "Risque élevé", "High risk"),
)

# The CNIL form's severity scale, by ENISA level.
SEVERITY_LEVELS = by_code(
    Term("low", "Négligeable", "Negligible"),
    Term("medium", "Limitée", "Limited"),
    Term("high", "Importante", "Significant"),
    Term("very_high", "Maximale", "Maximum"),
)

EXEMPTIONS = by_code(
    Term(
        "a",
        "art. 34(3)(a) : données rendues incompréhensibles (chiffrement, clé non compromise)",
        "art. 34(3)(a): data unintelligible (encryption, key not compromised)",
    ),
    Term(
        "b",
        "art. 34(3)(b) : mesures ultérieures qui rendent le risque élevé improbable",
        "art. 34(3)(b): later measures make the high risk no longer likely",
    ),
    Term(
        "c",
        "art. 34(3)(c) : efforts disproportionnés ; communication publique à la place",
        "art. 34(3)(c): disproportionate effort; a public communication instead",
    ),
)


def label(vocabulary: dict[str, Term], code: str, lang: str = "fr") -> str:
    """The label of ``code``; an unknown code is shown as itself (never hidden)."""
    term = vocabulary.get(code)
    return term.label(lang) if term else code


def labels(vocabulary: dict[str, Term], codes: Iterable[str], lang: str = "fr") -> list[str]:
    return [label(vocabulary, c, lang) for c in codes]


def lower_first(text: str) -> str:
    """'Santé' -> 'santé' for use inside a sentence; acronyms ('NIR …') stay as they are."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
