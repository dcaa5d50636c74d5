"""The self-assessment's evidence files: attached, encrypted in the vault, checked against their SHA-256.

A service of its own, built on the assessment service (:class:`core.services.checklist.ChecklistService`) and
calling only its public methods; a file is attached only while its assessment is open (:func:`require_open`, in the
same transaction). Not to be confused with :mod:`core.services.checklist_evidence` (answers proposed by exposure
scans), which attaches its PDF reports through this service.
"""

from __future__ import annotations

import mimetypes
from pathlib import PurePath

from core.clock import Clock, system_clock
from core.domain.checklist import (
    MAX_EVIDENCE_BYTES,
    Answer,
    AnswerInput,
    AnswerSource,
    Evidence,
    ItemAnswer,
)
from core.domain.problems import problem
from core.errors import (
    EvidenceCorrupt,
    EvidenceTooLarge,
    InvalidInput,
    NotFound,
)
from core.services import checklist_snapshot
from core.services.checklist import ChecklistService, require_open
from core.storage.repositories import checklist as repo
from core.vault import Vault


class EvidenceFileService:
    """Files attached to an assessment's answers: stored encrypted in the vault with their SHA-256."""

    def __init__(self, vault: Vault, clock: Clock = system_clock, checklist: ChecklistService | None = None):
        self._vault = vault
        self.checklist = checklist or ChecklistService(vault, clock)

    def add_evidence(
        self, assessment_id: int, item_id: str, filename: str, content: bytes, media_type: str | None = None
    ) -> Evidence:
        """Attach a file (screenshot, invoice, restore report) to an answer, stored encrypted in the vault."""
        self.checklist.require_item(item_id)
        name = PurePath(filename.replace("\\", "/")).name.strip()
        if not name:
            raise InvalidInput([problem("filename", "attachment_name_missing")])
        if len(content) > MAX_EVIDENCE_BYTES:
            raise EvidenceTooLarge(filename=name, limit_mb=MAX_EVIDENCE_BYTES // (1024 * 1024))
        kind = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        digest = checklist_snapshot.sha256_hex(content)
        now = self.checklist.timestamp()
        with self._vault.transaction() as conn:
            require_open(conn, assessment_id)
            new_id = repo.add_evidence(conn, assessment_id, item_id, name[:255], kind, content, digest, now)
        return Evidence(new_id, assessment_id, item_id, name[:255], kind, len(content), digest, now)

    def answer_with_evidence(
        self,
        assessment_id: int,
        given: AnswerInput,
        filename: str,
        content: bytes,
        media_type: str = "application/pdf",
    ) -> tuple[ItemAnswer, Evidence | None]:
        """Answer and attach a file in one transaction (all or nothing); the same file twice is kept once."""
        value = given.validated()
        item = self.checklist.require_item(value.item_id)
        name = PurePath(filename.replace("\\", "/")).name.strip()[:255]
        if not name:
            raise InvalidInput([problem("filename", "attachment_name_missing")])
        if len(content) > MAX_EVIDENCE_BYTES:
            raise EvidenceTooLarge(filename=name, limit_mb=MAX_EVIDENCE_BYTES // (1024 * 1024))
        digest = checklist_snapshot.sha256_hex(content)
        now = self.checklist.timestamp()
        stored = ItemAnswer(
            item.id,
            item.theme,
            item.weight,
            Answer(value.answer),
            value.note,
            value.na_reason,
            AnswerSource.USER,
            True,
            now,
        )
        with self._vault.transaction() as conn:
            require_open(conn, assessment_id)
            repo.put_answer(conn, assessment_id, stored)
            same = [
                e
                for e in repo.list_evidence(conn, assessment_id)
                if e.item_id == item.id and e.sha256 == digest
            ]
            if same:
                return stored, None
            new_id = repo.add_evidence(conn, assessment_id, item.id, name, media_type, content, digest, now)
        return stored, Evidence(new_id, assessment_id, item.id, name, media_type, len(content), digest, now)

    def evidence(self, assessment_id: int) -> list[Evidence]:
        with self._vault.read() as conn:
            return repo.list_evidence(conn, assessment_id)

    def evidence_content(self, evidence_id: int) -> tuple[Evidence, bytes]:
        with self._vault.read() as conn:
            found = repo.get_evidence(conn, evidence_id)
        if found is None:
            raise NotFound(what="evidence_file", number=evidence_id)
        meta, content = found
        if checklist_snapshot.sha256_hex(content) != meta.sha256:
            raise EvidenceCorrupt(filename=meta.filename)
        return meta, content

    def remove_evidence(self, evidence_id: int) -> None:
        with self._vault.transaction() as conn:
            found = repo.get_evidence(conn, evidence_id)
            if found is None:
                raise NotFound(what="evidence_file", number=evidence_id)
            require_open(conn, found[0].assessment_id)
            repo.delete_evidence(conn, evidence_id)
