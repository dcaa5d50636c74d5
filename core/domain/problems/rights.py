"""Problems of patients' rights requests, their attachments and letters (French, English)."""

from __future__ import annotations

# code -> (French, English); ``{name}`` placeholders are the parameters.
TEXTS: dict[str, tuple[str, str]] = {
    "rights.requester_missing": ("indiquez le nom du demandeur", "give the requester's name"),
    "rights.patient_missing": (
        "indiquez le patient concerné (le demandeur agit pour lui)",
        "give the patient concerned (the requester acts on their behalf)",
    ),
    "rights.received_no_timezone": (
        "la date de réception doit porter un fuseau horaire",
        "the date of receipt must carry a time zone",
    ),
    "rights.old_information_not_record": (
        "le délai de deux mois pour les informations de plus de cinq ans ne concerne que l'accès au dossier "
        "médical",
        "the two-month time limit for information more than five years old only applies to access to the "
        "medical record",
    ),
    "rights.extension_reason_missing": ("motivez la prolongation du délai", "give the reason for the extension"),
    "rights.answered_at_missing": ("indiquez la date de la réponse", "give the date of the answer"),
    "rights.answer_before_request": (
        "la réponse ne peut pas précéder la demande",
        "the answer cannot come before the request",
    ),
    "rights.answer_channel_missing": (
        "indiquez comment la réponse a été transmise",
        "say how the answer was sent",
    ),
    "rights.refusal_reason_missing": ("un refus doit être motivé", "a refusal must give its reasons"),
    "rights.file_name_missing": ("le fichier doit avoir un nom", "the file must have a name"),
    "rights.file_too_large": ("le fichier dépasse {max_mb} Mo", "the file exceeds {max_mb} MB"),
    "rights.letter_empty": ("le courrier est vide", "the letter is empty"),
    "rights.letter_placeholder": (
        "remplacez les indications entre crochets par votre propre texte avant d'imprimer",
        "replace the instructions in square brackets with your own text before printing",
    ),
    "rights.received_future": ("la date de réception est dans le futur", "the date of receipt is in the future"),
    "rights.answered_future": ("la date de réponse est dans le futur", "the date of the answer is in the future"),
}
