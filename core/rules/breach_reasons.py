"""The breach engine's reasons as codes with parameters, rendered in French or English at the edge.

The rules (:mod:`core.rules.breach`, :mod:`core.rules.severity`) build :class:`Reason` values: a code, the facts
it rests on (their JSON keys, for the command line and the journal), and plain parameters (numbers, codes).
:func:`render` turns one into a sentence in the user's language; category codes become labels of the one breach
vocabulary, numbers follow the language's decimal sign. Every rule still cites its source in the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from core import wording
from core.domain import breach_vocab as V
from core.domain.breach import Reason

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing costs the headless commands' start-up
if TYPE_CHECKING:
    from typing import Any

__all__ = ["Reason", "render", "render_all", "TEXTS"]


RISK_PHRASES = {
    "none": (
        "risque improbable pour les droits et libertés des personnes",
        "unlikely to result in a risk to the rights and freedoms of persons",
    ),
    "risk": (
        "risque pour les droits et libertés des personnes",
        "a risk to the rights and freedoms of persons",
    ),
    "high": (
        "risque élevé pour les droits et libertés des personnes",
        "a high risk to the rights and freedoms of persons",
    ),
}
LEVELS = {
    "low": ("faible", "low"),
    "medium": ("moyenne", "medium"),
    "high": ("élevée", "high"),
    "very_high": ("très élevée", "very high"),
}

# code: (French, English). Placeholders are filled by render(); keep both sentences saying the same thing.
TEXTS: dict[str, tuple[str, str]] = {
    # --- the severity printed where the CNIL form asks for it (core.rules.severity.conclusion_severity) -----
    "severity.agrees": (
        "{severity} : {risk}. Méthode ENISA : score {score}, gravité {level}.",
        "{severity}: {risk}. ENISA method: score {score}, {level} severity.",
    ),
    "severity.departs": (
        "{severity} : {risk}. Méthode ENISA : score {score} ; la conclusion retient aussi ce que la formule "
        "ignore (destinataires, nombre de personnes, chiffrement, effet sur les soins : voir les raisons en "
        "annexe A).",
        "{severity}: {risk}. ENISA method: score {score}; the conclusion also weighs what the formula ignores "
        "(recipients, number of persons, encryption, effect on care: see the reasons in annex A).",
    ),
    "severity.no_breach": (
        "{severity} : pas de violation de données personnelles selon la conclusion de Vigie.",
        "{severity}: not a personal data breach according to Vigie's conclusion.",
    ),
    # --- ENISA severity and its parts ---------------------------------------------------------------------
    "enisa": (
        "Gravité selon la méthode ENISA : DPC {dpc} ({dpc_notes}) × EI {ei} ({ei_note}) + CB {cb} ({cb_parts}) "
        "= {score}, gravité {level}.",
        "Severity by the ENISA method: DPC {dpc} ({dpc_notes}) × EI {ei} ({ei_note}) + CB {cb} ({cb_parts}) "
        "= {score}, {level} severity.",
    ),
    "enisa.dpc": ("DPC {dpc} ({dpc_notes})", "DPC {dpc} ({dpc_notes})"),
    "dpc.chosen": ("choisi dans la grille ENISA", "chosen from the ENISA scale"),
    "dpc.base": ("{category} : base {score}", "{category}: base {score}"),
    "dpc.specialty": (
        "la spécialité du cabinet révèle à elle seule l'état de santé : 4",
        "the practice's specialty alone reveals health: 4",
    ),
    "dpc.volume": ("beaucoup de données par personne : +1", "much data per person: +1"),
    "dpc.vulnerable": ("personnes vulnérables ou mineures : +1", "vulnerable persons or minors: +1"),
    "dpc.outdated": ("données inexactes ou périmées : −1", "inaccurate or outdated data: −1"),
    "dpc.public": ("données déjà publiques : −1", "data already public: −1"),
    "dpc.little": (
        "données bien moins révélatrices que leur catégorie : −2",
        "data far less revealing than their category: −2",
    ),
    "ei.unintelligible": ("données inintelligibles sans la clé", "data unintelligible without the key"),
    "ei.unknown": (
        "identification non renseignée : directe supposée",
        "identification not given: direct assumed",
    ),
    "ei.direct": ("identification directe", "direct identification"),
    "ei.easy": ("identification facile", "easy identification"),
    "ei.difficult": ("identification difficile", "difficult identification"),
    "ei.negligible": ("identification négligeable", "negligible identification"),
    "cb.none": ("aucune circonstance aggravante", "no aggravating circumstance"),
    "cb.known": ("divulgation à des destinataires connus +0,25", "disclosure to known recipients +0.25"),
    "cb.unknown": (
        "divulgation à un nombre inconnu de personnes +0,5",
        "disclosure to an unknown number of persons +0.5",
    ),
    "cb.altered_lost": ("altération irréparable +0,5", "alteration that cannot be undone +0.5"),
    "cb.altered": (
        "altération réparable (ou inconnue) +0,25",
        "alteration that can be undone (or unknown) +0.25",
    ),
    "cb.unavailable_lost": (
        "indisponibilité complète, non récupérable +0,5",
        "complete unavailability, not recoverable +0.5",
    ),
    "cb.unavailable": ("indisponibilité temporaire +0,25", "temporary unavailability +0.25"),
    "cb.malice": ("intention malveillante +0,5", "malicious intent +0.5"),
    # --- not a breach ---------------------------------------------------------------------------------------
    "no_personal_data": (
        "Aucune donnée personnelle n'est en cause : ce n'est pas une violation de données personnelles "
        "(art. 4(12) RGPD) ; l'incident reste consigné au journal.",
        "No personal data are involved: this is not a personal data breach (GDPR art. 4(12)); the incident "
        "stays in the journal.",
    ),
    "no_access_proven": (
        "Il est établi que personne n'a eu accès aux données : pas d'atteinte à la confidentialité "
        "(art. 4(12) RGPD).",
        "It is established that nobody accessed the data: no loss of confidentiality (GDPR art. 4(12)).",
    ),
    "conclusion.no_breach": (
        "Conclusion : incident de sécurité sans violation de données personnelles ; le consigner au journal avec "
        "les preuves de l'absence d'accès (art. 33(5) RGPD).",
        "Conclusion: a security incident without a personal data breach; record it in the journal with the "
        "evidence that nobody accessed the data (GDPR art. 33(5)).",
    ),
    # --- confidentiality ----------------------------------------------------------------------------------
    "attack_exfiltration": (
        "Attaque sans perte de confidentialité déclarée : une exfiltration des données n'est pas exclue par des "
        "preuves (journaux) ; elle est donc pesée comme une atteinte à la confidentialité dont l'accès ne peut "
        "être exclu (CEPD, lignes directrices 01/2021, points 16 et 19 ; doctrine CNIL « dans le doute, "
        "notifier »). Si les journaux prouvent qu'aucune donnée n'est sortie, répondez « personne, c'est "
        "établi » à la question « qui a pu voir les données ».",
        "An attack with no loss of confidentiality declared: exfiltration of the data is not ruled out by "
        "evidence (logs), so it is weighed as a confidentiality breach where access cannot be ruled out (EDPB "
        'Guidelines 01/2021, paragraphs 16 and 19; CNIL doctrine "when in doubt, notify"). If the logs prove '
        'that no data left, answer "nobody, established" to "who could see the data".',
    ),
    "encrypted_safe": (
        "Les données étaient chiffrées par un algorithme reconnu et la clé n'est pas compromise : elles restent "
        "inintelligibles pour qui les détient, le risque est improbable (art. 34(3)(a) RGPD ; CEPD, lignes "
        "directrices 01/2021, cas n° 10 ; 9/2022, exemple i).",
        "The data were encrypted with a recognised algorithm and the key is not compromised: they remain "
        "unintelligible to whoever holds them, the risk is unlikely (GDPR art. 34(3)(a); EDPB Guidelines "
        "01/2021, case 10; 9/2022, example i).",
    ),
    "hashed_salted": (
        "Seules des empreintes salées par un algorithme robuste ont été exposées : les valeurs d'origine ne "
        "peuvent pas en être tirées, le risque est improbable (CEPD, lignes directrices 01/2021, cas n° 6).",
        "Only hashes salted with a strong algorithm were exposed: the original values cannot be derived from "
        "them, the risk is unlikely (EDPB Guidelines 01/2021, case 6).",
    ),
    "protection_unknown": (
        "La protection des données n'est pas renseignée : dans le doute, elles sont traitées comme lisibles "
        "par un tiers (doctrine CNIL).",
        "The protection of the data is not given: when in doubt, they are treated as readable by others "
        "(CNIL doctrine).",
    ),
    "key_compromised": (
        "La clé de chiffrement est compromise : le chiffrement ne protège plus les données, traitées comme "
        "lisibles (art. 34(3)(a) RGPD a contrario).",
        "The encryption key is compromised: encryption no longer protects the data, treated as readable "
        "(GDPR art. 34(3)(a), conversely).",
    ),
    "trusted_deleted": (
        "Les données ne sont parvenues qu'à un destinataire de confiance tenu au secret qui a confirmé les avoir "
        "supprimées, pour {persons} : le risque est improbable (CEPD, lignes directrices 01/2021, "
        "cas n° 9).",
        "The data reached only a trusted recipient bound by secrecy who confirmed deleting them, for "
        "{persons}: the risk is unlikely (EDPB Guidelines 01/2021, case 9).",
    ),
    "trusted_but": (
        "Destinataire de confiance tenu au secret, mais {why} : un risque subsiste, la CNIL doit être notifiée ; "
        "le secret du destinataire écarte le risque élevé (CEPD, lignes directrices 01/2021, cas n° 9).",
        "A trusted recipient bound by secrecy, but {why}: a risk remains, the CNIL must be notified; the "
        "recipient's secrecy rules out a high risk (EDPB Guidelines 01/2021, case 9).",
    ),
    "why.not_deleted": ("la suppression n'est pas confirmée", "deletion is not confirmed"),
    "why.count_unknown": ("le nombre de personnes est inconnu", "the number of persons is unknown"),
    "why.count_large": (
        "le nombre de personnes est supérieur à {limit}",
        "more than {limit} persons are concerned",
    ),
    "why.malicious": ("l'acte est malveillant", "the act is malicious"),
    "and": (" et ", " and "),
    "sensitive_exposed": (
        "Des données sensibles ({categories} ; DPC {dpc}){reveal} {exposed} : un dommage est à considérer comme "
        "probable, notamment la perte du secret médical (considérant 85 RGPD ; CEPD, lignes directrices 9/2022 ; "
        "01/2021, cas n° 11 et 12).",
        "Sensitive data ({categories}; DPC {dpc}){reveal} {exposed}: damage is to be considered likely, "
        "notably the loss of medical secrecy (GDPR recital 85; EDPB Guidelines 9/2022; 01/2021, cases 11 "
        "and 12).",
    ),
    "reveal.specialty": (
        ", dont la seule présence au fichier du cabinet révèle l'état de santé",
        ", whose mere presence in the practice's files reveals health",
    ),
    "exposed.disclosed": ("ont été divulguées à des tiers", "were disclosed to others"),
    "exposed.possibly": ("ont pu être vues par des tiers", "may have been seen by others"),
    "fraud": (
        "Les données exposées ({categories}) permettent l'usurpation d'identité, la fraude ou la prise de "
        "contrôle d'un compte : risque élevé, même pour peu de personnes (CEPD, lignes directrices 01/2021, "
        "cas n° 7, 14 et 17 ; 9/2022, exemple vi).",
        "The exposed data ({categories}) allow identity theft, fraud or account takeover: high risk, even for "
        "few persons (EDPB Guidelines 01/2021, cases 7, 14 and 17; 9/2022, example vi).",
    ),
    "enisa_confidentiality": (
        "Pour la confidentialité, la grille ENISA donne {dpc} × {ei} + {cb} = {score} : {risk}.",
        "For confidentiality, the ENISA scale gives {dpc} × {ei} + {cb} = {score}: {risk}.",
    ),
    "categories_unknown": (
        "Les catégories de données ne sont pas encore connues : dans le doute, la CNIL doit être notifiée ; elle "
        "dira s'il faut informer les personnes (doctrine CNIL).",
        "The categories of data are not known yet: when in doubt, the CNIL must be notified; it will say "
        "whether the persons must be informed (CNIL doctrine).",
    ),
    "few_known_recipients": (
        "Données peu sensibles (DPC {dpc}) parvenues par erreur à quelques destinataires connus, pour "
        "{persons} : au-delà de la grille ENISA, le risque est improbable (CEPD, lignes directrices 01/2021, "
        "cas n° 13 et 15).",
        "Data of low sensitivity (DPC {dpc}) sent by mistake to a few known recipients, for {persons}: "
        "beyond the ENISA scale, the risk is unlikely (EDPB Guidelines 01/2021, cases 13 and 15).",
    ),
    "many_persons_unknown": (
        "Le nombre de personnes concernées est inconnu : au moins un risque, la CNIL doit être notifiée (CEPD, "
        "lignes directrices 01/2021, cas n° 16 ; 9/2022, exemples ix et x).",
        "The number of persons concerned is unknown: at least a risk, the CNIL must be notified (EDPB "
        "Guidelines 01/2021, case 16; 9/2022, examples ix and x).",
    ),
    "many_persons": (
        "Le nombre de personnes concernées est de {count}, au-delà de {limit} : au moins un risque, la CNIL doit "
        "être notifiée (CEPD, lignes directrices 01/2021, cas n° 16 ; 9/2022, exemples ix et x).",
        "{count} persons are concerned, more than {limit}: at least a risk, the CNIL must be notified (EDPB "
        "Guidelines 01/2021, case 16; 9/2022, examples ix and x).",
    ),
    "access_not_excluded": (
        "Un accès aux données par des tiers ne peut pas être exclu : dans le doute, la CNIL doit être notifiée "
        "(CEPD, lignes directrices 9/2022 ; doctrine CNIL).",
        "Access to the data by others cannot be ruled out: when in doubt, the CNIL must be notified (EDPB "
        "Guidelines 9/2022; CNIL doctrine).",
    ),
    "known_and_unknown": (
        "Une personne connue a vu les données et des inconnus ont pu les voir (exposition sur Internet) : au "
        "moins un risque, comme pour une publication (CEPD, lignes directrices 01/2021, cas n° 4 et 5 ; 9/2022, "
        "exemple ii).",
        "Someone known saw the data and unknown others may have (exposure on the Internet): at least a risk, "
        "as for a publication (EDPB Guidelines 01/2021, cases 4 and 5; 9/2022, example ii).",
    ),
    "published": (
        "Les données ont été publiées, exfiltrées ou vues par un nombre inconnu de personnes : au moins un "
        "risque (CEPD, lignes directrices 01/2021, cas n° 4 et 5 ; 9/2022, exemple ii).",
        "The data were published, exfiltrated or seen by an unknown number of persons: at least a risk (EDPB "
        "Guidelines 01/2021, cases 4 and 5; 9/2022, example ii).",
    ),
    "malicious": (
        "L'incident est malveillant : un usage abusif des données est plausible, au moins un risque (ENISA, "
        "circonstance +0,5 ; CEPD, lignes directrices 01/2021, cas n° 8).",
        "The incident is malicious: misuse of the data is plausible, at least a risk (ENISA, circumstance +0.5; "
        "EDPB Guidelines 01/2021, case 8).",
    ),
    "very_many": (
        "Très grand nombre de personnes ({count}, plus de {limit}) dont les données peuvent circuler : le risque "
        "devient élevé (CEPD, lignes directrices 01/2021, cas n° 11).",
        "A very large number of persons ({count}, more than {limit}) whose data may circulate: the risk becomes "
        "high (EDPB Guidelines 01/2021, case 11).",
    ),
    "deleted_but_read": (
        "Le destinataire a confirmé avoir détruit ou renvoyé les données, mais il n'est pas tenu au secret et a "
        "pu les lire : la perte du secret a déjà eu lieu, la suppression ne la répare pas ; l'exemption de "
        "l'art. 34(3)(b) RGPD ne s'applique pas, les personnes doivent être informées (considérant 85 RGPD ; "
        "CEPD, lignes directrices 9/2022).",
        "The recipient confirmed destroying or returning the data, but is not bound by secrecy and could read "
        "them: the loss of secrecy has already happened and deletion does not undo it; the GDPR art. 34(3)(b) "
        "exemption does not apply, the persons must be informed (GDPR recital 85; EDPB Guidelines 9/2022).",
    ),
    "deleted": (
        "Les destinataires ont confirmé avoir supprimé ou restitué les données : le risque élevé n'est plus "
        "probable, mais la CNIL doit être notifiée (art. 34(3)(b) RGPD).",
        "The recipients confirmed deleting or returning the data: a high risk is no longer likely, but the "
        "CNIL must be notified (GDPR art. 34(3)(b)).",
    ),
    "pseudonymised": (
        "Les données étaient pseudonymisées : la réidentification demande un effort, le risque élevé est ramené "
        "à un risque ; la levée de la pseudonymisation reste un dommage possible (considérant 85 RGPD).",
        "The data were pseudonymised: re-identification takes effort, a high risk is brought down to a risk; "
        "reversal of pseudonymisation remains a possible damage (GDPR recital 85).",
    ),
    # --- integrity ---------------------------------------------------------------------------------------
    "integrity_unknown": (
        "L'ampleur de l'altération n'est pas connue : dans le doute, la CNIL doit être notifiée (doctrine CNIL).",
        "The extent of the alteration is not known: when in doubt, the CNIL must be notified (CNIL doctrine).",
    ),
    "integrity_none": (
        "Des données ont été modifiées sans être utilisées à tort ni perdues : pas de risque tiré de l'intégrité "
        "(ENISA, intégrité 0).",
        "Data were altered without being misused or lost: no risk from integrity (ENISA, integrity 0).",
    ),
    "integrity_recovered": (
        "Des données importantes (DPC {dpc}) ont été altérées puis rétablies : des décisions ont pu être prises "
        "sur des données fausses entre-temps, au moins un risque (ENISA, intégrité +0,25).",
        "Important data (DPC {dpc}) were altered then restored: decisions may have been taken on wrong data "
        "meanwhile, at least a risk (ENISA, integrity +0.25).",
    ),
    "integrity_recovered_minor": (
        "Des données peu sensibles ont été altérées puis rétablies : risque improbable (ENISA, intégrité +0,25).",
        "Data of low sensitivity were altered then restored: risk unlikely (ENISA, integrity +0.25).",
    ),
    "integrity_lost": (
        "Des données (DPC {dpc}) ont été altérées sans retour possible : {risk} (ENISA, intégrité +0,5).",
        "Data (DPC {dpc}) were altered beyond repair: {risk} (ENISA, integrity +0.5).",
    ),
    "integrity_lost_care": (
        "Des données (DPC {dpc}) ont été altérées sans retour possible : {risk}, car des soins peuvent reposer "
        "sur un dossier faux (ENISA, intégrité +0,5).",
        "Data (DPC {dpc}) were altered beyond repair: {risk}, as care may rely on a wrong record (ENISA, "
        "integrity +0.5).",
    ),
    # --- availability ------------------------------------------------------------------------------------
    "lost_care": (
        "{what} et il s'agit de données de soins ou la prise en charge des patients est touchée : risque élevé "
        "(CEPD, lignes directrices 01/2021, cas n° 4 ; 9/2022, exemple iv).",
        "{what}, and these are care data or patient care is affected: high risk (EDPB Guidelines 01/2021, "
        "case 4; 9/2022, example iv).",
    ),
    "lost": (
        "{what} : au moins un risque (CEPD, lignes directrices 01/2021, cas n° 2 ; 9/2022, exemple iv).",
        "{what}: at least a risk (EDPB Guidelines 01/2021, case 2; 9/2022, example iv).",
    ),
    "what.permanent": ("Les données sont définitivement perdues", "The data are permanently lost"),
    "what.no_backup": (
        "Sans sauvegarde utilisable, la restauration est incertaine ou impossible",
        "Without a usable backup, restoring is uncertain or impossible",
    ),
    "restore_unknown_care": (
        "Une sauvegarde existe mais la durée de restauration n'est pas connue : dans le doute, la prise en "
        "charge des patients étant touchée, risque élevé (CEPD, lignes directrices 01/2021, cas n° 3).",
        "A backup exists but the time to restore is not known: when in doubt, as patient care is affected, "
        "high risk (EDPB Guidelines 01/2021, case 3).",
    ),
    "restore_unknown": (
        "Une sauvegarde existe mais la durée de restauration n'est pas connue : dans le doute, la CNIL doit être "
        "notifiée (doctrine CNIL).",
        "A backup exists but the time to restore is not known: when in doubt, the CNIL must be notified (CNIL "
        "doctrine).",
    ),
    "restored_quickly": (
        "Les données ont été rétablies en {hours} h, sans effet sur les soins : risque improbable (CEPD, lignes "
        "directrices 01/2021, cas n° 1 ; 9/2022, exemple iii).",
        "The data were restored in {hours} h, without effect on care: risk unlikely (EDPB Guidelines 01/2021, "
        "case 1; 9/2022, example iii).",
    ),
    "care_delayed": (
        "L'indisponibilité ({hours} h) a gêné ou retardé des soins : {risk} (CEPD, lignes directrices 01/2021, "
        "cas n° 3 ; 9/2022, exemple viii).",
        "The unavailability ({hours} h) hindered or delayed care: {risk} (EDPB Guidelines 01/2021, case 3; "
        "9/2022, example viii).",
    ),
    "long_outage": (
        "Les données sont restées indisponibles {hours} h, plus de {limit} h : au moins un risque (CEPD, lignes "
        "directrices 01/2021, cas n° 2).",
        "The data stayed unavailable for {hours} h, more than {limit} h: at least a risk (EDPB Guidelines "
        "01/2021, case 2).",
    ),
    # --- decision ----------------------------------------------------------------------------------------
    "vulnerable": (
        "Les personnes concernées sont mineures ou vulnérables : elles pèsent dans la gravité (ENISA, DPC +1 ; "
        "CEPD, lignes directrices 9/2022).",
        "The persons concerned are minors or vulnerable: this weighs on the severity (ENISA, DPC +1; EDPB "
        "Guidelines 9/2022).",
    ),
    "exemption_a": (
        "Sans le chiffrement, le risque aurait été élevé : l'exemption de l'art. 34(3)(a) RGPD s'applique, les "
        "personnes n'ont pas à être informées.",
        "Without the encryption the risk would have been high: the GDPR art. 34(3)(a) exemption applies, the "
        "persons need not be informed.",
    ),
    "exemption_b": (
        "Sans la suppression obtenue, le risque aurait été élevé : l'exemption de l'art. 34(3)(b) RGPD "
        "s'applique, les personnes n'ont pas à être informées.",
        "Without the deletion obtained the risk would have been high: the GDPR art. 34(3)(b) exemption "
        "applies, the persons need not be informed.",
    ),
    "exemption_c": (
        "Les personnes ne peuvent pas être jointes une à une : une information individuelle demanderait des "
        "efforts disproportionnés ; elle est remplacée par une communication publique, affichée au cabinet ou "
        "publiée (art. 34(3)(c) RGPD).",
        "The persons cannot be reached one by one: individual information would need disproportionate effort; "
        "a public communication, posted at the practice or published, replaces it (GDPR art. 34(3)(c)).",
    ),
    "authority_informed": (
        "La CNIL a elle-même découvert la violation et l'a signalée au cabinet : pas de notification à faire "
        "(Conseil d'État, 22 juillet 2022, n° 449694) ; documenter la violation et répondre à la CNIL.",
        "The CNIL itself discovered the breach and told the practice: no notification to make (Conseil "
        "d'État, 22 July 2022, no. 449694); document the breach and answer the CNIL.",
    ),
    "conclusion.notify": (
        "Conclusion : {risk} ; notifier la CNIL dans les 72 heures suivant la prise de connaissance "
        "(art. 33(1) RGPD) ; passé ce délai, motiver le retard.",
        "Conclusion: {risk}; notify the CNIL within 72 hours of becoming aware (GDPR art. 33(1)); after that, "
        "give the reasons for the delay.",
    ),
    "conclusion.document": (
        "Conclusion : violation de données personnelles mais {risk} ; pas de notification à la CNIL, la "
        "documenter au journal avec ce raisonnement (art. 33(5) RGPD).",
        "Conclusion: a personal data breach but {risk}; no notification to the CNIL, document it in the journal "
        "with this reasoning (GDPR art. 33(5)).",
    ),
    "inform": (
        "Informer les personnes concernées sans tarder, en termes clairs, de la violation, de ses conséquences "
        "probables et des mesures prises (art. 34(1) et (2) RGPD).",
        "Inform the persons concerned without undue delay, in plain words, of the breach, its likely "
        "consequences and the measures taken (GDPR art. 34(1) and (2)).",
    ),
    "no_inform": (
        "Pas d'information individuelle obligatoire des personnes : le risque n'est pas élevé (art. 34(1) "
        "RGPD) ; la CNIL peut toutefois l'exiger (art. 34(4)).",
        "No individual information of the persons required: the risk is not high (GDPR art. 34(1)); the CNIL "
        "may still require it (art. 34(4)).",
    ),
}


def num(value: float, lang: str = "fr") -> str:
    """4.75 -> '4,75' (French) or '4.75' (English), without useless zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if lang == "en" else text.replace(".", ",")


