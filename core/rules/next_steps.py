"""The next-steps checklist of an incident: legal duties first, then what to do for this kind of incident.

Derived from the facts and the decision, so it is rebuilt after each assessment; the service keeps what was
already ticked. French duties that run beside the GDPR (police complaint and the insurer's own 72-hour
condition for cyber losses, Code des assurances L.12-10-1; cybermalveillance.gouv.fr; ARS / CERT Santé,
recommended but not mandatory for a solo liberal practice) are listed where they apply.

Each step's text is written once here in French and English (:data:`TEXTS`, :data:`CONTAINMENT`); the vault
keeps the French one (printed documents), the GUI shows :func:`localized` in its language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from core.domain.breach import BreachFacts
from core.domain.incident import Step
from core.rules.deadlines import NOTIFICATION_DELAY, deadline_text


@dataclass(frozen=True)
class StepText:
    """A step's label and one-line detail in both languages; ``{deadline}`` is filled per language."""

    fr: str
    fr_detail: str
    en: str
    en_detail: str

    def render(self, lang: str, deadline: datetime | None = None) -> tuple[str, str]:
        label, detail = (self.en, self.en_detail) if lang == "en" else (self.fr, self.fr_detail)
        if deadline is not None:
            detail = detail.replace("{deadline}", deadline_text(deadline, lang))
        return label, detail


TEXTS: dict[str, StepText] = {
    "cnil": StepText(
        "Notifier la CNIL",
        "Téléservice de notification de violation sur cnil.fr, avant le {deadline} ; une notification initiale "
        "incomplète vaut mieux qu'un retard, elle sera complétée.",
        "Notify the CNIL",
        "Breach notification service on cnil.fr, before {deadline}; an incomplete initial notification is better "
        "than a late one, it will be completed.",
    ),
    "inform": StepText(
        "Informer les personnes concernées",
        "Lettre en termes simples (modèle fourni par Vigie), sans tarder ; une fois les lettres postées ou les "
        "e-mails envoyés, enregistrez-le (« Personnes informées… »).",
        "Inform the persons concerned",
        "A letter in plain words (Vigie drafts it), without undue delay; once the letters are posted or the "
        "e-mails sent, record it (“Persons informed…”).",
    ),
    "journal": StepText(
        "Compléter le journal de l'incident",
        "Faits, effets, mesures prises et raisonnement suivi (art. 33(5) RGPD).",
        "Complete the incident's record",
        "Facts, effects, measures taken and the reasoning followed (art. 33(5) GDPR).",
    ),
    "police": StepText(
        "Porter plainte",
        "Commissariat, gendarmerie, ou en ligne pour une cyberattaque.",
        "File a police complaint",
        "Police or gendarmerie station, or online for a cyber-attack.",
    ),
    "police_cyber": StepText(
        "Porter plainte",
        "Commissariat, gendarmerie, ou en ligne pour une cyberattaque. Pour être indemnisé par une assurance "
        "cyber, la plainte doit être déposée dans les 72 h suivant la prise de connaissance, soit avant le "
        "{deadline} (Code des assurances, art. L.12-10-1).",
        "File a police complaint",
        "Police or gendarmerie station, or online for a cyber-attack. For a cyber insurance to pay, the complaint "
        "must be filed within 72 hours of becoming aware, that is before {deadline} (French Insurance Code, "
        "art. L.12-10-1).",
    ),
    "insurer": StepText(
        "Déclarer le sinistre à l'assureur",
        "Dans le délai du contrat (souvent 5 jours ouvrés, 2 en cas de vol).",
        "Declare the loss to the insurer",
        "Within the contract's time limit (often 5 working days, 2 for a theft).",
    ),
    "processor": StepText(
        "Prévenir l'éditeur du logiciel ou l'hébergeur",
        "Demandez-leur leur analyse et les mesures prises (art. 28 et 33(2) RGPD).",
        "Alert the software vendor or the host",
        "Ask for their analysis and the measures taken (GDPR arts. 28 and 33(2)).",
    ),
    "ars": StepText(
        "Signaler l'incident à l'ARS (portail des signalements, CERT Santé)",
        "Obligatoire pour les établissements de santé ; recommandé pour un cabinet libéral, qui y trouve aide et "
        "conseils.",
        "Report the incident to the ARS (reporting portal, CERT Santé)",
        "Mandatory for health establishments; recommended for a private practice, which finds help and advice "
        "there.",
    ),
}

