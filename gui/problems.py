"""Validation problems from core (French ``FieldProblem.problem``) in the interface language.

Core explains each problem in French; the fixed sentences that the forms can produce are listed here so English
users read them in English. Anything not listed (sentences with figures, JSON import details) stays as core
wrote it; see docs/accessibility.md.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.errors import FieldProblem


def _translations() -> dict[str, str]:
    # Literal calls so that lupdate finds every sentence.
    return {
        "le nom du cabinet est obligatoire": QCoreApplication.translate(
            "problems", "le nom du cabinet est obligatoire"
        ),
        "choisissez une profession": QCoreApplication.translate("problems", "choisissez une profession"),
        "profession inconnue : choisissez-la dans la liste": QCoreApplication.translate(
            "problems", "profession inconnue : choisissez-la dans la liste"
        ),
        "le n° RPPS compte 11 chiffres": QCoreApplication.translate(
            "problems", "le n° RPPS compte 11 chiffres"
        ),
        "le n° ADELI compte 9 chiffres": QCoreApplication.translate(
            "problems", "le n° ADELI compte 9 chiffres"
        ),
        "le SIRET compte 14 chiffres avec une clé de contrôle valide": QCoreApplication.translate(
            "problems", "le SIRET compte 14 chiffres avec une clé de contrôle valide"
        ),
        "le SIREN compte 9 chiffres avec une clé de contrôle valide": QCoreApplication.translate(
            "problems", "le SIREN compte 9 chiffres avec une clé de contrôle valide"
        ),
        "le code postal compte 5 chiffres": QCoreApplication.translate(
            "problems", "le code postal compte 5 chiffres"
        ),
        "le SIREN doit être le début du SIRET": QCoreApplication.translate(
            "problems", "le SIREN doit être le début du SIRET"
        ),
        "adresse e-mail invalide": QCoreApplication.translate("problems", "adresse e-mail invalide"),
        "indiquez le nom du contact": QCoreApplication.translate("problems", "indiquez le nom du contact"),
        "remplacez les indications entre crochets par votre propre texte avant d'imprimer": (
            QCoreApplication.translate(
                "problems", "remplacez les indications entre crochets par votre propre texte avant d'imprimer"
            )
        ),
        "indiquez au moins un téléphone, une adresse e-mail ou un site internet": QCoreApplication.translate(
            "problems", "indiquez au moins un téléphone, une adresse e-mail ou un site internet"
        ),
        "l'effectif compte au moins une personne (le praticien)": QCoreApplication.translate(
            "problems", "l'effectif compte au moins une personne (le praticien)"
        ),
        "indiquez le nom du délégué à la protection des données": QCoreApplication.translate(
            "problems", "indiquez le nom du délégué à la protection des données"
        ),
        "donnez un titre court à l'incident (ex. « Vol de l'ordinateur portable »)": QCoreApplication.translate(
            "problems", "donnez un titre court à l'incident (ex. « Vol de l'ordinateur portable »)"
        ),
        "titre trop long (200 caractères au plus)": QCoreApplication.translate(
            "problems", "titre trop long (200 caractères au plus)"
        ),
        "la fin de l'incident précède son début": QCoreApplication.translate(
            "problems", "la fin de l'incident précède son début"
        ),
        "un incident toujours en cours n'a pas de date de fin": QCoreApplication.translate(
            "problems", "un incident toujours en cours n'a pas de date de fin"
        ),
        "l'incident ne peut pas commencer après la prise de connaissance": QCoreApplication.translate(
            "problems", "l'incident ne peut pas commencer après la prise de connaissance"
        ),
        "nom de l'activité de traitement manquant": QCoreApplication.translate(
            "problems", "nom de l'activité de traitement manquant"
        ),
        "le nombre de personnes ne peut pas être négatif": QCoreApplication.translate(
            "problems", "le nombre de personnes ne peut pas être négatif"
        ),
        "une durée ne peut pas être négative": QCoreApplication.translate(
            "problems", "une durée ne peut pas être négative"
        ),
        "le nombre d'enregistrements ne peut pas être négatif": QCoreApplication.translate(
            "problems", "le nombre d'enregistrements ne peut pas être négatif"
        ),
        "indiquez quand le cabinet a eu connaissance de l'incident": QCoreApplication.translate(
            "problems", "indiquez quand le cabinet a eu connaissance de l'incident"
        ),
        "la prise de connaissance ne peut pas être dans le futur": QCoreApplication.translate(
            "problems", "la prise de connaissance ne peut pas être dans le futur"
        ),
        "cette date est dans le futur": QCoreApplication.translate("problems", "cette date est dans le futur"),
        "la prise de connaissance précède le début de l'incident": QCoreApplication.translate(
            "problems", "la prise de connaissance précède le début de l'incident"
        ),
        "cette date ne peut pas être dans le futur": QCoreApplication.translate(
            "problems", "cette date ne peut pas être dans le futur"
        ),
        "indiquez pourquoi la date de prise de connaissance change": QCoreApplication.translate(
            "problems", "indiquez pourquoi la date de prise de connaissance change"
        ),
        "une attaque ne peut pas avoir une cause accidentelle : corrigez la cause ou la réponse": (
            QCoreApplication.translate(
                "problems",
                "une attaque ne peut pas avoir une cause accidentelle : corrigez la cause ou la réponse",
            )
        ),
        "la cause choisie est un acte malveillant : ce n'est donc pas une simple erreur": (
            QCoreApplication.translate(
                "problems", "la cause choisie est un acte malveillant : ce n'est donc pas une simple erreur"
            )
        ),
        "choisissez Oui, Partiellement, Non ou Sans objet": QCoreApplication.translate(
            "problems", "choisissez Oui, Partiellement, Non ou Sans objet"
        ),
        "indiquez en une ligne pourquoi la question est sans objet": QCoreApplication.translate(
            "problems", "indiquez en une ligne pourquoi la question est sans objet"
        ),
        "donnez un intitulé à l'action": QCoreApplication.translate(
            "problems", "donnez un intitulé à l'action"
        ),
        "échéance invalide": QCoreApplication.translate("problems", "échéance invalide"),
        "nom du patient manquant": QCoreApplication.translate("problems", "nom du patient manquant"),
        "adresse manquante": QCoreApplication.translate("problems", "adresse manquante"),
        "ville manquante": QCoreApplication.translate("problems", "ville manquante"),
        "code postal invalide (5 chiffres)": QCoreApplication.translate(
            "problems", "code postal invalide (5 chiffres)"
        ),
        "colonne du nom absente (« Nom » ou « Last name »)": QCoreApplication.translate(
            "problems", "colonne du nom absente (« Nom » ou « Last name »)"
        ),
        "fichier vide : une ligne d'en-tête puis un patient par ligne": QCoreApplication.translate(
            "problems", "fichier vide : une ligne d'en-tête puis un patient par ligne"
        ),
        "aucun patient : le fichier ne contient que l'en-tête": QCoreApplication.translate(
            "problems", "aucun patient : le fichier ne contient que l'en-tête"
        ),
        "encodage illisible : enregistrez le fichier en UTF-8 ou en Windows-1252": QCoreApplication.translate(
            "problems", "encodage illisible : enregistrez le fichier en UTF-8 ou en Windows-1252"
        ),
        "caractère nul : ce n'est pas un fichier CSV": QCoreApplication.translate(
            "problems", "caractère nul : ce n'est pas un fichier CSV"
        ),
        "le nom de l'activité est obligatoire": QCoreApplication.translate(
            "problems", "le nom de l'activité est obligatoire"
        ),
        "manifeste de sauvegarde illisible": QCoreApplication.translate(
            "problems", "manifeste de sauvegarde illisible"
        ),
        "entre 1 et 365 sauvegardes": QCoreApplication.translate("problems", "entre 1 et 365 sauvegardes"),
    }


def known() -> tuple[str, ...]:
    """The French sentences listed here (the tests check that core still produces them)."""
    return tuple(_translations())


def problem_text(problem: FieldProblem) -> str:
    """The sentence in the interface language when it is a known one, else core's French."""
    return _translations().get(problem.problem, problem.problem)
