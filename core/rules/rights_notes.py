"""What the practitioner must keep in mind while answering a rights request: codes, French and English.

:func:`note_codes` chooses the notes for a request (its kind, who asks, its state); the French texts are what
:class:`~core.domain.rights.DeadlineAssessment` ``notes`` holds, the GUI shows :func:`text` in its language.
Sources: CSP L.1111-7 and R.1111-1 to R.1111-8 (medical record), L.1110-4 (sharing), L.1111-5 (minors); GDPR
art. 12(3) and (5), 15 to 21.
"""

from __future__ import annotations

from core.domain.rights import RequesterKind, RequestKind, RequestStatus, RightsRequest

# code -> (French, English)
NOTE_TEXTS: dict[str, tuple[str, str]] = {
    "identity": (
        "Vérifiez l'identité du demandeur (et sa qualité) avant toute communication.",
        "Check the requester's identity (and standing) before sending anything.",
    ),
    "extended": (
        "Délai prolongé de deux mois : le demandeur doit avoir reçu, avant la première échéance, l'annonce de la "
        "prolongation et ses motifs.",
        "Time limit extended by two months: before the first deadline, the requester must have been told of "
        "the extension and its reasons.",
    ),
    "first_copy_free": (
        "La première copie est gratuite ; seules les copies supplémentaires peuvent être facturées, à un coût "
        "raisonnable.",
        "The first copy is free; only further copies may be charged for, at a reasonable cost.",
    ),
    "record_timing": (
        "Communication au plus tôt 48 heures après la demande (délai de réflexion) et au plus tard 8 jours après "
        "la demande.",
        "Send the record no earlier than 48 hours after the request (reflection period) and no later than 8 "
        "days after it.",
    ),
    "record_timing_old": (
        "Communication au plus tôt 48 heures après la demande (délai de réflexion) et au plus tard 2 mois après "
        "la demande, les informations datant de plus de 5 ans.",
        "Send the record no earlier than 48 hours after the request (reflection period) and, for information "
        "more than 5 years old, no later than 2 months after it.",
    ),
    "record_how": (
        "Le demandeur choisit la consultation sur place ou l'envoi de copies, directement ou par un médecin "
        "qu'il désigne.",
        "The requester chooses to consult the record on site or to receive copies, directly or through a "
        "doctor they designate.",
    ),
    "record_third_parties": (
        "Sont exclues les informations recueillies auprès de tiers extérieurs à la prise en charge, ou qui "
        "concernent ces tiers.",
        "Information obtained from third parties outside the care, or concerning those third parties, is "
        "excluded.",
    ),
    "gdpr_access_timing": (
        "Réponse dans un délai d'un mois, prolongeable de deux mois si la demande est complexe.",
        "Answer within one month, extendable by two months if the request is complex.",
    ),
    "gdpr_access_record": (
        "Si la demande porte sur le dossier médical, enregistrez-la comme accès au dossier médical : le délai "
        "de 8 jours s'applique.",
        "If the request concerns the medical record, record it as access to the medical record: the 8-day time "
        "limit applies.",
    ),
    "rectification": (
        "Corrigez les erreurs factuelles (identité, coordonnées, allergie mal saisie). Une observation clinique "
        "se complète par un ajout daté plutôt que d'être réécrite ; notez le désaccord du patient.",
        "Correct factual errors (identity, contact details, a wrongly entered allergy). A clinical observation "
        "is completed by a dated addition rather than rewritten; note the patient's disagreement.",
    ),
    "erasure_retention": (
        "Tant que la durée de conservation du dossier court (obligation légale, motif de santé publique : art. "
        "17.3 b et c du RGPD), l'effacement ne s'applique pas : répondez en citant ces obligations et la date "
        "prévue de suppression.",
        "While the record's retention period runs (legal obligation, public health grounds: GDPR art. 17(3)(b) "
        "and (c)), erasure does not apply: answer by citing these obligations and the planned deletion date.",
    ),
    "erasure_due": (
        "L'effacement est dû pour les données inexactes, inutiles, conservées trop longtemps ou traitées sur la "
        "base d'un consentement retiré.",
        "Erasure is due for data that are inaccurate, unnecessary, kept too long or processed on the basis of "
        "a withdrawn consent.",
    ),
    "restriction": (
        "Les données sont conservées mais ne sont plus utilisées, par exemple le temps de vérifier une "
        "exactitude contestée ; prévenez le patient avant de lever la limitation.",
        "The data are kept but no longer used, for example while a contested accuracy is checked; tell the "
        "patient before lifting the restriction.",
    ),
    "objection": (
        "L'opposition vaut pour les traitements fondés sur l'intérêt légitime ou une mission d'intérêt public "
        "(ex. rappels par SMS), pas pour ceux qu'impose la loi (dossier, facturation).",
        "An objection applies to processing based on legitimate interests or a task in the public interest "
        "(e.g. text-message reminders), not to processing the law requires (record, billing).",
    ),
    "portability": (
        "La portabilité ne concerne que les données fournies par le patient et traitées sur la base de son "
        "consentement ou d'un contrat ; le dossier médical relève du droit d'accès du code de la santé "
        "publique.",
        "Portability only concerns data the patient provided that are processed on the basis of their consent "
        "or a contract; the medical record falls under the right of access of the public health code.",
    ),
    "sharing_objection": (
        "Le patient peut refuser le partage de ses informations avec des professionnels extérieurs à l'équipe "
        "de soins (L.1110-4 du code de la santé publique) : appliquez son choix sans attendre et prévenez les "
        "confrères concernés.",
        "The patient may refuse the sharing of their information with professionals outside the care team "
        "(public health code L.1110-4): apply their choice at once and tell the colleagues concerned.",
    ),
    "heir": (
        "Ayant droit : l'accès est limité à ce qui est nécessaire pour connaître les causes de la mort, "
        "défendre la mémoire du défunt ou faire valoir ses droits, sauf opposition du patient de son vivant. "
        "Demandez le motif et un justificatif de la qualité d'ayant droit.",
        "Heir: access is limited to what is needed to know the causes of death, defend the memory of the "
        "deceased or assert the heir's rights, unless the patient objected while alive. Ask for the reason and "
        "proof of being an heir.",
    ),
    "parental_authority": (
        "Autorité parentale : vérifiez la qualité de titulaire. Le mineur peut demander que l'accès passe par un "
        "médecin, et s'opposer à l'accès pour les soins qu'il a voulu garder secrets (L.1111-5).",
        "Parental authority: check that the requester holds it. A minor may ask for access to go through a "
        "doctor, and may object to access for care they wanted kept secret (L.1111-5).",
    ),
    "guardian": (
        "Mesure de protection : vérifiez le jugement et l'étendue de la mission du tuteur ou de la personne "
        "chargée de la mesure.",
        "Protective measure: check the court decision and the scope of the mission of the guardian or the "
        "person in charge of the measure.",
    ),
    "designated_physician": (
        "Médecin intermédiaire : vérifiez sa qualité (n° RPPS) et le mandat donné par le patient.",
        "Intermediary doctor: check their standing (RPPS number) and the mandate given by the patient.",
    ),
}