_PASSWORDS_CYBER = StepText(
    "Changer les mots de passe depuis un appareil sain",
    "Messagerie, logiciel métier, accès à distance, puis activez la double authentification.",
    "Change the passwords from a clean device",
    "E-mail, practice software, remote access; then turn on two-factor authentication.",
)

CONTAINMENT: dict[str, list[tuple[str, StepText]]] = {
    "hacking_malware_phishing": [
        (
            "isolate",
            StepText(
                "Isoler les postes touchés du réseau, sans les éteindre",
                "Débranchez le câble réseau et coupez le Wi-Fi ; laisser l'appareil allumé conserve des traces "
                "utiles à l'enquête.",
                "Isolate the affected computers from the network, without switching them off",
                "Unplug the network cable and turn off Wi-Fi; leaving the device on keeps traces useful to the "
                "investigation.",
            ),
        ),
        (
            "no_ransom",
            StepText(
                "Ne pas payer de rançon",
                "Le paiement ne garantit ni le retour des données ni leur non-divulgation, et finance de "
                "nouvelles attaques.",
                "Do not pay a ransom",
                "Paying guarantees neither getting the data back nor that they stay undisclosed, and funds new "
                "attacks.",
            ),
        ),
        (
            "evidence",
            StepText(
                "Conserver les preuves",
                "Photographiez les messages affichés, gardez les e-mails suspects et les journaux ; joignez-les "
                "à l'incident.",
                "Keep the evidence",
                "Photograph the messages shown, keep suspicious e-mails and the logs; attach them to the "
                "incident.",
            ),
        ),
        ("passwords", _PASSWORDS_CYBER),
        (
            "cybermalveillance",
            StepText(
                "Se faire aider sur cybermalveillance.gouv.fr",
                "Diagnostic en ligne gratuit et mise en relation avec un prestataire de proximité.",
                "Get help on cybermalveillance.gouv.fr",
                "Free online diagnosis and contact with a local provider.",
            ),
        ),
    ],
    "lost_or_stolen_device": [
        (
            "remote_wipe",
            StepText(
                "Bloquer ou effacer l'appareil à distance si possible",
                "Console de gestion, compte du fabricant ou de l'opérateur.",
                "Lock or wipe the device remotely if possible",
                "Management console, the manufacturer's or the carrier's account.",
            ),
        ),
        (
            "passwords",
            StepText(
                "Changer les mots de passe enregistrés sur l'appareil",
                "Logiciel métier, messagerie sécurisée, carte CPS si un code y était noté.",
                "Change the passwords saved on the device",
                "Practice software, secure messaging, the CPS card if its code was written there.",
            ),
        ),
        (
            "restore",
            StepText(
                "Vérifier la dernière sauvegarde et restaurer le poste",
                "Notez ce qui manque depuis la dernière sauvegarde.",
                "Check the latest backup and restore the computer",
                "Note what is missing since the latest backup.",
            ),
        ),
    ],
    "sent_to_wrong_recipient": [
        (
            "recall",
            StepText(
                "Demander au destinataire de supprimer ou de renvoyer les données",
                "Par écrit ; conservez sa confirmation et joignez-la à l'incident.",
                "Ask the recipient to delete or return the data",
                "In writing; keep the confirmation and attach it to the incident.",
            ),
        ),
        (
            "check_address",
            StepText(
                "Corriger l'adresse ou le contact en cause",
                "Carnet d'adresses, annuaire de messagerie sécurisée, fiche patient.",
                "Correct the address or contact at fault",
                "Address book, secure messaging directory, patient record.",
            ),
        ),
    ],
    "mail_lost_or_opened": [
        (
            "recall",
            StepText(
                "Récupérer le courrier ou obtenir sa destruction",
                "Contactez le destinataire et La Poste ; conservez les échanges.",
                "Get the mail back or have it destroyed",
                "Contact the recipient and La Poste; keep the exchanges.",
            ),
        ),
    ],
    "unintended_publication": [
        (
            "take_down",
            StepText(
                "Retirer immédiatement l'accès public",
                "Fermez le partage, le port ouvert ou la page ; demandez le déréférencement aux moteurs de "
                "recherche.",
                "Remove public access at once",
                "Close the share, the open port or the page; ask search engines to delist it.",
            ),
        ),
        (
            "logs",
            StepText(
                "Consulter les journaux d'accès",
                "Ils permettent de savoir si des tiers ont consulté ou téléchargé les données.",
                "Read the access logs",
                "They tell whether others viewed or downloaded the data.",
            ),
        ),
    ],
    "paper_lost_stolen_or_exposed": [
        (
            "secure_paper",
            StepText(
                "Ranger sous clé les dossiers papier restants",
                "Armoire fermée, accès limité.",
                "Lock away the remaining paper records",
                "Locked cabinet, limited access.",
            ),
        ),
    ],
    "paper_disposed_unshredded": [
        (
            "recover_paper",
            StepText(
                "Récupérer les documents si possible et les détruire",
                "Broyeur à coupe croisée.",
                "Recover the documents if possible and destroy them",
                "Cross-cut shredder.",
            ),
        ),
    ],
    "device_disposed_unwiped": [
        (
            "trace_device",
            StepText(
                "Retrouver l'appareil auprès du repreneur ou du recycleur",
                "Demandez un certificat d'effacement.",
                "Trace the device with the buyer or the recycler",
                "Ask for an erasure certificate.",
            ),
        ),
    ],
    "wrong_person_data_shown": [
        (
            "fix_access",
            StepText(
                "Corriger les droits d'accès ou l'erreur d'affichage",
                "Prévenez l'éditeur du logiciel.",
                "Correct the access rights or the display error",
                "Tell the software vendor.",
            ),
        ),
    ],
    "verbal_disclosure": [
        (
            "remind_secrecy",
            StepText(
                "Rappeler le secret professionnel à l'équipe",
                "Accueil, téléphone, salle d'attente.",
                "Remind the team of professional secrecy",
                "Reception, telephone, waiting room.",
            ),
        ),
    ],
}