def _index(lang: str) -> int:
    return 1 if lang == "en" else 0


def _value(key: str, value: Any, lang: str) -> str:
    if key in ("ei_note", "reveal", "exposed", "what"):  # a nested part, by code
        return render(_part(value), lang)
    if key in ("categories",):
        return ", ".join(V.lower_first(V.label(V.DATA_CATEGORIES, c, lang)) for c in value)
    if key == "category":
        return V.lower_first(V.label(V.DATA_CATEGORIES, value, lang))
    if key == "risk":
        return RISK_PHRASES[value][_index(lang)]
    if key == "level":
        return LEVELS[value][_index(lang)]
    if key == "severity":
        return V.label(V.SEVERITY_LEVELS, value, lang)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return num(float(value), lang)
    if isinstance(value, list) and key.endswith(("_notes", "_parts")):
        sep = " ; " if lang != "en" else "; "
        return sep.join(render(_part(v), lang) for v in value)
    if isinstance(value, list) and key == "why":
        return render(Reason("and"), lang).join(render(_part(v), lang) for v in value)
    return str(value)


def _part(value: Any) -> Reason:
    """A nested part: ``"code"`` or ``["code", {params}]`` (JSON-friendly)."""
    if isinstance(value, str):
        return Reason(value)
    code, params = value[0], (value[1] if len(value) > 1 else {})
    return Reason(code, dict(params))


def render(reason: Reason, lang: str = "fr") -> str:
    """The sentence for ``reason`` in ``lang`` ("fr" or "en"); an unknown code is shown as itself."""
    texts = TEXTS.get(reason.code)
    if texts is None:
        return reason.code
    values = {k: _value(k, v, lang) for k, v in reason.params.items()}
    values.setdefault("reveal", "")
    count = reason.params.get("count")
    if isinstance(count, int) and not isinstance(count, bool):  # a real plural, never "(s)"
        values["persons"] = persons(count, lang)
    return texts[_index(lang)].format(**values)


def persons(count: int, lang: str = "fr") -> str:
    """'1 personne', '3 personnes'; '1 person', '3 persons' (:func:`core.wording.persons`)."""
    return wording.persons(count, lang)


def render_all(reasons: Sequence[Reason], lang: str = "fr") -> tuple[str, ...]:
    return tuple(render(r, lang) for r in reasons)
