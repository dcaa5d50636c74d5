"""Exposure scans as evidence for the checklist: show what the latest saved scan proposes, apply it on request.

A proposal is never an answer by itself. ``proposals()`` only reads; ``apply()`` is called once the
practitioner has confirmed: it sets the answer with a note citing the scan and attaches the scan's PDF report
(encrypted in the vault with its SHA-256, through the evidence file service, ``checklist_files``), in one
transaction.
A closed (frozen) assessment gets no proposal and is never changed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from core.clock import Clock, format_paris, in_paris, system_clock
from core.domain.checklist import Answer, AnswerInput, Evidence, ItemAnswer
from core.domain.problems import problem
from core.errors import AssessmentFrozen, InvalidInput, NotFound
from core.exposure import checklist_map
from core.exposure.checklist_map import Answer as ScanAnswer
from core.services.checklist import ChecklistService
from core.services.checklist_files import EvidenceFileService
from core.services.exposure import ExposureService
from core.storage.repositories import practice as practice_repo
from core.vault import Vault

NOTE_PREFIX = "Vérification d'exposition du "
_TO_CHECKLIST = {ScanAnswer.YES: Answer.YES, ScanAnswer.NO: Answer.NO}


@dataclass(frozen=True)
class ScanProposal:
    """What a saved scan proposes for one checklist item of an assessment, and the answer it would replace."""

    item_id: str
    key: str
    label: str
    answer: ScanAnswer
    reasons: tuple[str, ...]
    scan_id: int
    scanned_at: datetime
    current: ItemAnswer | None

    @property
    def checklist_answer(self) -> Answer | None:
        """The answer to set (None: the scan cannot tell, a manual check is needed)."""
        return _TO_CHECKLIST.get(self.answer)

    @property
    def can_apply(self) -> bool:
        return self.checklist_answer is not None

    @property
    def already_applied(self) -> bool:
        """The current answer is the proposed one, confirmed, and its note cites this scan."""
        c = self.current
        return bool(c and c.confirmed and c.answer == self.checklist_answer and self.citation() in c.note)

    def citation(self) -> str:
        return f"{NOTE_PREFIX}{format_paris(self.scanned_at)}, scan n° {self.scan_id}"

    def note_line(self) -> str:
        return f"{self.citation()} : {' '.join(self.reasons)}"


def merged_note(existing: str, line: str, limit: int = 2000) -> str:
    """Keep the practitioner's own note, replace an earlier scan citation by the new one."""
    kept = [x for x in existing.splitlines() if x.strip() and not x.startswith(NOTE_PREFIX)]
    text = "\n".join([*kept, line])
    return text if len(text) <= limit else text[: limit - 1] + "…"


def evidence_filename(scan_id: int, scanned_at: datetime) -> str:
    return f"verification-exposition-{in_paris(scanned_at):%Y-%m-%d}-n{scan_id}.pdf"


class ChecklistEvidenceService:
    def __init__(
        self,
        vault: Vault,
        clock: Clock = system_clock,
        checklist: ChecklistService | None = None,
        exposure: ExposureService | None = None,
        files: EvidenceFileService | None = None,
    ):
        self._vault = vault
        self.checklist = checklist or ChecklistService(vault, clock)
        self.exposure = exposure or ExposureService(vault, clock)
        self.files = files or EvidenceFileService(vault, clock, self.checklist)

    def proposals(self, assessment_id: int, scan_id: int | None = None) -> dict[str, ScanProposal]:
        """By item id: what the scan (latest saved by default) proposes for the assessment's applicable items."""
        assessment = self.checklist.get(assessment_id)
        if assessment.is_closed:
            return {}
        stored = self.exposure.latest() if scan_id is None else self.exposure.get(scan_id)
        if stored is None:
            return {}
        order = [i.id for i in self.checklist.applicable_items(assessment)]
        applicable = set(order)
        answers = self.checklist.answers(assessment_id)
        when = stored.scan.finished_at
        scan_year = in_paris(when).year
        result: dict[str, ScanProposal] = {}
        for p in checklist_map.propose(stored.scan):
            if p.item_id not in applicable:
                continue
            answer, reasons = p.answer, p.reasons
            if scan_year != assessment.year:
                if p.key == "exposure_review":  # "checked this year": a scan of another year does not count
                    answer = ScanAnswer.UNKNOWN
                reasons = (
                    f"Cette vérification date du {format_paris(when)}, pas de {assessment.year} : "
                    "relancez-la pour une réponse à jour.",
                    *reasons,
                )
            result[p.item_id] = ScanProposal(
                p.item_id, p.key, p.label, answer, reasons, stored.id, when, answers.get(p.item_id)
            )
        return {i: result[i] for i in order if i in result}  # catalogue order

    def open_proposals(self, scan_id: int | None = None) -> tuple[int | None, list[ScanProposal]]:
        """(year of the assessment in progress or None, the proposals that give an answer for it)."""
        current = self.checklist.current()
        if current is None:
            return None, []
        found = self.proposals(current.id, scan_id)
        return current.year, [p for p in found.values() if p.can_apply]

    def apply(self, assessment_id: int, item_id: str, scan_id: int) -> tuple[ItemAnswer, Evidence | None]:
        """Set the proposed answer (the practitioner confirmed it), cite the scan, attach its PDF report."""
        assessment = self.checklist.get(assessment_id)
        if assessment.is_closed:
            raise AssessmentFrozen(year=assessment.year)
        proposal = self.proposals(assessment_id, scan_id).get(item_id)
        if proposal is None:
            raise NotFound(what="scan_proposal", number=scan_id, item=item_id)
        answer = proposal.checklist_answer
        if answer is None:
            raise InvalidInput([problem("answer", "checklist.manual_check_needed")])
        note = merged_note(proposal.current.note if proposal.current else "", proposal.note_line())
        pdf = self._report(scan_id)
        return self.files.answer_with_evidence(
            assessment_id,
            AnswerInput(item_id, answer, note),
            evidence_filename(scan_id, proposal.scanned_at),
            pdf,
            "application/pdf",
        )

    def _report(self, scan_id: int) -> bytes:
        from core.reports.exposure_report import evidence_label, render

        stored = self.exposure.get(scan_id)  # recomputes the digest: a scan edited after saving is refused
        with self._vault.read() as conn:
            practice = practice_repo.get(conn)
        out = io.BytesIO()
        render(
            stored.scan,
            out,
            note=stored.note,
            practice_name=practice.name if practice else "",
            evidence=evidence_label(stored.id, stored.digest),
        )
        return out.getvalue()