POLICE_ORIGINS = frozenset(
    {"hacking_malware_phishing", "lost_or_stolen_device", "paper_lost_stolen_or_exposed"}
)
PROCESSOR_ORIGINS = frozenset(
    {"hacking_malware_phishing", "unintended_publication", "wrong_person_data_shown"}
)


def _text(key: str, origin: str | None) -> StepText | None:
    """The text of a step key for an incident of this origin (containment keys are per origin)."""
    if key.startswith("contain_"):
        wanted = key.removeprefix("contain_")
        return next((t for k, t in CONTAINMENT.get(origin or "", []) if k == wanted), None)
    if key == "police" and origin == "hacking_malware_phishing":
        return TEXTS["police_cyber"]
    return TEXTS.get(key)


def next_steps(
    facts: BreachFacts | None, notify: bool, inform: bool, aware_at: datetime, lang: str = "fr"
) -> list[Step]:
    """The checklist for an incident: legal duties, then containment for its origin, then the other contacts."""
    deadline = aware_at + NOTIFICATION_DELAY
    origin = facts.origin if facts else None

    def step(key: str, level: str = "required", due: datetime | None = None) -> Step:
        text = _text(key, origin)
        if text is None:
            raise KeyError(key)
        label, detail = text.render(lang, deadline)
        return Step(key, label, detail, level, due)

    steps: list[Step] = []
    if notify:
        steps.append(step("cnil", due=deadline))
    if inform:
        steps.append(step("inform"))
    steps.append(step("journal"))
    for key, _ in CONTAINMENT.get(origin or "", []):
        steps.append(step(f"contain_{key}", "required" if key != "cybermalveillance" else "recommended"))
    malicious = bool(facts and facts.is_malicious)
    if malicious or origin in POLICE_ORIGINS:
        cyber = origin == "hacking_malware_phishing"
        steps.append(step("police", "required" if cyber else "recommended", deadline if cyber else None))
    steps.append(
        step(
            "insurer",
            "recommended",
            aware_at + timedelta(days=2) if origin == "lost_or_stolen_device" else None,
        )
    )
    if origin in PROCESSOR_ORIGINS or origin is None:
        steps.append(step("processor", "recommended"))
    steps.append(step("ars", "recommended"))
    return steps


def localized(steps: Sequence[Step], origin: str | None, aware_at: datetime, lang: str) -> list[Step]:
    """Stored steps (French) with their label and detail in ``lang``; ticks, notes and dates kept. A key this
    version does not know keeps its stored text."""
    deadline = aware_at + NOTIFICATION_DELAY
    out = []
    for s in steps:
        text = _text(s.key, origin)
        if text is None:
            out.append(s)
            continue
        label, detail = text.render(lang, deadline)
        out.append(replace(s, label=label, detail=detail))
    return out
