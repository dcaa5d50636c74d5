"""Record patients' rights requests and take them through their lifecycle within the legal deadlines.

received → (extended) → answered | refused | withdrawn. Each change is validated before anything is written;
a state the law does not allow (sending the record within the 48-hour reflection period, extending a
CSP deadline, extending too late) is refused with a :class:`Conflict` that says why.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import datetime
from typing import BinaryIO

from core.clock import Clock, system_clock, to_iso
from core.domain.practice import Practice
from core.domain.problems import problem, refused
from core.domain.rights import (
    AnswerChannel,
    Attachment,
    DeadlineAssessment,
    RequestStatus,
    RequestView,
    RightsRequest,
)
from core.errors import Conflict, InvalidInput, NotFound
from core.rules.rights_deadlines import assess
from core.storage import ledger
from core.storage.db import Connection
from core.storage.repositories import practice as practice_repo
from core.storage.repositories import rights as repo
from core.vault import Vault

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


class RightsService:
    def __init__(self, vault: Vault, clock: Clock = system_clock):
        self._vault = vault
        self._clock = clock

    # --- reading ------------------------------------------------------------------------------------------
    def list(self) -> list[RequestView]:
        now = self._clock()
        with self._vault.read() as conn:
            requests = repo.list_all(conn)
        return [RequestView(r, assess(r, now)) for r in requests]

    def get(self, request_id: int) -> RightsRequest:
        with self._vault.read() as conn:
            request = repo.get(conn, request_id)
        if request is None:
            raise NotFound(what="rights_request", number=request_id)
        return request

    def view(self, request_id: int) -> RequestView:
        request = self.get(request_id)
        return RequestView(request, assess(request, self._clock()))

    # --- lifecycle ----------------------------------------------------------------------------------------
    def create(self, request: RightsRequest) -> RightsRequest:
        if request.status is not RequestStatus.RECEIVED:
            request = replace(request, status=RequestStatus.RECEIVED)
        request = self._checked(replace(request, id=None))
        now = to_iso(self._clock())
        with self._vault.transaction() as conn:
            new_id = repo.insert(conn, request, now)
            request = replace(request, id=new_id)
            _journal(conn, "rights.created", request, now)
        return request

    def update(self, request: RightsRequest) -> RightsRequest:
        """Edit what was recorded (names, what is asked, identity check...); the status moves on its own."""
        current = self.get(self._id(request))
        request = self._checked(replace(request, status=current.status))
        if request.status is RequestStatus.EXTENDED and not request.kind.is_gdpr:
            raise refused("refusal.record_access_not_extendable")
        self._write(request, "rights.edited")
        return request

    def extend(self, request_id: int, reason: str) -> RightsRequest:
        request = self.get(request_id)
        deadline = assess(request, self._clock())
        if not reason.strip():
            raise InvalidInput([problem("extension_reason", "rights.extension_reason_missing")])
        if not deadline.can_extend:
            raise _why_not_extendable(request, deadline)
        extended = replace(
            request,
            status=RequestStatus.EXTENDED,
            extended_at=self._clock(),
            extension_reason=reason.strip(),
        )
        self._write(self._checked(extended), "rights.extended")
        return extended

    def answer(
        self, request_id: int, answered_at: datetime, channel: AnswerChannel, content: str = ""
    ) -> RightsRequest:
        return self._close(request_id, RequestStatus.ANSWERED, answered_at, channel, content)

    def refuse(
        self, request_id: int, answered_at: datetime, channel: AnswerChannel, reasons: str
    ) -> RightsRequest:
        return self._close(request_id, RequestStatus.REFUSED, answered_at, channel, reasons)

    def withdraw(self, request_id: int) -> RightsRequest:
        request = self.get(request_id)
        if not request.status.is_open:
            raise refused("refusal.request_already_closed")
        withdrawn = replace(request, status=RequestStatus.WITHDRAWN)
        self._write(withdrawn, "rights.withdrawn")
        return withdrawn

    def reopen(self, request_id: int) -> RightsRequest:
        """Undo a closing made by mistake; the deadlines run again from the original receipt."""
        request = self.get(request_id)
        if request.status.is_open:
            return request
        status = RequestStatus.EXTENDED if request.extended_at else RequestStatus.RECEIVED
        reopened = replace(request, status=status, answered_at=None, answer_channel=None)
        self._write(reopened, "rights.reopened")
        return reopened

    def delete(self, request_id: int) -> None:
        with self._vault.transaction() as conn:
            if not repo.delete(conn, request_id):
                raise NotFound(what="rights_request", number=request_id)
            ledger.append(conn, "rights.deleted", {}, to_iso(self._clock()), f"rights:{request_id}")

    # --- attachments --------------------------------------------------------------------------------------
    def attach(self, request_id: int, filename: str, content: bytes, media_type: str = "") -> Attachment:
        name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
        if not name:
            raise InvalidInput([problem("filename", "rights.file_name_missing")])
        if len(content) > MAX_ATTACHMENT_BYTES:
            raise InvalidInput([problem("content", "rights.file_too_large", max_mb=MAX_ATTACHMENT_BYTES // (1024 * 1024))])
        self.get(request_id)
        digest = hashlib.sha256(content).hexdigest()
        now = self._clock()
        with self._vault.transaction() as conn:
            new_id = repo.add_attachment(conn, request_id, name, media_type, content, digest, to_iso(now))
        return Attachment(new_id, request_id, name, media_type, len(content), digest, now)

    def attachments(self, request_id: int) -> list[Attachment]:
        with self._vault.read() as conn:
            return repo.attachments(conn, request_id)

    def attachment_content(self, attachment_id: int) -> bytes:
        """The stored bytes, checked against their SHA-256 so a damaged copy is never handed out silently."""
        with self._vault.read() as conn:
            found = repo.attachment_content(conn, attachment_id)
        if found is None:
            raise NotFound(what="attachment", number=attachment_id)
        content, digest = found
        if hashlib.sha256(content).hexdigest() != digest:
            raise refused("refusal.attachment_altered")
        return content

    def remove_attachment(self, attachment_id: int) -> None:
        with self._vault.transaction() as conn:
            if not repo.delete_attachment(conn, attachment_id):
                raise NotFound(what="attachment", number=attachment_id)

    # --- letters ------------------------------------------------------------------------------------------
    def default_letter(self, request_id: int, letter: str) -> str:
        """The suggested body of a letter, for the user to edit before printing."""
        from core.reports import rights_letters

        view = self.view(request_id)
        practice = self._practice()
        return rights_letters.default_body(letter, view.request, view.deadline, practice, self._clock())

    def render_letter(self, request_id: int, letter: str, body: str, out: BinaryIO) -> None:
        from core.reports import rights_letters

        if not body.strip():
            raise InvalidInput([problem("body", "rights.letter_empty")])
        gaps = rights_letters.placeholders(body)
        if gaps:  # a patient never receives "[précisez ici …]": the practitioner completes it first
            raise InvalidInput([problem("body", "rights.letter_placeholder")])
        view = self.view(request_id)
        rights_letters.render(
            rights_letters.Letter(
                kind=letter,
                practice=self._practice(),
                request=view.request,
                body=body,
                dated=self._clock(),
            ),
            out,
        )

    def render_log(self, out: BinaryIO) -> None:
        """Every request with its dates and whether it was answered in time: the accountability record."""
        from core.reports.rights_log import RightsLog, render

        render(RightsLog(self._practice(), self.list(), self._clock()), out)

    # --- helpers ------------------------------------------------------------------------------------------
    def _practice(self) -> Practice:
        with self._vault.read() as conn:
            practice = practice_repo.get(conn)
        if practice is None:
            raise NotFound(what="practice")
        return practice

    def _close(
        self, request_id: int, status: RequestStatus, at: datetime, channel: AnswerChannel, content: str
    ) -> RightsRequest:
        request = self.get(request_id)
        if not request.status.is_open:
            raise refused("refusal.request_already_closed")
        deadline = assess(request, self._clock())
        if (
            status is RequestStatus.ANSWERED
            and deadline.earliest_answer is not None
            and at < deadline.earliest_answer
        ):
            raise refused("refusal.reflection_period", earliest=deadline.earliest_answer)
        closed = self._checked(
            replace(request, status=status, answered_at=at, answer_channel=channel, answer_content=content)
        )
        self._write(closed, f"rights.{status.value}")
        return closed

    def _checked(self, request: RightsRequest) -> RightsRequest:
        request = request.validated()
        now = self._clock()
        problems = []
        if request.received_at > now:
            problems.append(problem("received_at", "rights.received_future"))
        if request.answered_at is not None and request.answered_at > now:
            problems.append(problem("answered_at", "rights.answered_future"))
        if problems:
            raise InvalidInput(problems)
        return request

    def _write(self, request: RightsRequest, event: str) -> None:
        now = to_iso(self._clock())
        with self._vault.transaction() as conn:
            if not repo.update(conn, request, now):
                raise NotFound(what="rights_request", number=request.id)
            _journal(conn, event, request, now)

    @staticmethod
    def _id(request: RightsRequest) -> int:
        if request.id is None:
            raise NotFound(what="rights_request_unnumbered")
        return request.id


def _why_not_extendable(request: RightsRequest, deadline: DeadlineAssessment) -> Conflict:
    if not request.kind.is_gdpr:
        return refused("refusal.record_access_law")
    if request.status is RequestStatus.EXTENDED:
        return refused("refusal.already_extended")
    if not request.status.is_open:
        return refused("refusal.request_closed")
    if deadline.extended_due is None:
        return refused("refusal.objection_no_extension")
    return refused("refusal.extension_too_late", first_due=deadline.first_due)


def _journal(conn: Connection, event: str, request: RightsRequest, now_iso: str) -> None:
    """Accountability trail of the request's handling: dates and states only, never names or content."""
    ledger.append(
        conn,
        event,
        {
            "kind": request.kind.value,
            "requester": request.requester_kind.value,
            "status": request.status.value,
            "received_at": to_iso(request.received_at),
            "answered_at": to_iso(request.answered_at) if request.answered_at else None,
        },
        now_iso,
        f"rights:{request.id}",
    )
