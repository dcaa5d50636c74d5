"""Translated, user-facing text for the error codes of :mod:`core.errors`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.errors import InvalidInput, VigieError

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing delays the first window
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def _table() -> dict[str, str]:
    return {
        "error": QCoreApplication.translate("messages", "Une erreur est survenue."),
        "vault_not_found": QCoreApplication.translate(
            "messages", "Aucun coffre Vigie n'existe à cet emplacement : {path}"
        ),
        "vault_exists": QCoreApplication.translate(
            "messages", "Un coffre Vigie existe déjà à cet emplacement : {path}."
        ),
        "wrong_passphrase": QCoreApplication.translate(
            "messages",
            "Phrase de passe incorrecte. Si vous l'avez oubliée, ouvrez le coffre avec le code de secours imprimé "
            "à sa création (« J'ai oublié ma phrase de passe »).",
        ),
        "damaged_key_slot": QCoreApplication.translate(
            "messages",
            "Le fichier de clés est endommagé ({slot_label}) : ce n'est pas une erreur de saisie. Ne le modifiez "
            "pas ; {advice}",
        ),
        "corrupt_backup": QCoreApplication.translate(
            "messages",
            "La sauvegarde {backup} est endommagée ou incomplète ({detail}). Le coffre en service n'est pas en "
            "cause ; choisissez une autre sauvegarde.",
        ),
        "wrong_recovery_code": QCoreApplication.translate("messages", "Code de secours incorrect."),
        "corrupt_vault": QCoreApplication.translate(
            "messages",
            "Le coffre est endommagé. La clé est correcte : ce n'est pas une erreur de phrase de passe. "
            "Ne modifiez pas le fichier et restaurez la dernière sauvegarde saine.",
        ),
        "corrupt_keyfile": QCoreApplication.translate(
            "messages", "Le fichier de clés du coffre est illisible ou altéré : {path}"
        ),
        "keyfile_missing": QCoreApplication.translate(
            "messages",
            "Le fichier de clés du coffre est introuvable : {path}. Restaurez-le depuis une sauvegarde.",
        ),
        "vault_too_new": QCoreApplication.translate(
            "messages",
            "Ce coffre a été écrit par une version plus récente de Vigie. Mettez Vigie à jour ; "
            "le coffre n'a pas été modifié.",
        ),
        "vault_in_use": QCoreApplication.translate(
            "messages", "Ce coffre est déjà ouvert par une autre fenêtre ou un autre programme Vigie."
        ),
        "vault_locked": QCoreApplication.translate(
            "messages", "Le coffre est verrouillé. Déverrouillez-le pour continuer."
        ),
        "not_sqlcipher": QCoreApplication.translate(
            "messages", "La bibliothèque de chiffrement est absente : Vigie refuse d'enregistrer en clair."
        ),
        "weak_passphrase": QCoreApplication.translate("messages", "Phrase de passe trop faible : {reason}"),
        "storage_error": QCoreApplication.translate(
            "messages",
            "Écriture impossible sur le disque ({detail}). Rien de ce qui était enregistré n'a été perdu ; "
            "libérez de la place ou choisissez un autre dossier.",
        ),
        "migration_failed": QCoreApplication.translate(
            "messages", "La mise à jour du coffre a échoué. Le coffre est resté dans son état précédent."
        ),
        "invalid_input": QCoreApplication.translate("messages", "Certaines informations sont invalides :"),
        "not_found": "{detail}",  # gui.messages.not_found
        "conflict": QCoreApplication.translate("messages", "Opération refusée : {reason}"),
        "assessment_frozen": QCoreApplication.translate(
            "messages",
            "L'auto-évaluation {year} est clôturée : elle est conservée telle quelle comme preuve et ne peut "
            "plus être modifiée.",
        ),
        "assessment_already_open": QCoreApplication.translate(
            "messages",
            "Une auto-évaluation est déjà en cours ({year}). Clôturez-la avant d'en commencer une autre.",
        ),
        "no_assessment_for_year": QCoreApplication.translate(
            "messages", "Aucune auto-évaluation de sécurité n'existe pour l'année {year}."
        ),
        "evidence_too_large": QCoreApplication.translate(
            "messages", "Le justificatif « {filename} » dépasse la taille maximale de {limit_mb} Mo."
        ),
        "evidence_corrupt": QCoreApplication.translate(
            "messages",
            "Le justificatif « {filename} » ne correspond plus à son empreinte enregistrée : il a été altéré.",
        ),
    }


def slot_label(slot: str) -> str:
    return {
        "passphrase": QCoreApplication.translate("messages", "emplacement de la phrase de passe"),
        "recovery": QCoreApplication.translate("messages", "emplacement du code de secours"),
        "recovery_pending": QCoreApplication.translate(
            "messages", "nouveau code de secours en attente de confirmation"
        ),
    }.get(slot, QCoreApplication.translate("messages", "identifiant du coffre ou valeur de contrôle"))


def slot_advice(slot: str) -> str:
    if slot == "passphrase":
        return QCoreApplication.translate(
            "messages",
            "ouvrez le coffre avec le code de secours, puis choisissez une nouvelle phrase de passe.",
        )
    if slot in ("recovery", "recovery_pending"):
        return QCoreApplication.translate(
            "messages", "ouvrez le coffre avec la phrase de passe, puis générez un nouveau code de secours."
        )
    return QCoreApplication.translate(
        "messages", "restaurez le fichier de clés depuis une sauvegarde (vigie.vault.keys.json)."
    )


def backup_damage(params: dict[str, object]) -> str:
    """What is wrong with a backup, from ``CorruptBackup``'s ``damage`` code (core.errors.BACKUP_DAMAGE)."""
    table = {
        "copy_missing": QCoreApplication.translate(
            "messages", "copie du coffre absente"
        ),
        "copy_unreadable": QCoreApplication.translate(
            "messages", "copie illisible : {technical}"
        ),
        "copy_integrity": QCoreApplication.translate(
            "messages", "copie endommagée : {technical}"
        ),
        "counts_differ": QCoreApplication.translate(
            "messages", "le nombre d'enregistrements de la copie diffère du manifeste"
        ),
        "keyfile_unreadable": QCoreApplication.translate(
            "messages", "fichier de clés de la sauvegarde illisible ou absent"
        ),
        "keyfile_damaged": QCoreApplication.translate(
            "messages", "fichier de clés de la sauvegarde endommagé"
        ),
        "keyfile_mismatch": QCoreApplication.translate(
            "messages", "le fichier de clés ne correspond pas au manifeste"
        ),
        "head_missing": QCoreApplication.translate(
            "messages", "tête du journal absente du manifeste"
        ),
        "head_unauthentic": QCoreApplication.translate(
            "messages", "tête du journal du manifeste non authentique"
        ),
        "journal_missing": QCoreApplication.translate(
            "messages", "entrée n° {seq} du journal manquante"
        ),
        "journal_unreadable": QCoreApplication.translate(
            "messages", "entrée n° {seq} du journal illisible"
        ),
        "journal_altered": QCoreApplication.translate(
            "messages", "entrée n° {seq} du journal modifiée après coup"
        ),
        "journal_cut": QCoreApplication.translate(
            "messages", "le journal copié s'arrête avant l'entrée n° {claimed} attestée par le manifeste"
        ),
        "journal_anchor_mismatch": QCoreApplication.translate(
            "messages", "l'entrée n° {seq} du journal ne correspond plus au manifeste"
        ),
        "journal_ends_early": QCoreApplication.translate(
            "messages", "le journal copié finit à l'entrée n° {seq}, le manifeste dit {claimed}"
        ),
        "journal_unauthenticated": QCoreApplication.translate(
            "messages", "entrée n° {seq} du journal sans authentification (ajoutée hors de Vigie)"
        ),
        "journal_mac_mismatch": QCoreApplication.translate(
            "messages", "entrée n° {seq} du journal modifiée après coup (son authentification ne correspond plus)"
        ),
        "journal_orphan_mac": QCoreApplication.translate(
            "messages", "entrée n° {seq} disparue du journal (son authentification subsiste)"
        ),
        "record_changed": QCoreApplication.translate(
            "messages", "l'enregistrement {table} {key} diffère de l'entrée n° {seq} du journal"
        ),
        "record_unsealed": QCoreApplication.translate(
            "messages", "l'enregistrement {table} {key} est absent du journal"
        ),
        "record_missing_row": QCoreApplication.translate(
            "messages", "l'enregistrement {table} {key}, attesté par l'entrée n° {seq} du journal, a disparu"
        ),
        "record_missing_trigger": QCoreApplication.translate(
            "messages", "protection « {key} » supprimée de la base"
        ),
        "record_unreadable": QCoreApplication.translate(
            "messages", "entrée n° {seq} du journal illisible"
        ),
    }
    template = table.get(str(params.get("damage")), QCoreApplication.translate("messages", "contenu non conforme"))
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def not_found(params: dict[str, object]) -> str:
    """What was not found, from ``NotFound``'s ``what`` code (core.errors.NOT_FOUND) and parameters."""
    table = {
        "practice": QCoreApplication.translate(
            "messages", "Identité du cabinet introuvable : renseignez-la d'abord."
        ),
        "assessment": QCoreApplication.translate("messages", "Auto-évaluation n° {number} introuvable."),
        "assessment_snapshot": QCoreApplication.translate(
            "messages", "Instantané de l'auto-évaluation n° {number} introuvable."
        ),
        "evidence_file": QCoreApplication.translate("messages", "Justificatif n° {number} introuvable."),
        "action": QCoreApplication.translate("messages", "Action n° {number} introuvable."),
        "scan_proposal": QCoreApplication.translate(
            "messages",
            "Aucune proposition de la vérification d'exposition n° {number} pour la question {item}.",
        ),
        "rights_request": QCoreApplication.translate("messages", "Demande n° {number} introuvable."),
        "rights_request_unnumbered": QCoreApplication.translate(
            "messages", "Demande introuvable : elle n'a pas encore été enregistrée."
        ),
        "attachment": QCoreApplication.translate("messages", "Pièce jointe n° {number} introuvable."),
        "contact": QCoreApplication.translate("messages", "Contact n° {number} introuvable."),
        "incident": QCoreApplication.translate("messages", "Incident n° {number} introuvable."),
        "incident_step": QCoreApplication.translate("messages", "Étape « {key} » introuvable."),
        "exposure_scan": QCoreApplication.translate(
            "messages", "Vérification d'exposition n° {number} introuvable."
        ),
        "saved_exposure_scan": QCoreApplication.translate(
            "messages", "Aucune vérification d'exposition enregistrée."
        ),
        "activity": QCoreApplication.translate("messages", "Activité {ref} introuvable."),
        "processor": QCoreApplication.translate("messages", "Prestataire {ref} introuvable."),
    }
    template = table.get(
        str(params.get("what")), QCoreApplication.translate("messages", "Élément introuvable.")
    )
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def strength_reason(code: str) -> str:
    """Why a passphrase is refused, from the code given by core.passphrase."""
    return {
        "empty": QCoreApplication.translate("messages", "la phrase de passe est vide"),
        "short": QCoreApplication.translate("messages", "au moins 10 caractères"),
        "few_words": QCoreApplication.translate(
            "messages",
            "un ou deux mots courants avec des chiffres ne suffisent pas ; ajoutez des mots sans lien entre eux",
        ),
    }.get(
        code,
        QCoreApplication.translate(
            "messages", "trop facile à deviner ; ajoutez des mots sans lien entre eux"
        ),
    )


