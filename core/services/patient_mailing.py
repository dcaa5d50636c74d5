"""Printing the letters to patients and the public notice, and recording the print run in the journal (date,
channel, number of persons; never who: the patient list is used for the print run only).

A print run is journalled as prepared, not as "persons informed": nothing is posted or sent yet. The
practitioner confirms the sending afterwards (:meth:`IncidentService.record_information`, ``incident
informed``)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from core.clock import Clock, system_clock
from core.domain.problems import refused
from core.domain.recipients import Recipient
from core.errors import InvalidInput, NotFound
from core.reports import patient_letter
from core.reports.letter_text import contact_gaps
from core.reports.patient_letter import LetterContent
from core.services.incidents import IncidentService
from core.services.practice import PracticeService
from core.vault import Vault


@dataclass(frozen=True)
class MailingRun:
    """One print run: the PDF, the e-mail CSV when some patients have an address, and the counts."""

    at: datetime
    pdf: bytes
    emails: bytes | None
    letters: int
    email_count: int
    # The facts say the persons cannot be reached one by one (art. 34(3)(c)): a public notice is the way.
    unreachable: bool = False


class MailingService:
    def __init__(self, vault: Vault, clock: Clock = system_clock):
        self._vault = vault
        self._clock = clock
        self._incidents = IncidentService(vault, clock)

    def _inputs(self, incident_id: int):  # noqa: ANN202 - (Practice, IncidentRecord)
        practice = PracticeService(self._vault).get()
        if practice is None:
            raise NotFound(what="practice")
        return practice, self._incidents.get(incident_id)

    def _printable(self, incident_id: int):  # noqa: ANN202 - (Practice, IncidentRecord)
        """As :meth:`_inputs`, refused (InvalidInput naming each gap) while a patient would get no contact."""
        practice, record = self._inputs(incident_id)
        gaps = contact_gaps(practice)
        if gaps:
            raise InvalidInput(gaps)
        return practice, record

    def draft(self, incident_id: int, lang: str = "fr", notice: bool = False) -> LetterContent:
        practice, record = self._inputs(incident_id)
        draft = patient_letter.draft_notice if notice else patient_letter.draft_letter
        return draft(practice, record, lang)

    def letters(
        self,
        incident_id: int,
        recipients: Sequence[Recipient] | None,
        lang: str = "fr",
        letter: LetterContent | None = None,
    ) -> MailingRun:
        """The letters (one per recipient, or one with a blank address block) and the e-mail CSV."""
        practice, record = self._printable(incident_id)
        if recipients and record.incident.status != "open":
            # the print run is journalled; a closed incident's journal no longer changes
            raise refused("refusal.incident_closed", incident_id=incident_id)
        content = letter or patient_letter.draft_letter(practice, record, lang)
        now = self._clock()
        buf = io.BytesIO()
        people = list(recipients or ())
        patient_letter.render(practice, content, buf, now, people)
        emails = patient_letter.email_csv(content, people) if people else None
        latest = record.latest
        unreachable = bool(
            latest and (latest.result.art34_exemption == "c" or not latest.facts.subjects.reachable)
        )
        return MailingRun(
            now, buf.getvalue(), emails, len(people), sum(1 for r in people if r.email), unreachable
        )

    def record_mailing(self, incident_id: int, run: MailingRun) -> None:
        """Journal the print run as prepared: letters, then the e-mail file, each with its number of persons."""
        if run.letters:
            self._incidents.record_preparation(incident_id, run.at, "letter", run.letters)
        if run.email_count:
            self._incidents.record_preparation(incident_id, run.at, "email", run.email_count)

    def record_notice(self, incident_id: int) -> bool:
        """Journal that the public communication was prepared (poster and website text written); it informs
        nobody until the practitioner confirms it is posted. A closed incident's journal no longer changes:
        nothing is recorded then (returns False)."""
        if self._incidents.get(incident_id).incident.status != "open":
            return False
        self._incidents.record_preparation(incident_id, self._clock(), "public_notice", None)
        return True

    def public_notice(
        self, incident_id: int, lang: str = "fr", notice: LetterContent | None = None
    ) -> tuple[bytes, str]:
        """(poster PDF, website text) of the public communication (art. 34(3)(c))."""
        practice, record = self._printable(incident_id)
        content = notice or patient_letter.draft_notice(practice, record, lang)
        buf = io.BytesIO()
        patient_letter.render_notice(practice, content, buf, self._clock())
        return buf.getvalue(), patient_letter.notice_text(content)
