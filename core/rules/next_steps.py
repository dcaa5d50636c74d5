"""The next-steps checklist of an incident: legal duties first, then what to do for this kind of incident.

Derived from the facts and the decision, so it is rebuilt after each assessment; the service keeps what was
already ticked. French duties that run beside the GDPR (police complaint and the insurer's own 72-hour
condition for cyber losses, Code des assurances L.12-10-1; cybermalveillance.gouv.fr; ARS / CERT Santé,
recommended but not mandatory for a solo liberal practice) are listed where they apply.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from core.clock import format_paris
from core.domain.breach import BreachFacts
from core.domain.incident import Step
from core.rules.deadlines import NOTIFICATION_DELAY

CONTAINMENT: dict[str, list[tuple[str, str, str]]] = {
    "hacking_malware_phishing": [
        (
            "isolate",
            "Isoler les postes touchés du réseau, sans les éteindre",
            "Débranchez le câble réseau et coupez le Wi-Fi ; laisser l'appareil allumé conserve des traces utiles à "
            "l'enquête.",
        ),
        (
            "no_ransom",
            "Ne pas payer de rançon",
            "Le paiement ne garantit ni le retour des données ni leur non-divulgation, et finance de nouvelles "
            "attaques.",
        ),
        (
            "evidence",
            "Conserver les preuves",
            "Photographiez les messages affichés, gardez les e-mails suspects et les journaux ; joignez-les à "
            "l'incident.",
        ),
        (
            "passwords",
            "Changer les mots de passe depuis un appareil sain",
            "Messagerie, logiciel métier, accès à distance, puis activez la double authentification.",
        ),
        (
            "cybermalveillance",
            "Se faire aider sur cybermalveillance.gouv.fr",
            "Diagnostic en ligne gratuit et mise en relation avec un prestataire de proximité.",
        ),
    ],
    "lost_or_stolen_device": [
        (
            "remote_wipe",
            "Bloquer ou effacer l'appareil à distance si possible",
            "Console de gestion, compte du fabricant ou de l'opérateur.",
        ),
        (
            "passwords",
            "Changer les mots de passe enregistrés sur l'appareil",
            "Logiciel métier, messagerie sécurisée, carte CPS si un code y était noté.",
        ),
        (
            "restore",
            "Vérifier la dernière sauvegarde et restaurer le poste",
            "Notez ce qui manque depuis la dernière sauvegarde.",
        ),
    ],
    "sent_to_wrong_recipient": [
        (
            "recall",
            "Demander au destinataire de supprimer ou de renvoyer les données",
            "Par écrit ; conservez sa confirmation et joignez-la à l'incident.",
        ),
        (
            "check_address",
            "Corriger l'adresse ou le contact en cause",
            "Carnet d'adresses, annuaire de messagerie sécurisée, fiche patient.",
        ),
    ],
    "mail_lost_or_opened": [
        (
            "recall",
            "Récupérer le courrier ou obtenir sa destruction",
            "Contactez le destinataire et La Poste ; conservez les échanges.",
        ),
    ],
    "unintended_publication": [
        (
            "take_down",
            "Retirer immédiatement l'accès public",
            "Fermez le partage, le port ouvert ou la page ; demandez le déréférencement aux moteurs de recherche.",
        ),
        (
            "logs",
            "Consulter les journaux d'accès",
            "Ils permettent de savoir si des tiers ont consulté ou téléchargé les données.",
        ),
    ],
    "paper_lost_stolen_or_exposed": [
        ("secure_paper", "Ranger sous clé les dossiers papier restants", "Armoire fermée, accès limité."),
    ],
    "paper_disposed_unshredded": [
        ("recover_paper", "Récupérer les documents si possible et les détruire", "Broyeur à coupe croisée."),
    ],
    "device_disposed_unwiped": [
        (
            "trace_device",
            "Retrouver l'appareil auprès du repreneur ou du recycleur",
            "Demandez un certificat d'effacement.",
        ),
    ],
    "wrong_person_data_shown": [
        (
            "fix_access",
            "Corriger les droits d'accès ou l'erreur d'affichage",
            "Prévenez l'éditeur du logiciel.",
        ),
    ],
    "verbal_disclosure": [
        (
            "remind_secrecy",
            "Rappeler le secret professionnel à l'équipe",
            "Accueil, téléphone, salle d'attente.",
        ),
    ],
}

POLICE_ORIGINS = frozenset(
    {"hacking_malware_phishing", "lost_or_stolen_device", "paper_lost_stolen_or_exposed"}
)
PROCESSOR_ORIGINS = frozenset(
    {"hacking_malware_phishing", "unintended_publication", "wrong_person_data_shown"}
)


def next_steps(facts: BreachFacts | None, notify: bool, inform: bool, aware_at: datetime) -> list[Step]:
    """The checklist for an incident: legal duties, then containment for its origin, then the other contacts."""
    deadline = aware_at + NOTIFICATION_DELAY
    steps: list[Step] = []
    if notify:
        steps.append(
            Step(
                "cnil",
                "Notifier la CNIL",
                f"Téléservice de notification de violation sur cnil.fr, avant le {format_paris(deadline)} ; "
                "une notification initiale incomplète vaut mieux qu'un retard, elle sera complétée.",
                "required",
                deadline,
            )
        )
    if inform:
        steps.append(
            Step(
                "inform",
                "Informer les personnes concernées",
                "Lettre en termes simples (modèle fourni par Vigie), sans tarder.",
                "required",
            )
        )
    steps.append(
        Step(
            "journal",
            "Compléter le journal de l'incident",
            "Faits, effets, mesures prises et raisonnement suivi (art. 33(5) RGPD).",
            "required",
        )
    )
    origin = facts.origin if facts else None
    for key, label, detail in CONTAINMENT.get(origin or "", []):
        steps.append(
            Step(f"contain_{key}", label, detail, "required" if key != "cybermalveillance" else "recommended")
        )
    malicious = bool(facts and facts.is_malicious)
    if malicious or origin in POLICE_ORIGINS:
        cyber = origin == "hacking_malware_phishing"
        detail = "Commissariat, gendarmerie, ou en ligne pour une cyberattaque."
        if cyber:
            detail += (
                f" Pour être indemnisé par une assurance cyber, la plainte doit être déposée dans les 72 h "
                f"suivant la prise de connaissance, soit avant le {format_paris(deadline)} "
                "(Code des assurances, art. L.12-10-1)."
            )
        steps.append(
            Step(
                "police",
                "Porter plainte",
                detail,
                "required" if cyber else "recommended",
                deadline if cyber else None,
            )
        )
    steps.append(
        Step(
            "insurer",
            "Déclarer le sinistre à l'assureur",
            "Dans le délai du contrat (souvent 5 jours ouvrés, 2 en cas de vol).",
            "recommended",
            aware_at + timedelta(days=2) if origin == "lost_or_stolen_device" else None,
        )
    )
    if origin in PROCESSOR_ORIGINS or origin is None:
        steps.append(
            Step(
                "processor",
                "Prévenir l'éditeur du logiciel ou l'hébergeur",
                "Demandez-leur leur analyse et les mesures prises (art. 28 et 33(2) RGPD).",
                "recommended",
            )
        )
    steps.append(
        Step(
            "ars",
            "Signaler l'incident à l'ARS (portail des signalements, CERT Santé)",
            "Obligatoire pour les établissements de santé ; recommandé pour un cabinet libéral, qui y "
            "trouve aide et conseils.",
            "recommended",
        )
    )
    return steps
