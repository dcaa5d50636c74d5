"""Is it a personal data breach, must the CNIL be notified, must the persons be informed, and why.

One function, :func:`assess`, used by the wizard, the ``assess`` command and the tests. The ENISA formula is one
input; explicit rules calibrated on the EDPB's worked examples (Guidelines 01/2021, examples annexed to
Guidelines 9/2022) add what it ignores: number of persons, exfiltration that cannot be ruled out, days-long
unavailability, identity-fraud potential, trusted recipients, encryption. Each nature of breach gets its own
risk (none < risk < high); the highest wins. Unknown facts lead to the CNIL's "when in doubt, notify".
Every rule that fires adds a French reason naming the fact and the rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from core.clock import format_paris
from core.domain.breach import FRAUD_CATEGORIES, SPECIAL_CATEGORIES, Assessment, BreachFacts
from core.domain.breach_json import assessment_to_dict

__all__ = ["assess", "assessment_to_dict"]
from core.rules.deadlines import notification_deadline
from core.rules.severity import (
    CATEGORY_LABELS,
    QUICK_RESTORE_HOURS,
    UNINTELLIGIBLE,
    data_processing_context,
    ease_of_identification,
    is_vulnerable,
    level_of,
    num,
    severity,
)

RISK_ORDER = {"none": 0, "risk": 1, "high": 2}
SMALL_GROUP = 50  # CNIL bucket "6 to 50 persons": beyond, a misdirection is no longer a small matter
VERY_LARGE = 5000  # CNIL top bucket "more than 5,000 persons"

RISK_LABELS = {
    "none": "risque improbable pour les droits et libertés des personnes",
    "risk": "risque pour les droits et libertés des personnes",
    "high": "risque élevé pour les droits et libertés des personnes",
}


def higher(a: str, b: str) -> str:
    return a if RISK_ORDER[a] >= RISK_ORDER[b] else b


def _categories(facts: BreachFacts) -> str:
    cats = [c for c in facts.data_categories if c != "unknown"]
    return ", ".join(CATEGORY_LABELS[c] for c in cats) if cats else "catégories inconnues"


@dataclass
class _Dimension:
    """The risk found on one dimension (confidentiality, integrity, availability) and why."""

    risk: str = "none"
    reasons: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.reasons.append(text)

    def floor(self, level: str, text: str) -> None:
        """Raise the risk to at least ``level``; the reason is kept only when it changes something."""
        if RISK_ORDER[level] > RISK_ORDER[self.risk]:
            self.risk = level
            self.add(text)


# --- confidentiality -------------------------------------------------------------------------------------
def _confidentiality(facts: BreachFacts) -> _Dimension:
    d = _Dimension()
    c = facts.confidentiality
    assert c is not None
    if c.exposure == "none_proven":
        d.add(
            "Il est établi que personne n'a eu accès aux données (confidentiality.exposure = none_proven) : "
            "pas d'atteinte à la confidentialité (art. 4(12) RGPD)."
        )
        return d
    if facts.protection == "encrypted_key_safe":
        d.add(
            "Les données étaient chiffrées par un algorithme reconnu et la clé n'est pas compromise "
            "(protection = encrypted_key_safe) : elles restent inintelligibles pour qui les détient, le risque "
            "est improbable (art. 34(3)(a) RGPD ; CEPD, lignes directrices 01/2021, cas n° 10 ; 9/2022, exemple i)."
        )
        return d
    if facts.protection == "hashed_salted":
        d.add(
            "Seules des empreintes salées par un algorithme robuste ont été exposées (protection = hashed_salted) : "
            "les valeurs d'origine ne peuvent pas en être tirées, le risque est improbable (CEPD, lignes "
            "directrices 01/2021, cas n° 6)."
        )
        return d

    count = facts.subjects.count
    small = count is not None and count <= SMALL_GROUP
    dpc, _ = data_processing_context(facts)
    ei, _ = ease_of_identification(facts)
    cats = set(facts.data_categories)
    only_unknown = (
        facts.dpc is None and not (cats - {"unknown"}) and not facts.context.controller_reveals_sensitive
    )
    fraud = sorted(cats & FRAUD_CATEGORIES)
    malicious = facts.is_malicious

    if facts.protection is None:
        d.add(
            "La protection des données n'est pas renseignée (protection) : dans le doute, elles sont traitées "
            "comme lisibles par un tiers."
        )
    elif facts.protection == "encrypted_key_compromised":
        d.add(
            "La clé de chiffrement est compromise (protection = encrypted_key_compromised) : le chiffrement ne "
            "protège plus les données, traitées comme lisibles."
        )

    if c.exposure == "known_recipients" and c.recipients_trusted:
        if c.deletion_confirmed and small and not malicious:
            d.add(
                f"Les données ne sont parvenues qu'à un destinataire de confiance tenu au secret qui a confirmé "
                f"les avoir supprimées, pour {count} personne(s) (confidentiality.recipients_trusted et "
                f"deletion_confirmed) : le risque est improbable (CEPD, lignes directrices 01/2021, cas n° 9)."
            )
            return d
        d.risk = "risk"
        why = []
        if not c.deletion_confirmed:
            why.append("la suppression n'est pas confirmée")
        if not small:
            why.append(
                f"le nombre de personnes est {'inconnu' if count is None else 'supérieur à ' + str(SMALL_GROUP)}"
            )
        if malicious:
            why.append("l'acte est malveillant")
        d.add(
            "Destinataire de confiance tenu au secret (confidentiality.recipients_trusted), mais "
            + " et ".join(why)
            + " : un risque subsiste, la CNIL doit être notifiée ; le secret du "
            "destinataire écarte le risque élevé (CEPD, lignes directrices 01/2021, cas n° 9)."
        )
        return d

    # Sensitive data exposed: damage is to be considered likely (EDPB 9/2022, ch. IV).
    if dpc >= 4 and not only_unknown:
        what = _categories(facts)
        if facts.context.controller_reveals_sensitive and not cats & SPECIAL_CATEGORIES:
            what += ", dont la seule présence au fichier du cabinet révèle l'état de santé"
        exposed = {
            "known_recipients": "ont été divulguées à des tiers",
            "unknown_recipients": "ont été divulguées à des tiers",
        }.get(c.exposure, "ont pu être vues par des tiers")
        d.floor(
            "high",
            f"Des données sensibles ({what} ; DPC {dpc}) {exposed} : un dommage est à "
            "considérer comme probable, notamment la perte du secret médical (considérant 85 RGPD ; "
            "CEPD, lignes directrices 9/2022 ; 01/2021, cas n° 11 et 12).",
        )
    if fraud:
        names = ", ".join(CATEGORY_LABELS[f] for f in fraud)
        d.floor(
            "high",
            f"Les données exposées ({names}) permettent l'usurpation d'identité, la fraude ou la prise "
            "de contrôle d'un compte : risque élevé, même pour peu de personnes (CEPD, lignes "
            "directrices 01/2021, cas n° 7, 14 et 17 ; 9/2022, exemple vi).",
        )

    cb = {"known_recipients": 0.25, "unknown_recipients": 0.5}.get(c.exposure, 0.0) + (
        0.5 if malicious else 0.0
    )
    score = dpc * ei + cb
    level = level_of(score)
    enisa_risk = {"low": "none", "medium": "risk"}.get(level, "high")
    if not only_unknown:
        d.floor(
            enisa_risk,
            f"Pour la confidentialité, la grille ENISA donne {num(dpc)} × {num(ei)} + {num(cb)} = "
            f"{num(score)} : {RISK_LABELS[enisa_risk]}.",
        )
    else:
        d.floor(
            "risk",
            "Les catégories de données ne sont pas encore connues (data_categories) : dans le doute, "
            "la CNIL doit être notifiée ; elle dira s'il faut informer les personnes (doctrine CNIL).",
        )

    if c.exposure == "known_recipients":
        if dpc <= 2 and not fraud and small and not malicious:
            d.risk = "none"
            d.add(
                f"Données peu sensibles (DPC {dpc}) parvenues par erreur à quelques destinataires connus, pour "
                f"{count} personne(s) (confidentiality.exposure = known_recipients) : au-delà de la grille ENISA, "
                "le risque est improbable (CEPD, lignes directrices 01/2021, cas n° 13 et 15)."
            )
        elif not small:
            d.floor(
                "risk",
                "Le nombre de personnes concernées est "
                + ("inconnu" if count is None else f"de {count}, au-delà de {SMALL_GROUP}")
                + " (subjects.count) : au moins un risque, la CNIL doit être notifiée (CEPD, lignes "
                "directrices 01/2021, cas n° 16 ; 9/2022, exemples ix et x).",
            )
    elif c.exposure == "unknown":
        d.floor(
            "risk",
            "Un accès aux données par des tiers ne peut pas être exclu (confidentiality.exposure = "
            "unknown) : dans le doute, la CNIL doit être notifiée (CEPD, lignes directrices 9/2022 ; "
            "doctrine CNIL).",
        )
    else:
        d.floor(
            "risk",
            "Les données ont été publiées, exfiltrées ou vues par un nombre inconnu de personnes "
            "(confidentiality.exposure = unknown_recipients) : au moins un risque (CEPD, lignes "
            "directrices 01/2021, cas n° 4 et 5 ; 9/2022, exemple ii).",
        )
    if malicious:
        d.floor(
            "risk",
            "L'incident est malveillant (cause ou malicious) : un usage abusif des données est "
            "plausible, au moins un risque (ENISA, circonstance +0,5 ; CEPD, lignes directrices "
            "01/2021, cas n° 8).",
        )
    if c.exposure != "known_recipients" and count is not None and count > VERY_LARGE and d.risk == "risk":
        d.floor(
            "high",
            f"Très grand nombre de personnes ({count}, plus de {VERY_LARGE}) dont les données "
            "peuvent circuler : le risque devient élevé (CEPD, lignes directrices 01/2021, cas n° 11).",
        )

    if c.exposure == "known_recipients" and c.deletion_confirmed and d.risk == "high":
        d.risk = "risk"
        d.add(
            "Les destinataires ont confirmé avoir supprimé ou restitué les données "
            "(confidentiality.deletion_confirmed) : le risque élevé n'est plus probable, mais la CNIL doit être "
            "notifiée (art. 34(3)(b) RGPD)."
        )
    if facts.protection == "pseudonymised" and d.risk == "high":
        d.risk = "risk"
        d.add(
            "Les données étaient pseudonymisées (protection = pseudonymised) : la réidentification demande un "
            "effort, le risque élevé est ramené à un risque ; la levée de la pseudonymisation reste un dommage "
            "possible (considérant 85 RGPD)."
        )
    return d


# --- integrity ---------------------------------------------------------------------------------------------
def _integrity(facts: BreachFacts) -> _Dimension:
    d = _Dimension()
    i = facts.integrity
    assert i is not None
    dpc, _ = data_processing_context(facts)
    if i.misuse is None:
        d.floor(
            "risk",
            "L'ampleur de l'altération n'est pas connue (integrity.misuse) : dans le doute, la CNIL "
            "doit être notifiée (doctrine CNIL).",
        )
    elif i.misuse == "none":
        d.add(
            "Des données ont été modifiées sans être utilisées à tort ni perdues (integrity.misuse = none) : "
            "pas de risque tiré de l'intégrité."
        )
    elif i.misuse == "recoverable":
        if dpc >= 3:
            d.floor(
                "risk",
                f"Des données importantes (DPC {dpc}) ont été altérées puis rétablies "
                "(integrity.misuse = recoverable) : des décisions ont pu être prises sur des données "
                "fausses entre-temps, au moins un risque (ENISA, intégrité +0,25).",
            )
        else:
            d.add(
                "Des données peu sensibles ont été altérées puis rétablies (integrity.misuse = recoverable) : "
                "risque improbable."
            )
    else:
        level = "high" if dpc >= 4 else "risk"
        d.floor(
            level,
            f"Des données (DPC {dpc}) ont été altérées sans retour possible (integrity.misuse = "
            f"not_recoverable) : {RISK_LABELS[level]}"
            + (", car des soins peuvent reposer sur un dossier faux" if level == "high" else "")
            + " (ENISA, intégrité +0,5).",
        )
    return d


# --- availability ------------------------------------------------------------------------------------------
def _availability(facts: BreachFacts) -> _Dimension:
    d = _Dimension()
    a = facts.availability
    assert a is not None
    dpc, _ = data_processing_context(facts)
    if a.permanent_loss or (a.restore_hours is None and not a.backup):
        what = (
            "Les données sont définitivement perdues (availability.permanent_loss)"
            if a.permanent_loss
            else "Sans sauvegarde utilisable, la restauration est incertaine ou impossible (availability.backup = "
            "false, restore_hours inconnu)"
        )
        if a.care_impact or dpc >= 4:
            d.floor(
                "high",
                what + " et il s'agit de données de soins ou la prise en charge des patients est "
                "touchée : risque élevé (CEPD, lignes directrices 01/2021, cas n° 4 ; 9/2022, "
                "exemple iv).",
            )
        else:
            d.floor(
                "risk",
                what + " : au moins un risque (CEPD, lignes directrices 01/2021, cas n° 2 ; 9/2022, "
                "exemple iv).",
            )
        return d
    if a.restore_hours is None:
        level = "high" if a.care_impact else "risk"
        d.floor(
            level,
            "Une sauvegarde existe mais la durée de restauration n'est pas connue "
            "(availability.restore_hours) : dans le doute, "
            + (
                "la prise en charge des patients étant touchée, risque élevé (CEPD, lignes directrices "
                "01/2021, cas n° 3)."
                if a.care_impact
                else "la CNIL doit être notifiée (doctrine CNIL)."
            ),
        )
        return d
    hours = a.restore_hours
    quick = hours <= QUICK_RESTORE_HOURS
    if quick and not a.care_impact:
        d.add(
            f"Les données ont été rétablies en {num(hours)} h, sans effet sur les soins (availability) : "
            "risque improbable (CEPD, lignes directrices 01/2021, cas n° 1 ; 9/2022, exemple iii)."
        )
    elif a.care_impact:
        level = "risk" if quick else "high"
        d.floor(
            level,
            f"L'indisponibilité ({num(hours)} h) a gêné ou retardé des soins (availability.care_impact) : "
            f"{RISK_LABELS[level]} (CEPD, lignes directrices 01/2021, cas n° 3 ; 9/2022, exemple viii).",
        )
    else:
        d.floor(
            "risk",
            f"Les données sont restées indisponibles {num(hours)} h, plus de "
            f"{num(QUICK_RESTORE_HOURS)} h (availability.restore_hours) : au moins un risque (CEPD, "
            "lignes directrices 01/2021, cas n° 2).",
        )
    return d


# --- the decision ------------------------------------------------------------------------------------------
def _confidentiality_risk(facts: BreachFacts) -> str:
    return _confidentiality(facts).risk if facts.confidentiality is not None else "none"


def assess(facts: BreachFacts) -> Assessment:
    """The engine's conclusion and its reasons. Pure: no clock, no I/O."""
    deadline = notification_deadline(facts.aware_at)
    when = format_paris(deadline) + " (heure de Paris)"
    if not facts.personal_data:
        reasons = (
            "Aucune donnée personnelle n'est en cause (personal_data = false) : ce n'est pas une violation "
            "de données personnelles (art. 4(12) RGPD) ; l'incident reste consigné au journal.",
        )
        return Assessment(False, None, "none", False, False, None, deadline, reasons)

    sev, sev_text = severity(facts)
    reasons: list[str] = []
    dims: dict[str, _Dimension] = {}
    if facts.confidentiality is not None:
        dims["confidentiality"] = _confidentiality(facts)
    if facts.integrity is not None:
        dims["integrity"] = _integrity(facts)
    if facts.availability is not None:
        dims["availability"] = _availability(facts)

    only_nothing = (
        set(facts.nature) == {"confidentiality"}
        and facts.confidentiality is not None
        and facts.confidentiality.exposure == "none_proven"
    )
    for dim in dims.values():
        reasons.extend(dim.reasons or [])
    if only_nothing:
        reasons.append(
            "Conclusion : incident de sécurité sans violation de données personnelles ; le consigner au "
            "journal avec les preuves de l'absence d'accès (art. 33(5) RGPD)."
        )
        return Assessment(False, sev, "none", False, False, None, deadline, tuple([sev_text, *reasons]))

    risk = "none"
    for dim in dims.values():
        risk = higher(risk, dim.risk)
    if is_vulnerable(facts) and risk != "none":
        reasons.append(
            "Les personnes concernées sont mineures ou vulnérables (subjects, context) : elles pèsent "
            "dans la gravité (ENISA, DPC +1 ; CEPD, lignes directrices 9/2022)."
        )

    exemption: str | None = None
    if risk != "high" and facts.confidentiality is not None:
        others_high = any(d.risk == "high" for k, d in dims.items() if k != "confidentiality")
        unprotected = replace(facts, protection="none")
        if (
            not others_high
            and facts.protection in UNINTELLIGIBLE
            and _confidentiality_risk(unprotected) == "high"
        ):
            exemption = "a"
        c = facts.confidentiality
        if exemption is None and not others_high and c.deletion_confirmed:
            undeleted = replace(facts, confidentiality=replace(c, deletion_confirmed=False))
            if _confidentiality_risk(undeleted) == "high":
                exemption = "b"
    if exemption == "a":
        reasons.append(
            "Sans le chiffrement, le risque aurait été élevé : l'exemption de l'art. 34(3)(a) RGPD "
            "s'applique, les personnes n'ont pas à être informées."
        )
    elif exemption == "b":
        reasons.append(
            "Sans la suppression obtenue, le risque aurait été élevé : l'exemption de l'art. 34(3)(b) "
            "RGPD s'applique, les personnes n'ont pas à être informées."
        )
    if risk == "high" and not facts.subjects.reachable:
        exemption = "c"
        reasons.append(
            "Les personnes ne peuvent pas être jointes une à une (subjects.reachable = false) : une "
            "information individuelle demanderait des efforts disproportionnés ; elle est remplacée par "
            "une communication publique, affichée au cabinet ou publiée (art. 34(3)(c) RGPD)."
        )

    notify = risk != "none"
    if notify and facts.authority_already_informed:
        notify = False
        reasons.append(
            "La CNIL a elle-même découvert la violation et l'a signalée au cabinet "
            "(authority_already_informed) : pas de notification à faire (Conseil d'État, 22 juillet 2022, "
            "n° 449694) ; documenter la violation et répondre à la CNIL."
        )
    inform = risk == "high" and exemption != "c"

    if notify:
        reasons.append(
            f"Conclusion : {RISK_LABELS[risk]} ; notifier la CNIL au plus tard le {when}, 72 heures "
            "après la prise de connaissance (art. 33(1) RGPD) ; passé ce délai, motiver le retard."
        )
    elif risk == "none":
        reasons.append(
            "Conclusion : violation de données personnelles mais "
            + RISK_LABELS["none"]
            + " ; pas de notification à la CNIL, la documenter au journal avec ce raisonnement "
            "(art. 33(5) RGPD)."
        )
    if inform:
        reasons.append(
            "Informer les personnes concernées sans tarder, en termes clairs, de la violation, de ses "
            "conséquences probables et des mesures prises (art. 34(1) et (2) RGPD)."
        )
    elif risk != "high":
        reasons.append(
            "Pas d'information individuelle obligatoire des personnes : le risque n'est pas élevé "
            "(art. 34(1) RGPD) ; la CNIL peut toutefois l'exiger (art. 34(4))."
        )
    return Assessment(
        is_personal_data_breach=True,
        severity=sev,
        risk=risk,
        notify_authority=notify,
        inform_subjects=inform,
        art34_exemption=exemption,
        deadline=deadline,
        reasons=tuple([sev_text, *reasons]),
    )
