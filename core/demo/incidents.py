"""Demo incidents: one open breach awaiting notification (its 72-hour countdown runs), one notified and closed,
one documented only. ``large`` adds 10,000 incidents and 50,000 timeline events, bulk-inserted.
"""

from __future__ import annotations

import hashlib
import json
import random
from datetime import UTC, datetime, timedelta

from core.clock import Clock, format_paris
from core.domain.breach_json import assessment_to_dict, facts_to_dict, parse_facts
from core.domain.incident import ActivityRef, IncidentDraft
from core.rules.breach import assess
from core.rules.deadlines import notification_deadline
from core.services.incidents import IncidentService
from core.storage import ledger
from core.vault import Vault

LAPTOP = {
    "nature": ["confidentiality", "availability"],
    "origin": "lost_or_stolen_device",
    "cause": "external_malicious",
    "data_categories": ["civil_status", "contact", "nir", "health"],
    "subjects": {"categories": ["patients"], "count": 1400},
    "records_count": 1400,
    "identifiability": "direct",
    "protection": "none",
    "confidentiality": {"exposure": "unknown"},
    "availability": {"backup": True, "restore_hours": 8, "care_impact": False, "permanent_loss": False},
}
RANSOMWARE = {
    "nature": ["confidentiality", "availability"],
    "origin": "hacking_malware_phishing",
    "cause": "external_malicious",
    "data_categories": ["civil_status", "contact", "health"],
    "subjects": {"categories": ["patients"], "count": 900},
    "identifiability": "direct",
    "protection": "none",
    "confidentiality": {"exposure": "unknown"},
    "availability": {"backup": True, "restore_hours": 52, "care_impact": True, "permanent_loss": False},
}
MISDIRECTED = {
    "nature": ["confidentiality"],
    "origin": "sent_to_wrong_recipient",
    "cause": "internal_accidental",
    "data_categories": ["civil_status", "health"],
    "subjects": {"categories": ["patients"], "count": 1},
    "identifiability": "direct",
    "protection": "none",
    "confidentiality": {
        "exposure": "known_recipients",
        "recipients_trusted": True,
        "deletion_confirmed": True,
    },
}


