"""Problems of the practice's identity and of the useful contacts (French, English)."""

from __future__ import annotations

# code -> (French, English); ``{name}`` placeholders are the parameters.
TEXTS: dict[str, tuple[str, str]] = {
    "practice.name_missing": ("le nom du cabinet est obligatoire", "the practice name is required"),
    "practice.profession_missing": ("choisissez une profession", "choose a profession"),
    "practice.profession_unknown": (
        "profession inconnue : choisissez-la dans la liste",
        "unknown profession: choose it from the list",
    ),
    "practice.rpps_invalid": ("le n° RPPS compte 11 chiffres", "the RPPS number has 11 digits"),
    "practice.adeli_invalid": ("le n° ADELI compte 9 chiffres", "the ADELI number has 9 digits"),
    "practice.siret_invalid": (
        "le SIRET compte 14 chiffres avec une clé de contrôle valide",
        "the SIRET has 14 digits with a valid check digit",
    ),
    "practice.siren_invalid": (
        "le SIREN compte 9 chiffres avec une clé de contrôle valide",
        "the SIREN has 9 digits with a valid check digit",
    ),
    "practice.postcode_invalid": ("le code postal compte 5 chiffres", "the postcode has 5 digits"),
    "practice.siren_not_siret": (
        "le SIREN doit être le début du SIRET",
        "the SIREN must be the start of the SIRET",
    ),
    "email_invalid": ("adresse e-mail invalide", "invalid e-mail address"),
    "practice.staff_count": (
        "l'effectif compte au moins une personne (le praticien)",
        "the headcount is at least one person (the practitioner)",
    ),
    "practice.dpo_name_missing": (
        "indiquez le nom du délégué à la protection des données",
        "enter the name of the data protection officer",
    ),
    "contact.name_missing": ("indiquez le nom du contact", "give the name of the contact"),
    "contact.means_missing": (
        "indiquez au moins un téléphone, une adresse e-mail ou un site internet",
        "give at least a phone number, an e-mail address or a web site",
    ),
}
