"""Why an operation is refused (:class:`~core.errors.Conflict`'s ``reason``), French and English."""

from __future__ import annotations

# code -> (French, English); ``{name}`` placeholders are the parameters.
TEXTS: dict[str, tuple[str, str]] = {
    "refusal.restore_counts_differ": (
        "la copie restaurée ne contient pas les mêmes enregistrements que la sauvegarde",
        "the restored copy does not hold the same records as the backup",
    ),
    "refusal.record_access_not_extendable": (
        "le délai d'accès au dossier médical ne peut pas être prolongé",
        "the time limit for access to the medical record cannot be extended",
    ),
    "refusal.record_access_law": (
        "le délai d'accès au dossier médical fixé par le code de la santé publique ne se prolonge pas",
        "the time limit for access to the medical record set by the public health code is not extended",
    ),
    "refusal.already_extended": ("le délai a déjà été prolongé", "the time limit has already been extended"),
    "refusal.request_closed": ("la demande est close", "the request is closed"),
    "refusal.request_already_closed": ("la demande est déjà close", "the request is already closed"),
    "refusal.objection_no_extension": (
        "une opposition au partage s'applique sans délai supplémentaire",
        "an objection to sharing applies with no extra time",
    ),
    "refusal.extension_too_late": (
        "la prolongation devait être annoncée avant la première échéance, le {first_due}",
        "the extension had to be announced before the first deadline, {first_due}",
    ),
    "refusal.attachment_altered": (
        "la pièce jointe est altérée (empreinte SHA-256 différente)",
        "the attachment has been altered (different SHA-256 fingerprint)",
    ),
    "refusal.reflection_period": (
        "le dossier ne peut pas être communiqué avant la fin du délai de réflexion de 48 heures, soit le {earliest}",
        "the record cannot be sent before the end of the 48-hour reflection period, that is {earliest}",
    ),
    "refusal.incident_closed": ("l'incident n° {incident_id} est clos", "incident no. {incident_id} is closed"),
    "refusal.register_not_empty": (
        "le registre contient déjà des fiches ou des prestataires ; confirmez leur remplacement (option --replace "
        "en ligne de commande)",
        "the register already holds records or providers; confirm their replacement (option --replace on the "
        "command line)",
    ),
    "refusal.not_assessed": ("l'incident n'a pas encore été évalué", "the incident has not been assessed yet"),
    "refusal.supplement_needs_initial": (
        "une notification complémentaire suppose une notification initiale",
        "a supplementary notification requires an initial notification",
    ),
    "refusal.already_notified": (
        "la CNIL a déjà été notifiée ; ajoutez une notification complémentaire",
        "the CNIL has already been notified; add a supplementary notification",
    ),
    "refusal.already_notified_number": (
        "la CNIL a déjà été notifiée (n° {number}) ; ajoutez une notification complémentaire",
        "the CNIL has already been notified (no. {number}); add a supplementary notification",
    ),
    "refusal.no_notification": (
        "aucune notification à la CNIL n'est enregistrée pour l'incident n° {incident_id}",
        "no notification to the CNIL is recorded for incident no. {incident_id}",
    ),
    "refusal.notification_numbered": (
        "la notification initiale porte déjà le n° {number}",
        "the initial notification already has number {number}",
    ),
    "refusal.inform_by_confirmation": (
        "l'information des personnes se confirme par « Personnes informées… » (date, moyen, nombre) ou la "
        "commande incident informed",
        "informing the persons is confirmed with “Persons informed…” (date, means, number) or the command "
        "incident informed",
    ),
    "refusal.notify_first": (
        "la CNIL doit d'abord être notifiée (ou la décision revue et justifiée)",
        "the CNIL must be notified first (or the decision reviewed and justified)",
    ),
    "refusal.scan_altered": (
        "la vérification n° {scan_id} a été modifiée après son enregistrement",
        "check no. {scan_id} was changed after it was saved",
    ),
    "refusal.no_pending_recovery_code": (
        "aucun nouveau code de secours n'attend de confirmation",
        "no new recovery code is waiting for confirmation",
    ),
}
