"""Use cases of the incident journal: record, assess (versions), decide, notify, inform, close.

The breach wizard's first step calls :meth:`IncidentService.start`, which records the awareness time at once:
it starts the legal 72-hour clock. Every later change is a new row (assessment version, decision, timeline
event); nothing that was once recorded is rewritten, except the editable description and the checklist ticks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import PurePath
from typing import Any

from core.clock import Clock, system_clock, to_iso
from core.domain import incident_timeline
from core.domain.breach import BreachFacts
from core.domain.breach_json import assessment_to_dict, facts_to_dict
from core.domain.incident import (
    CHANNELS,
    MAILING_PREPARED,
    MANUAL_EVENT_KINDS,
    MAX_ATTACHMENT_BYTES,
    MIN_JUSTIFICATION,
    AssessmentVersion,
    Attachment,
    Decision,
    Incident,
    IncidentDraft,
    IncidentRecord,
    IncidentSummary,
    NewAttachment,
    Step,
)
from core.domain.problems import problem, refused
from core.errors import CorruptVault, InvalidInput, NotFound
from core.rules.breach import assess
from core.rules.deadlines import Countdown, countdown, notification_deadline
from core.rules.next_steps import next_steps
from core.storage import ledger
from core.storage.db import Connection
from core.storage.repositories import incidents as repo
from core.vault import Vault

FUTURE_TOLERANCE = timedelta(minutes=5)  # a clock a little ahead is not "the future"
DEFAULT_TITLE = "Incident en cours de qualification"


class IncidentService:
    def __init__(self, vault: Vault, clock: Clock = system_clock):
        self._vault = vault
        self._clock = clock

    # --- recording -------------------------------------------------------------------------------------
    def start(self, title: str = DEFAULT_TITLE, origin: str | None = None, description: str = "") -> Incident:
        """Open an incident now: the awareness time is the current instant (the wizard's first step)."""
        return self.record(
            IncidentDraft(title=title or DEFAULT_TITLE, origin=origin, description=description),
            aware_at=self._clock(),
            discovery_note=incident_timeline.REPORTED[0],
        )

    def record(self, draft: IncidentDraft, aware_at: datetime, discovery_note: str = "") -> Incident:
        """Open an incident whose awareness time is known (e.g. entered after the fact, or imported)."""
        now = self._clock()
        self._not_future(aware_at, "aware_at", now)
        draft = draft.validated(aware_at)
        with self._vault.transaction() as conn:
            incident_id = repo.insert_incident(conn, draft, aware_at, now)
            repo.insert_event(
                conn, incident_id, "discovered", aware_at, now, discovery_note or draft.discovery
            )
            repo.replace_steps(conn, incident_id, next_steps(None, False, False, aware_at))
            _log(conn, "created", incident_id, now, title=draft.title.strip(), aware_at=to_iso(aware_at))
            return self._incident(conn, incident_id)

    def record_assessed(
        self, draft: IncidentDraft, facts: BreachFacts, decided_by: str, note: str = ""
    ) -> tuple[Incident, Decision]:
        """Open an incident from its facts (awareness = ``facts.aware_at``), assess it and record the engine's
        conclusion as the decision, all in one transaction: on any problem nothing is written."""
        now = self._clock()
        self._not_future(facts.aware_at, "aware_at", now)
        draft = draft.validated(facts.aware_at)
        with self._vault.transaction() as conn:
            incident_id = repo.insert_incident(conn, draft, facts.aware_at, now)
            repo.insert_event(
                conn,
                incident_id,
                "discovered",
                facts.aware_at,
                now,
                draft.discovery or incident_timeline.RECORDED[0],
            )
            _log(
                conn, "created", incident_id, now, title=draft.title.strip(), aware_at=to_iso(facts.aware_at)
            )
            version = self._assess_in(conn, self._incident(conn, incident_id), facts, note, now)
            decision = self._decide_in(
                conn,
                incident_id,
                version.result.notify_authority,
                version.result.inform_subjects,
                decided_by,
                "",
                now,
            )
            return self._incident(conn, incident_id), decision

    def update(self, incident_id: int, draft: IncidentDraft) -> Incident:
        with self._vault.transaction() as conn:
            incident = self._open_incident(conn, incident_id)
            draft = draft.validated(incident.aware_at)
            now = self._clock()
            repo.update_incident(conn, incident_id, draft, now)
            _log(conn, "updated", incident_id, now, details=_digest(repr(draft)))
            return self._incident(conn, incident_id)

    def change_awareness(self, incident_id: int, aware_at: datetime, reason: str) -> Incident:
        """Correct the awareness time; the reason and the previous value stay on the timeline."""
        now = self._clock()
        problems = []
        if not reason.strip():
            problems.append(problem("reason", "awareness_reason_missing"))
        if aware_at.tzinfo is None:
            problems.append(problem("aware_at", "no_timezone"))
        elif aware_at > now + FUTURE_TOLERANCE:
            problems.append(problem("aware_at", "aware_at_future"))
        if problems:
            raise InvalidInput(problems)
        with self._vault.transaction() as conn:
            incident = self._open_incident(conn, incident_id)
            if incident.occurred_start and aware_at < incident.occurred_start:
                raise InvalidInput([problem("aware_at", "awareness_before_start")])
            repo.set_awareness(conn, incident_id, aware_at, now)
            repo.insert_event(
                conn,
                incident_id,
                "awareness_changed",
                now,
                now,
                reason.strip(),
                {"previous": incident.aware_at.isoformat(), "new": aware_at.isoformat()},
            )
            _log(
                conn,
                "awareness_changed",
                incident_id,
                now,
                previous=to_iso(incident.aware_at),
                new=to_iso(aware_at),
                reason=reason.strip(),
            )
            self._refresh_steps(conn, incident_id)
            return self._incident(conn, incident_id)

    # --- assessing and deciding ----------------------------------------------------------------------------
    def assess(self, incident_id: int, facts: BreachFacts, note: str = "") -> AssessmentVersion:
        """Run the engine on the facts and keep the result as a new version (the awareness is the incident's)."""
        now = self._clock()
        with self._vault.transaction() as conn:
            return self._assess_in(conn, self._open_incident(conn, incident_id), facts, note, now)

    def decide(
        self, incident_id: int, notify: bool, inform: bool, decided_by: str, justification: str = ""
    ) -> Decision:
        """Record who decided what. Departing from the engine's latest conclusion needs a written justification."""
        now = self._clock()
        with self._vault.transaction() as conn:
            self._open_incident(conn, incident_id)
            return self._decide_in(conn, incident_id, notify, inform, decided_by, justification, now)

    def conclude(
        self,
        incident_id: int,
        draft: IncidentDraft,
        facts: BreachFacts,
        notify: bool,
        inform: bool,
        decided_by: str,
        justification: str = "",
        note: str = "",
    ) -> Decision:
        """The wizard's single commit: details, a new assessment version and the decision, all or nothing."""
        now = self._clock()
        with self._vault.transaction() as conn:
            incident = self._open_incident(conn, incident_id)
            draft = draft.validated(incident.aware_at)
            repo.update_incident(conn, incident_id, draft, now)
            _log(conn, "updated", incident_id, now, details=_digest(repr(draft)))
            self._assess_in(conn, self._incident(conn, incident_id), facts, note, now)
            return self._decide_in(conn, incident_id, notify, inform, decided_by, justification, now)

    def _assess_in(
        self, conn: Connection, incident: Incident, facts: BreachFacts, note: str, now: datetime
    ) -> AssessmentVersion:
        incident_id = incident.id
        facts = replace(facts, aware_at=incident.aware_at)
        result = assess(facts)
        version = AssessmentVersion(
            incident_id, repo.next_version(conn, incident_id), now, facts, result, note
        )
        repo.insert_assessment(conn, version)
        _log(
            conn,
            "assessed",
            incident_id,
            now,
            version=version.version,
            facts_sha256=_digest(ledger.canonical(facts_to_dict(facts))),
            result_sha256=_digest(ledger.canonical(assessment_to_dict(result))),
            risk=result.risk,
            notify=result.notify_authority,
            inform=result.inform_subjects,
        )
        if (facts.origin and facts.origin != incident.origin) or (
            facts.cause and facts.cause != incident.cause
        ):
            draft = _draft_of(incident)
            repo.update_incident(
                conn,
                incident_id,
                replace(draft, origin=facts.origin or incident.origin, cause=facts.cause or incident.cause),
                now,
            )
        summary = ("notifier la CNIL" if result.notify_authority else "pas de notification") + (
            ", informer les personnes" if result.inform_subjects else ""
        )
        repo.insert_event(
            conn,
            incident_id,
            "assessed",
            now,
            now,
            f"Évaluation n° {version.version} : {summary}.",
            {"version": version.version, "risk": result.risk},
        )
        self._refresh_steps(conn, incident_id)
        return version

    def _decide_in(
        self,
        conn: Connection,
        incident_id: int,
        notify: bool,
        inform: bool,
        decided_by: str,
        justification: str,
        now: datetime,
    ) -> Decision:
        versions = repo.assessments(conn, incident_id)
        if not versions:
            raise refused("refusal.not_assessed")
        latest = versions[-1]
        overridden = (notify, inform) != (latest.result.notify_authority, latest.result.inform_subjects)
        problems = []
        if not decided_by.strip():
            problems.append(problem("decided_by", "decided_by_missing"))
        if overridden and len(justification.strip()) < MIN_JUSTIFICATION:
            problems.append(problem("justification", "justification_too_short", min=MIN_JUSTIFICATION))
        if problems:
            raise InvalidInput(problems)
        decision = Decision(
            incident_id,
            latest.version,
            notify,
            inform,
            overridden,
            justification.strip(),
            decided_by.strip(),
            now,
        )
        repo.insert_decision(conn, decision)
        _log(
            conn,
            "decided",
            incident_id,
            now,
            version=latest.version,
            notify=notify,
            inform=inform,
            overridden=overridden,
            justification=decision.justification,
            by=decision.decided_by,
        )
        text = ("Notifier la CNIL" if notify else "Ne pas notifier la CNIL") + (
            " ; informer les personnes" if inform else " ; ne pas informer les personnes"
        )
        if overridden:
            text += f". Écart avec la conclusion de Vigie, justifié : {justification.strip()}"
        repo.insert_event(
            conn,
            incident_id,
            "decided",
            now,
            now,
            text + ".",
            {"notify": notify, "inform": inform, "overridden": overridden, "by": decided_by.strip()},
        )
        self._refresh_steps(conn, incident_id)
        return decision

    # --- timeline --------------------------------------------------------------------------------------------
    def record_notification(
        self,
        incident_id: int,
        at: datetime,
        number: str,
        *,
        complementary: bool = False,
        delay_reason: str = "",
        note: str = "",
        attachments: Sequence[NewAttachment] = (),
        number_required: bool = True,
    ) -> int:
        """The CNIL notification (initial, then complementary ones referencing the first's number).

        ``number_required=False`` (command line) accepts an initial notification whose number is not known yet.
        """
        now = self._clock()
        self._not_future(at, "at", now)
        with self._vault.transaction() as conn:
            incident = self._open_incident(conn, incident_id)
            record = self._record(conn, incident_id)
            initial = record.initial_notification
            problems = []
            if not number.strip() and (number_required or complementary):
                problems.append(problem("number", "number_missing"))
            details: dict[str, Any] = {
                "number": number.strip(),
                "type": "complementary" if complementary else "initial",
            }
            if complementary:
                if initial is None:
                    raise refused("refusal.supplement_needs_initial")
                details["references"] = initial.number
            else:
                if initial is not None:
                    if initial.number:
                        raise refused("refusal.already_notified_number", number=initial.number)
                    raise refused("refusal.already_notified")
                deadline = notification_deadline(incident.aware_at)
                if at > deadline:
                    late = at - deadline
                    details["late_by_minutes"] = int(late.total_seconds() // 60)
                    if not delay_reason.strip():
                        problems.append(problem("delay_reason", "delay_reason_missing", deadline=deadline))
                    details["delay_reason"] = delay_reason.strip()
            if problems:
                raise InvalidInput(problems)
            event_id = repo.insert_event(conn, incident_id, "cnil_notified", at, now, note, details)
            hashes = self._attach(conn, event_id, attachments, now)
            _log(
                conn,
                "event",
                incident_id,
                now,
                event=event_id,
                kind="cnil_notified",
                at=to_iso(at),
                details=details,
                attachments=hashes,
            )
            if not complementary:
                repo.set_step(conn, incident_id, "cnil", at, f"n° {number.strip()}" if number.strip() else "")
            return event_id

    def complete_notification_number(self, incident_id: int, number: str) -> None:
        """Add the CNIL's number to an initial notification recorded without it (``incident notify`` without
        ``--reference``); complementary notifications that referenced the empty number get it too."""
        number = number.strip()
        if not number:
            raise InvalidInput([problem("number", "number_missing")])
        now = self._clock()
        with self._vault.transaction() as conn:
            record = self._record(conn, incident_id)
            initial = next(
                (
                    e
                    for e in record.events
                    if e.kind == "cnil_notified" and e.details.get("type") == "initial"
                ),
                None,
            )
            if initial is None:
                raise refused("refusal.no_notification", incident_id=incident_id)
            if str(initial.details.get("number", "")).strip():
                raise refused("refusal.notification_numbered", number=initial.details["number"])
            for event in record.events:
                if event.kind != "cnil_notified":
                    continue
                details = dict(event.details)
                if event.id == initial.id:
                    details["number"] = number
                elif (
                    details.get("type") == "complementary" and not str(details.get("references", "")).strip()
                ):
                    details["references"] = number
                else:
                    continue
                repo.set_event_details(conn, event.id, details)
                _log(conn, "event_completed", incident_id, now, event=event.id, details=details)
            step = next((st for st in record.steps if st.key == "cnil"), None)
            if step is not None and step.done_at is not None:
                repo.set_step(conn, incident_id, "cnil", step.done_at, f"n° {number}")

    def record_information(
        self,
        incident_id: int,
        at: datetime,
        channel: str,
        count: int | None,
        note: str = "",
        attachments: Sequence[NewAttachment] = (),
    ) -> int:
        """The persons were informed (art. 34): when, how, how many, as confirmed by the practitioner once
        the letters are posted or the e-mails sent. Only this ticks the "inform" step."""
        now = self._clock()
        self._not_future(at, "at", now)
        problems = []
        if channel not in CHANNELS:
            problems.append(problem("channel", "channel_unknown"))
        if count is not None and count < 0:
            problems.append(problem("count", "count_negative"))
        if problems:
            raise InvalidInput(problems)
        with self._vault.transaction() as conn:
            self._open_incident(conn, incident_id)
            event_id = repo.insert_event(
                conn, incident_id, "persons_informed", at, now, note, {"channel": channel, "count": count}
            )
            hashes = self._attach(conn, event_id, attachments, now)
            _log(
                conn,
                "event",
                incident_id,
                now,
                event=event_id,
                kind="persons_informed",
                at=to_iso(at),
                details={"channel": channel, "count": count},
                attachments=hashes,
            )
            repo.set_step(conn, incident_id, "inform", at, note)
            return event_id

    def record_preparation(self, incident_id: int, at: datetime, channel: str, count: int | None) -> int:
        """A print run (letters printed, e-mail file prepared) for ``count`` persons: journalled as such, it
        informs nobody by itself, so the "inform" step stays open until :meth:`record_information`."""
        now = self._clock()
        problems = []
        if channel not in CHANNELS:
            problems.append(problem("channel", "channel_unknown"))
        if count is not None and count < 0:
            problems.append(problem("count", "count_negative"))
        if problems:
            raise InvalidInput(problems)
        details = {"type": MAILING_PREPARED, "channel": channel, "count": count}
        with self._vault.transaction() as conn:
            self._open_incident(conn, incident_id)
            event_id = repo.insert_event(conn, incident_id, "note", at, now, "", details)
            _log(
                conn,
                "event",
                incident_id,
                now,
                event=event_id,
                kind=MAILING_PREPARED,
                at=to_iso(at),
                details=details,
            )
            return event_id

    def add_event(
        self,
        incident_id: int,
        kind: str,
        at: datetime,
        note: str = "",
        details: dict[str, Any] | None = None,
        attachments: Sequence[NewAttachment] = (),
    ) -> int:
        """A dated event entered by hand (containment, police complaint, insurer, processor, free note)."""
        now = self._clock()
        if kind not in MANUAL_EVENT_KINDS:
            raise InvalidInput([problem("kind", "kind_not_manual")])
        self._not_future(at, "at", now)
        if kind == "note" and not note.strip() and not attachments:
            raise InvalidInput([problem("note", "note_empty")])
        with self._vault.transaction() as conn:
            self._open_incident(conn, incident_id)
            event_id = repo.insert_event(conn, incident_id, kind, at, now, note.strip(), details)
            hashes = self._attach(conn, event_id, attachments, now)
            _log(
                conn,
                "event",
                incident_id,
                now,
                event=event_id,
                kind=kind,
                at=to_iso(at),
                note_sha256=_digest(note.strip()),
                attachments=hashes,
            )
            step_key = {
                "police_complaint": "police",
                "insurer_informed": "insurer",
                "processor_informed": "processor",
            }.get(kind)
            if step_key:
                repo.set_step(conn, incident_id, step_key, at, note.strip())
            return event_id

    def attachment(self, attachment_id: int) -> tuple[Attachment, bytes]:
        """An attachment's content, checked against the SHA-256 recorded when it was added."""
        with self._vault.read() as conn:
            found = repo.attachment_content(conn, attachment_id)
        if found is None:
            raise NotFound(what="attachment", number=attachment_id)
        meta, content = found
        if hashlib.sha256(content).hexdigest() != meta.sha256:
            raise CorruptVault(detail=f"empreinte de la pièce jointe n° {attachment_id} incorrecte")
        return meta, content

    def set_step_done(self, incident_id: int, key: str, done: bool, note: str = "") -> None:
        if key == "inform":  # ticked only by the recorded information of the persons (date, channel, count)
            raise refused("refusal.inform_by_confirmation")
        with self._vault.transaction() as conn:
            self._open_incident(conn, incident_id)
            now = self._clock()
            if not repo.set_step(conn, incident_id, key, now if done else None, note):
                raise NotFound(what="incident_step", key=key)
            _log(conn, "step", incident_id, now, key=key, done=done)

    def close(self, incident_id: int, note: str = "") -> None:
        now = self._clock()
        with self._vault.transaction() as conn:
            self._open_incident(conn, incident_id)
            record = self._record(conn, incident_id)
            if record.must_notify and record.initial_notification is None:
                raise refused("refusal.notify_first")
            repo.insert_event(conn, incident_id, "closed", now, now, note.strip())
            repo.set_status(conn, incident_id, "closed", now)
            _log(conn, "closed", incident_id, now, note=note.strip())

    # --- reading ---------------------------------------------------------------------------------------------
    def get(self, incident_id: int) -> IncidentRecord:
        with self._vault.read() as conn:
            return self._record(conn, incident_id)

    def list(self, status: str | None = None, year: int | None = None) -> list[IncidentSummary]:
        with self._vault.read() as conn:
            return repo.list_summaries(conn, status, year)

    def years(self) -> list[int]:
        with self._vault.read() as conn:
            return repo.years(conn)

    def pending_deadlines(self) -> list[tuple[IncidentSummary, Countdown]]:
        """Open incidents that must be notified and are not yet: the 72-hour countdowns, most urgent first."""
        now = self._clock()
        with self._vault.read() as conn:
            rows = repo.awaiting_notification(conn)
        pending = [(s, countdown(s.aware_at, now)) for s in rows if s.awaiting_notification]
        return sorted(pending, key=lambda p: p[1].remaining)

    # --- helpers -------------------------------------------------------------------------------------------
    def _not_future(self, moment: datetime, name: str, now: datetime) -> None:
        if moment.tzinfo is None:
            raise InvalidInput([problem(name, "no_timezone")])
        if moment > now + FUTURE_TOLERANCE:
            raise InvalidInput([problem(name, "date_future")])

    def _incident(self, conn: Connection, incident_id: int) -> Incident:
        incident = repo.get_incident(conn, incident_id)
        if incident is None:
            raise NotFound(what="incident", number=incident_id)
        return incident

    def _open_incident(self, conn: Connection, incident_id: int) -> Incident:
        incident = self._incident(conn, incident_id)
        if incident.status == "closed":
            raise refused("refusal.incident_closed", incident_id=incident_id)
        return incident

    def _record(self, conn: Connection, incident_id: int) -> IncidentRecord:
        return IncidentRecord(
            incident=self._incident(conn, incident_id),
            assessments=tuple(repo.assessments(conn, incident_id)),
            decisions=tuple(repo.decisions(conn, incident_id)),
            events=tuple(repo.events(conn, incident_id)),
            steps=tuple(repo.steps(conn, incident_id)),
        )

    def _refresh_steps(self, conn: Connection, incident_id: int) -> None:
        """Rebuild the checklist from the latest facts and decision, keeping what was already ticked."""
        record = self._record(conn, incident_id)
        latest = record.latest
        fresh = next_steps(
            latest.facts if latest else None, record.must_notify, record.must_inform, record.incident.aware_at
        )
        previous = {s.key: s for s in record.steps}
        merged: list[Step] = []
        for step in fresh:
            old = previous.get(step.key)
            merged.append(replace(step, done_at=old.done_at, note=old.note) if old else step)
        repo.replace_steps(conn, incident_id, merged)

    def _attach(
        self, conn: Connection, event_id: int, attachments: Sequence[NewAttachment], now: datetime
    ) -> list[str]:
        """Store the files in the vault; returns their SHA-256 digests (they go into the ledger entry)."""
        digests: list[str] = []
        for i, att in enumerate(attachments):
            name = PurePath(att.filename.replace("\\", "/")).name.strip()
            if not name:
                raise InvalidInput([problem(f"attachments[{i}]", "attachment_name_missing")])
            if len(att.content) > MAX_ATTACHMENT_BYTES:
                raise InvalidInput([problem(f"attachments[{i}]", "attachment_too_large", max_mb=20)])
            digest = hashlib.sha256(att.content).hexdigest()
            repo.insert_attachment(
                conn,
                event_id,
                name,
                att.media_type or "application/octet-stream",
                bytes(att.content),
                digest,
                now,
            )
            digests.append(digest)
        return digests


def _draft_of(incident: Incident) -> IncidentDraft:
    return IncidentDraft(
        title=incident.title,
        description=incident.description,
        occurred_start=incident.occurred_start,
        occurred_end=incident.occurred_end,
        ongoing=incident.ongoing,
        discovery=incident.discovery,
        origin=incident.origin,
        cause=incident.cause,
        activities=incident.activities,
    )


def _log(conn: Connection, action: str, incident_id: int, now: datetime, **body: Any) -> None:
    """One entry of the tamper-evident ledger, in the same transaction as the change it records."""
    ledger.append(conn, f"incident.{action}", body, to_iso(now), ref=f"incident:{incident_id}")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