_KIND_NOTES: dict[RequestKind, tuple[str, ...]] = {
    RequestKind.GDPR_ACCESS: ("gdpr_access_timing", "gdpr_access_record", "first_copy_free"),
    RequestKind.RECTIFICATION: ("rectification",),
    RequestKind.ERASURE: ("erasure_retention", "erasure_due"),
    RequestKind.RESTRICTION: ("restriction",),
    RequestKind.OBJECTION: ("objection",),
    RequestKind.PORTABILITY: ("portability",),
    RequestKind.SHARING_OBJECTION: ("sharing_objection",),
}

_REQUESTER_NOTES: dict[RequesterKind, tuple[str, ...]] = {
    RequesterKind.HEIR: ("heir",),
    RequesterKind.PARENTAL_AUTHORITY: ("parental_authority",),
    RequesterKind.GUARDIAN: ("guardian",),
    RequesterKind.DESIGNATED_PHYSICIAN: ("designated_physician",),
}


def note_codes(request: RightsRequest) -> list[str]:
    """The notes for this request, in the order they are shown."""
    out: list[str] = []
    if not request.identity_checked:
        out.append("identity")
    if request.kind is RequestKind.MEDICAL_RECORD:
        timing = "record_timing_old" if request.old_information else "record_timing"
        out += [timing, "record_how", "first_copy_free", "record_third_parties"]
    else:
        out += _KIND_NOTES[request.kind]
    out += _REQUESTER_NOTES.get(request.requester_kind, ())
    if request.status is RequestStatus.EXTENDED:
        out.append("extended")
    return out


def text(code: str, lang: str = "fr") -> str:
    fr, en = NOTE_TEXTS[code]
    return en if lang == "en" else fr
