"""Validation problems of the breach wizard and the incident journal: codes with parameters, French and English.

One table of :mod:`core.domain.problems` (which builds and renders every problem core raises). One place for
each sentence, as :mod:`core.rules.breach_reasons` does for the engine's reasons.
"""

from __future__ import annotations

__all__ = ["TEXTS"]

# code -> (French, English); ``{name}`` placeholders are the parameters.
TEXTS: dict[str, tuple[str, str]] = {
    "title_missing": (
        "donnez un titre court à l'incident (ex. « Vol de l'ordinateur portable »)",
        "give the incident a short title (e.g. “Laptop stolen”)",
    ),
    "title_too_long": (
        "titre trop long ({max} caractères au plus)",
        "title too long ({max} characters at most)",
    ),
    "origin_unknown": ("origine inconnue", "unknown origin"),
    "cause_unknown": ("cause inconnue", "unknown cause"),
    "no_timezone": ("date sans fuseau horaire", "date without a time zone"),
    "end_before_start": ("la fin de l'incident précède son début", "the incident ends before it starts"),
    "ongoing_with_end": (
        "un incident toujours en cours n'a pas de date de fin",
        "an incident still going on has no end date",
    ),
    "start_after_awareness": (
        "l'incident ne peut pas commencer après la prise de connaissance",
        "the incident cannot start after the practice became aware of it",
    ),
    "awareness_before_start": (
        "la prise de connaissance précède le début de l'incident",
        "the awareness comes before the start of the incident",
    ),
    "activity_name_missing": (
        "nom de l'activité de traitement manquant",
        "the processing activity's name is missing",
    ),
    "count_negative": (
        "le nombre de personnes ne peut pas être négatif",
        "the number of persons cannot be negative",
    ),
    "records_negative": (
        "le nombre d'enregistrements ne peut pas être négatif",
        "the number of records cannot be negative",
    ),
    "duration_negative": ("une durée ne peut pas être négative", "a duration cannot be negative"),
    "aware_at_missing": (
        "indiquez quand le cabinet a eu connaissance de l'incident",
        "say when the practice became aware of the incident",
    ),
    "aware_at_future": (
        "la prise de connaissance ne peut pas être dans le futur",
        "the awareness cannot be in the future",
    ),
    "date_future": ("cette date ne peut pas être dans le futur", "this date cannot be in the future"),
    "awareness_reason_missing": (
        "indiquez pourquoi la date de prise de connaissance change",
        "say why the awareness date changes",
    ),
    "attack_but_accident": (
        "une attaque ne peut pas avoir une cause accidentelle : corrigez la cause ou la réponse",
        "an attack cannot have an accidental cause: correct the cause or the answer",
    ),
    "accident_but_malice": (
        "la cause choisie est un acte malveillant : ce n'est donc pas une simple erreur",
        "the cause chosen is a malicious act: so it is not a mere mistake",
    ),
    "occurred_after_awareness": (
        "la violation ne peut pas survenir après la prise de connaissance",
        "the breach cannot occur after the practice became aware of it",
    ),
    "nature_missing": (
        "au moins une nature de violation (confidentialité, intégrité, disponibilité) est requise quand des "
        "données personnelles sont en cause",
        "at least one kind of breach (confidentiality, integrity, availability) is required when personal data "
        "are involved",
    ),
    "no_personal_data_conflict": (
        "sans objet quand aucune donnée personnelle n'est en cause",
        "not applicable when no personal data are involved",
    ),
    "needs_known_recipients": (
        "n'a de sens que si les destinataires sont connus",
        "only makes sense when the recipients are known",
    ),
    "loss_excludes_restore": (
        "une perte définitive exclut une durée de restauration",
        "a permanent loss rules out a restoration time",
    ),
    "backup_excludes_loss": (
        "une sauvegarde utilisable exclut une perte définitive",
        "a usable backup rules out a permanent loss",
    ),
    "decided_by_missing": ("indiquez qui prend la décision", "say who takes the decision"),
    "justification_too_short": (
        "vous vous écartez de la conclusion de Vigie : justifiez-le (au moins {min} caractères), cette "
        "justification sera conservée au journal",
        "you depart from Vigie's conclusion: justify it (at least {min} characters); the justification is kept "
        "in the record",
    ),
    "delay_reason_missing": (
        "la notification intervient après l'échéance du {deadline} : indiquez les motifs du retard (art. 33(1) "
        "RGPD)",
        "the notification comes after the deadline of {deadline}: give the reasons for the delay (GDPR art. "
        "33(1))",
    ),
    "kind_not_manual": (
        "type d'événement non saisissable à la main",
        "this kind of event cannot be entered by hand",
    ),
    "attachment_name_missing": ("nom de fichier manquant", "file name missing"),
    "attachment_too_large": (
        "fichier trop volumineux ({max_mb} Mo au plus)",
        "file too large ({max_mb} MB at most)",
    ),
    "channel_unknown": ("moyen d'information inconnu", "unknown means of information"),
    "note_empty": ("une note vide n'apporte rien au journal", "an empty note adds nothing to the record"),
    "number_missing": (
        "indiquez le numéro de notification donné par la CNIL",
        "enter the notification number given by the CNIL",
    ),
    # What a patient must find in a letter or a public notice (art. 34(2) with 33(3)(b)): who to contact, how.
    "letter_practitioner_missing": (
        "à compléter avant d'imprimer : le nom du praticien (Paramètres, identité du cabinet)",
        "to fill in before printing: the practitioner's name (Settings, practice identity)",
    ),
    "letter_contact_missing": (
        "à compléter avant d'imprimer : un téléphone ou un e-mail du cabinet où les patients peuvent poser "
        "leurs questions",
        "to fill in before printing: a phone number or e-mail address where patients can ask their questions",
    ),
    "letter_address_missing": (
        "à compléter avant d'imprimer : l'adresse du cabinet (adresse, code postal, ville)",
        "to fill in before printing: the practice's address (street, postcode, town)",
    ),
    "letter_dpo_missing": (
        "à compléter avant d'imprimer : le nom et le moyen de contacter le délégué à la protection des données",
        "to fill in before printing: the data protection officer's name and how to reach them",
    ),
}