class _Replay:
    """A clock the seeder moves by hand, so that each action is recorded at a plausible past time."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _facts(fields: dict, aware_at: datetime):
    return parse_facts({"aware_at": aware_at.isoformat(), "personal_data": True, **fields})


def seed(vault: Vault, size: str, rng: random.Random, clock: Clock) -> None:
    now = clock()
    _small(vault, now)
    if size == "large":
        _large(vault, rng, now)


def _small(vault: Vault, now: datetime) -> None:
    replay = _Replay(now)
    service = IncidentService(vault, replay)
    record = ActivityRef("T-01", "Dossier médical des patients")
    billing = ActivityRef("T-02", "Facturation et télétransmission")

    # 1. A notified ransomware attack, three months ago, now closed.
    replay.now = now - timedelta(days=92, hours=3)
    ransom = service.start("Rançongiciel sur le poste d'accueil", origin="hacking_malware_phishing")
    service.update(
        ransom.id,
        IncidentDraft(
            title="Rançongiciel sur le poste d'accueil",
            description="Un message de rançon s'est affiché à l'ouverture du poste d'accueil ; les fichiers du "
            "logiciel de rendez-vous étaient chiffrés. Le poste a été isolé du réseau.",
            discovery="Écran de rançon constaté par la secrétaire à 8 h",
            origin="hacking_malware_phishing",
            cause="external_malicious",
            occurred_start=replay.now - timedelta(hours=10),
            activities=(record, billing),
        ),
    )
    replay.now += timedelta(hours=2)
    service.add_event(ransom.id, "contained", replay.now, "Poste débranché du réseau, laissé allumé.")
    service.assess(
        ransom.id, _facts(RANSOMWARE, ransom.aware_at), note="Évaluation après diagnostic du prestataire"
    )
    service.decide(ransom.id, True, True, "Dr Claire Martin")
    replay.now += timedelta(hours=5)
    service.add_event(
        ransom.id, "police_complaint", replay.now, "Plainte en ligne, récépissé joint au dossier."
    )
    service.add_event(
        ransom.id, "processor_informed", replay.now, "Éditeur du logiciel de rendez-vous prévenu."
    )
    replay.now += timedelta(hours=20)
    service.record_notification(ransom.id, replay.now, "DEMO-2026-000123")
    replay.now += timedelta(days=4)
    service.record_information(
        ransom.id, replay.now, "letter", 900, "Lettre remise ou envoyée à chaque patient."
    )
    replay.now += timedelta(days=6)
    service.record_notification(
        ransom.id,
        replay.now,
        "DEMO-2026-000123-C",
        complementary=True,
        note="Aucune exfiltration constatée par le prestataire.",
    )
    replay.now += timedelta(days=2)
    service.close(ransom.id, "Postes réinstallés, sauvegardes testées.")

    # 2. Documented only: a secure message to the wrong colleague, who deleted it.
    replay.now = now - timedelta(days=30, hours=5)
    mail = service.start("Message sécurisé envoyé au mauvais confrère", origin="sent_to_wrong_recipient")
    service.update(
        mail.id,
        IncidentDraft(
            title="Message sécurisé envoyé au mauvais confrère",
            description="Un compte rendu de consultation a été adressé par messagerie sécurisée de santé à un "
            "homonyme du cardiologue destinataire.",
            discovery="Appel du confrère destinataire",
            origin="sent_to_wrong_recipient",
            cause="internal_accidental",
            activities=(record,),
        ),
    )
    replay.now += timedelta(hours=1)
    service.assess(mail.id, _facts(MISDIRECTED, mail.aware_at))
    service.decide(mail.id, False, False, "Dr Claire Martin")
    service.add_event(
        mail.id, "note", replay.now, "Le confrère confirme par écrit avoir supprimé le message."
    )
    service.close(mail.id, "Documenté au journal ; pas de notification (risque improbable).")

    # 3. Open, awaiting notification: the laptop stolen yesterday evening.
    replay.now = now - timedelta(hours=19)
    laptop = service.start("Vol de l'ordinateur portable du cabinet", origin="lost_or_stolen_device")
    service.update(
        laptop.id,
        IncidentDraft(
            title="Vol de l'ordinateur portable du cabinet",
            description="L'ordinateur portable utilisé pour les visites à domicile a été volé dans la voiture. Son "
            "disque n'était pas chiffré.",
            discovery="Constat au retour de visite",
            origin="lost_or_stolen_device",
            cause="external_malicious",
            activities=(record,),
        ),
    )
    replay.now += timedelta(minutes=40)
    service.assess(laptop.id, _facts(LAPTOP, laptop.aware_at))
    replay.now = now


_STEP = tuple(timedelta(hours=12 * k) for k in range(5))
_LARGE_PATTERNS = (LAPTOP, RANSOMWARE, MISDIRECTED)
_TITLES = (
    "Vol d'ordinateur",
    "Rançongiciel",
    "Courriel mal adressé",
    "Clé USB perdue",
    "Dossier papier égaré",
    "Panne du logiciel",
    "Hameçonnage",
    "Courrier ouvert",
)


def _large(vault: Vault, rng: random.Random, now: datetime, count: int = 10_000) -> None:
    """10,000 incidents over ten years, 50,000 events: one executemany per table, one transaction.

    Each pattern is assessed once; its stored JSON is then re-dated per incident by replacing the awareness
    and deadline strings (the reasons quote the deadline), which keeps the whole seeder around a second.
    """
    events_per = 5
    incidents, assessments, docs, events = [], [], [], []
    base_now = now.replace(microsecond=0)
    templates = []
    for pattern in _LARGE_PATTERNS:
        facts = parse_facts({"aware_at": base_now.isoformat(), "personal_data": True, **pattern})
        result = assess(facts)
        facts_doc = facts_to_dict(facts)
        templates.append(
            (
                pattern,
                result,
                json.dumps(facts_doc, ensure_ascii=False, sort_keys=True),
                json.dumps(assessment_to_dict(result), ensure_ascii=False),
                json.dumps(facts_doc["aware_at"]),
                result.deadline.isoformat(timespec="seconds"),
                format_paris(result.deadline),
            )
        )
    with vault.transaction() as conn:
        start = int(conn.execute("SELECT coalesce(max(id), 0) FROM incident").fetchone()[0]) + 1
        first_assessment = (
            int(conn.execute("SELECT coalesce(max(id), 0) FROM incident_assessment").fetchone()[0]) + 1
        )
        for n in range(count):
            incident_id = start + n
            aware = (
                base_now - timedelta(days=rng.randint(30, 3650), minutes=rng.randint(0, 1439))
            ).astimezone(UTC)
            pattern, result, facts_json, result_json, aware_token, deadline_iso, deadline_text = templates[
                n % len(templates)
            ]
            deadline = notification_deadline(aware)
            aware_iso = aware.isoformat(timespec="seconds")  # already UTC: the stored form of to_iso()
            incidents.append(
                (
                    incident_id,
                    f"{rng.choice(_TITLES)} n° {n + 1}",
                    aware_iso,
                    pattern["origin"],
                    pattern["cause"],
                    (aware + timedelta(days=20)).isoformat(timespec="seconds"),
                    aware_iso,
                )
            )
            assessment_id = first_assessment + n
            docs.append(
                (
                    assessment_id,
                    facts_json.replace(aware_token, '"' + aware.isoformat() + '"'),
                    result_json.replace(deadline_iso, deadline.isoformat(timespec="seconds")).replace(
                        deadline_text, format_paris(deadline)
                    ),
                )
            )
            assessments.append(
                (
                    assessment_id,
                    incident_id,
                    aware_iso,
                    result.risk,
                    result.severity.level if result.severity else None,
                    int(result.notify_authority),
                    int(result.inform_subjects),
                    deadline.astimezone(UTC).isoformat(timespec="seconds"),
                )
            )
            kinds = [
                "discovered",
                "assessed",
                "contained",
                "cnil_notified" if result.notify_authority else "note",
                "closed",
            ]
            for k, kind in enumerate(kinds[:events_per]):
                at = (aware + _STEP[k]).isoformat(timespec="seconds")
                details = (
                    f'{{"number": "DEMO-{incident_id}", "type": "initial"}}'
                    if kind == "cnil_notified"
                    else "{}"
                )
                events.append((incident_id, kind, at, at, "Événement de démonstration", details))
        conn.executemany(
            "INSERT INTO incident (id, title, aware_at, origin, cause, status, closed_at, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'closed', ?, ?, ?)",
            [(*row, row[2]) for row in incidents],
        )
        conn.executemany(
            "INSERT INTO incident_assessment (id, incident_id, version, created_at, risk, severity_level, notify, "
            "inform, deadline) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)",
            assessments,
        )
        conn.executemany(
            "INSERT INTO incident_assessment_doc (assessment_id, facts_json, result_json) VALUES (?, ?, ?)",
            docs,
        )
        conn.executemany(
            "INSERT INTO incident_event (incident_id, kind, at, recorded_at, note, details_json) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            events,
        )
        # The ledger chain, computed here and written in one go (ledger.append would re-read the head each time).
        last = ledger.head(conn)
        seq, prev, chain = last.seq, last.hash, []
        kind_json = json.dumps("incident.created")
        for incident_id, title, aware_iso, *_ in incidents:
            seq += 1
            body = ledger.canonical({"aware_at": aware_iso, "imported": True, "title": title})
            ref = f"incident:{incident_id}"
            # Same bytes as ledger.entry_hash (canonical JSON of the list), without re-encoding: the ISO time,
            # the reference and the hex digest are plain ASCII with nothing to escape.
            line = f'[{seq},"{aware_iso}",{kind_json},"{ref}",{body},"{prev}"]'
            digest = hashlib.sha256(line.encode("utf-8")).hexdigest()
            chain.append((seq, aware_iso, "incident.created", ref, body, prev, digest))
            prev = digest
        conn.executemany(
            "INSERT INTO ledger (seq, at, kind, ref, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
            chain,
        )