def error_text(exc: BaseException) -> str:
    """A sentence for the user. Unknown exceptions get a generic text (details stay out of the screen)."""
    if isinstance(exc, VigieError):
        template = _table().get(exc.code, _table()["error"])
        if exc.code == "assessment_incomplete":  # two counts: each with its own plural form
            return QCoreApplication.translate(
                "messages", "Impossible de clôturer : %n question(s) sans réponse", "", int(exc.params["unanswered"])
            ) + QCoreApplication.translate(
                "messages", " et %n réponse(s) reprise(s) de l'an dernier à confirmer.", "",
                int(exc.params["unconfirmed"]),
            )
        params = dict(exc.params)
        if exc.code == "corrupt_backup":
            params["detail"] = backup_damage(params)
        if exc.code == "not_found":
            params["detail"] = not_found(params)
        if "slot" in params:
            params["slot_label"] = slot_label(str(params["slot"]))
            params["advice"] = slot_advice(str(params["slot"]))
        if "reason_code" in params:
            params["reason"] = strength_reason(str(params["reason_code"]))
        if "refusal" in params:  # a Conflict's reason as a code (core.domain.problems.refused)
            from gui.problems import code_text

            params["reason"] = code_text(params["refusal"]["code"], params["refusal"]["params"])
        try:
            text = template.format(**params)
        except (KeyError, IndexError, ValueError):
            text = template
        if isinstance(exc, InvalidInput):
            from gui.problems import problem_text  # here: the first window needs no problem texts

            text += "\n" + "\n".join(f"• {problem_text(p)}" for p in exc.problems)
        return text
    if isinstance(exc, OSError):
        return _table()["storage_error"].format(detail=exc.strerror or type(exc).__name__)
    return _table()["error"]


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox  # here: its enums would delay the unlock window (1 ms)

    QMessageBox.warning(parent, title or _t("Vigie"), error_text(exc))


def location_text(kind: str, detail: str) -> str:
    """Warning for a vault in a cloud-synced or network folder (see core.storage.location)."""
    if kind == "synced":
        return QCoreApplication.translate(
            "messages",
            "Le coffre est dans un dossier synchronisé (%1). La synchronisation peut copier le fichier pendant une "
            "écriture et l'endommager : placez le coffre dans un dossier local et utilisez les sauvegardes de Vigie.",
        ).replace("%1", detail)
    return QCoreApplication.translate(
        "messages",
        "Le coffre est sur un partage réseau (%1). Ces partages peuvent endommager la base : placez le coffre sur "
        "le disque local de l'ordinateur.",
    ).replace("%1", detail)
