"""French text for :mod:`core.errors` codes, used by the command line (the GUI has its own translated table)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.domain import verify_reasons as _verify_reasons
from core.wording import count

if TYPE_CHECKING:
    from typing import Any, Protocol

    class Coded(Protocol):  # a core.errors.VigieError, named by shape: errors.py imports this module
        code: str
        params: dict[str, Any]

MESSAGES_FR: dict[str, str] = {
    "error": "Une erreur est survenue.",
    "vault_not_found": "Aucun coffre Vigie n'existe à cet emplacement : {path}",
    "vault_exists": "Un coffre Vigie existe déjà à cet emplacement : {path}. Il n'a pas été modifié.",
    "wrong_passphrase": (
        "Phrase de passe incorrecte. Si vous l'avez oubliée, déverrouillez avec le code de secours imprimé à la "
        "création du coffre (commande « vault recover »)."
    ),
    "wrong_recovery_code": "Code de secours incorrect.",
    "corrupt_vault": (
        "Le coffre est endommagé ({detail}). La clé est correcte : ce n'est pas une erreur de phrase de passe. "
        "Ne modifiez pas le fichier ; restaurez la dernière sauvegarde saine."
    ),
    "corrupt_keyfile": "Le fichier de clés du coffre est illisible ou altéré : {path}.",
    "damaged_key_slot": (
        "Le fichier de clés est endommagé ({slot_label}) : ce n'est pas une erreur de saisie. Ne le modifiez pas ; "
        "{advice}"
    ),
    "corrupt_backup": (
        "La sauvegarde {backup} est endommagée ou incomplète ({detail}). Le coffre en service n'est pas en cause ; "
        "choisissez une autre sauvegarde."
    ),
    "keyfile_missing": "Le fichier de clés du coffre est introuvable : {path}. Restaurez-le depuis une sauvegarde.",
    "vault_too_new": (
        "Ce coffre a été écrit par une version plus récente de Vigie (schéma {found}, cette version connaît "
        "jusqu'au schéma {supported}). Mettez Vigie à jour ; le coffre n'a pas été modifié."
    ),
    "vault_in_use": "Ce coffre est déjà ouvert par une autre fenêtre ou un autre programme Vigie.",
    "vault_locked": "Le coffre est verrouillé. Déverrouillez-le pour continuer.",
    "not_sqlcipher": "La bibliothèque de chiffrement SQLCipher est absente : Vigie refuse d'écrire en clair.",
    "weak_passphrase": "Phrase de passe trop faible : {reason}",
    "storage_error": (
        "Écriture impossible sur le disque ({detail}). Rien de ce qui était enregistré n'a été perdu ; "
        "libérez de la place ou choisissez un autre dossier."
    ),
    "migration_failed": "La mise à jour du coffre a échoué ({detail}). Le coffre est resté dans son état précédent.",
    "invalid_input": "Données invalides.",
    "not_found": "{detail}",
    "conflict": "Opération refusée : {reason}",
    "assessment_frozen": (
        "L'auto-évaluation {year} est clôturée : elle est conservée telle quelle comme preuve et ne peut plus "
        "être modifiée."
    ),
    "assessment_already_open": (
        "Une auto-évaluation est déjà en cours ({year}). Terminez-la et clôturez-la avant d'en commencer une autre."
    ),
    "assessment_incomplete": (
        "Impossible de clôturer : des questions sont sans réponse ou des réponses reprises de l'an dernier "
        "sont à confirmer."
    ),
    "no_assessment_for_year": "Aucune auto-évaluation de sécurité n'existe pour l'année {year}.",
    "evidence_too_large": "Le justificatif « {filename} » dépasse la taille maximale de {limit_mb} Mo.",
    "evidence_corrupt": (
        "Le justificatif « {filename} » ne correspond plus à son empreinte enregistrée : il a été altéré."
    ),
}


SLOT_LABELS_FR = {  # one wording with verify's report (core.domain.verify_reasons)
    slot: _verify_reasons.render(f"slot.{slot}") for slot in ("passphrase", "recovery", "recovery_pending", "header")
}
SLOT_ADVICE_FR = {
    "passphrase": "déverrouillez avec le code de secours, puis choisissez une nouvelle phrase de passe.",
    "recovery": "déverrouillez avec la phrase de passe, puis générez un nouveau code de secours.",
    "recovery_pending": "déverrouillez avec la phrase de passe, puis générez un nouveau code de secours.",
    "header": "restaurez le fichier de clés depuis une sauvegarde (vigie.vault.keys.json).",
}


# Each damage of a backup (core.errors.BACKUP_DAMAGE), in French; the GUI has its own translated table.
BACKUP_DAMAGE_FR = {
    "copy_missing": "copie du coffre absente",
    "copy_unreadable": "copie illisible : {technical}",
    "copy_integrity": "copie endommagée : {technical}",
    "counts_differ": "le nombre d'enregistrements de la copie diffère du manifeste",
    "keyfile_unreadable": "fichier de clés de la sauvegarde illisible ou absent",
    "keyfile_damaged": "fichier de clés de la sauvegarde endommagé",
    "keyfile_mismatch": "le fichier de clés ne correspond pas au manifeste",
    "head_missing": "tête du journal absente du manifeste",
    "head_unauthentic": "tête du journal du manifeste non authentique",
    "journal_missing": "entrée n° {seq} du journal manquante",
    "journal_unreadable": "entrée n° {seq} du journal illisible",
    "journal_altered": "entrée n° {seq} du journal modifiée après coup",
    "journal_cut": "le journal copié s'arrête avant l'entrée n° {claimed} attestée par le manifeste",
    "journal_anchor_mismatch": "l'entrée n° {seq} du journal ne correspond plus au manifeste",
    "journal_ends_early": "le journal copié finit à l'entrée n° {seq}, le manifeste dit {claimed}",
    "journal_unauthenticated": "entrée n° {seq} du journal sans authentification (ajoutée hors de Vigie)",
    "journal_mac_mismatch": "entrée n° {seq} du journal modifiée après coup (son authentification ne correspond plus)",
    "journal_orphan_mac": "entrée n° {seq} disparue du journal (son authentification subsiste)",
    "record_changed": "l'enregistrement {table} {key} diffère de l'entrée n° {seq} du journal",
    "record_unsealed": "l'enregistrement {table} {key} est absent du journal",
    "record_missing_row": "l'enregistrement {table} {key}, attesté par l'entrée n° {seq} du journal, a disparu",
    "record_missing_trigger": "protection « {key} » supprimée de la base",
    "record_unreadable": "entrée n° {seq} du journal illisible",
}


# What was not found (core.errors.NOT_FOUND), in French; the GUI has its own translated table.
NOT_FOUND_FR = {
    "practice": "Identité du cabinet introuvable : renseignez-la d'abord.",
    "assessment": "Auto-évaluation n° {number} introuvable.",
    "assessment_snapshot": "Instantané de l'auto-évaluation n° {number} introuvable.",
    "evidence_file": "Justificatif n° {number} introuvable.",
    "action": "Action n° {number} introuvable.",
    "scan_proposal": "Aucune proposition de la vérification d'exposition n° {number} pour la question {item}.",
    "rights_request": "Demande n° {number} introuvable.",
    "rights_request_unnumbered": "Demande introuvable : elle n'a pas encore été enregistrée.",
    "attachment": "Pièce jointe n° {number} introuvable.",
    "contact": "Contact n° {number} introuvable.",
    "incident": "Incident n° {number} introuvable.",
    "incident_step": "Étape « {key} » introuvable.",
    "exposure_scan": "Vérification d'exposition n° {number} introuvable.",
    "saved_exposure_scan": "Aucune vérification d'exposition enregistrée.",
    "activity": "Activité {ref} introuvable.",
    "processor": "Prestataire {ref} introuvable.",
}


def not_found(params: dict[str, object]) -> str:
    """What was not found, from ``NotFound``'s ``what`` code and parameters."""
    template = NOT_FOUND_FR.get(str(params.get("what")), "Élément introuvable.")
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def backup_damage(params: dict[str, object]) -> str:
    """What is wrong with a backup, from ``CorruptBackup``'s ``damage`` code and parameters."""
    template = BACKUP_DAMAGE_FR.get(str(params.get("damage")), "contenu non conforme")
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def message(error: Coded) -> str:
    template = MESSAGES_FR.get(error.code, MESSAGES_FR["error"])
    if error.code == "assessment_incomplete":  # two counts, each with its own plural form
        p = error.params
        return (
            f"Impossible de clôturer : {count(int(p['unanswered']), 'question sans réponse', 'questions sans réponse')}"
            f" et {count(int(p['unconfirmed']), 'réponse reprise', 'réponses reprises')} de l'an dernier à confirmer."
        )
    params = dict(error.params)
    if error.code == "corrupt_backup":
        params["detail"] = backup_damage(params)
    if error.code == "not_found":
        params["detail"] = not_found(params)
    if "slot" in params:
        params.setdefault("slot_label", SLOT_LABELS_FR.get(str(params["slot"]), str(params["slot"])))
        params.setdefault("advice", SLOT_ADVICE_FR.get(str(params["slot"]), SLOT_ADVICE_FR["header"]))
    try:
        text = template.format(**params)
    except (KeyError, IndexError, ValueError):
        text = template
    problems = getattr(error, "problems", None)
    if problems:
        text += "\n" + "\n".join(f"- {p.path} : {p.problem}" for p in problems)
    return text
