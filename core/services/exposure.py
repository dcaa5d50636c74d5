"""Keep exposure scans as dated evidence, read them back, and propose checklist answers from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.clock import Clock, system_clock, to_iso
from core.domain.problems import problem, refused
from core.errors import InvalidInput, NotFound
from core.exposure import serialize
from core.exposure.checklist_map import CHECKLIST_KEYS, Proposal, propose
from core.exposure.findings import ScanResult, Severity
from core.storage import ledger
from core.storage.repositories import exposure as repo
from core.storage.repositories.exposure import ScanSummary, StoredScan
from core.vault import Vault

MAX_NOTE = 2000
LEDGER_KIND = "exposure.scan_saved"


@dataclass(frozen=True)
class EvidenceProposal:
    """A checklist proposal and the saved scan behind it (to attach as evidence to the answer)."""

    scan_id: int
    scanned_at: datetime
    proposal: Proposal


class ExposureService:
    def __init__(self, vault: Vault, clock: Clock = system_clock):
        self._vault = vault
        self._clock = clock

    def save(self, scan: ScanResult, note: str = "") -> StoredScan:
        """Store the scan exactly as it was shown, with its digest; all findings or nothing."""
        note = note.strip()
        problems = []
        if len(note) > MAX_NOTE:
            problems.append(problem("note", "exposure.note_too_long", max=MAX_NOTE))
        if scan.finished_at < scan.started_at:
            problems.append(problem("finished_at", "exposure.ends_before_start"))
        if problems:
            raise InvalidInput(problems)
        digest = serialize.digest(scan)
        now = to_iso(self._clock())
        with self._vault.transaction() as conn:
            scan_id = repo.insert(conn, scan, digest, note, now)
            # The journal's hash chain makes a deleted or replaced scan evident, not only an edited one.
            ledger.append(
                conn,
                LEDGER_KIND,
                {
                    "digest": digest,
                    "finished_at": to_iso(scan.finished_at),
                    "critical": scan.count(Severity.CRITICAL),
                    "warning": scan.count(Severity.WARNING),
                    "info": scan.count(Severity.INFO),
                },
                now,
                ref=str(scan_id),
            )
        return self.get(scan_id)

    def get(self, scan_id: int) -> StoredScan:
        with self._vault.read() as conn:
            stored = repo.get(conn, scan_id)
            entries = ledger.entries(conn, LEDGER_KIND, ref=str(scan_id))
        journaled = entries[-1].body.get("digest") if entries else None
        if stored is None:
            raise NotFound(what="exposure_scan", number=scan_id)
        if serialize.digest(stored.scan) != stored.digest or stored.digest != journaled:
            raise refused("refusal.scan_altered", scan_id=scan_id)
        return stored

    def history(self, limit: int = 200) -> list[ScanSummary]:
        with self._vault.read() as conn:
            return repo.list_summaries(conn, limit)

    def latest(self) -> StoredScan | None:
        with self._vault.read() as conn:
            scan_id = repo.latest_id(conn)
        return None if scan_id is None else self.get(scan_id)

    def proposals(self, scan_id: int | None = None) -> list[Proposal]:
        """Checklist proposals from a stored scan (the latest one by default); empty if none was saved."""
        stored = self.latest() if scan_id is None else self.get(scan_id)
        return [] if stored is None else propose(stored.scan)

    def evidence_for(self, key: str) -> EvidenceProposal | None:
        """What the latest saved scan proposes for one checklist key (see docs/exposure.md), with its scan."""
        if key not in CHECKLIST_KEYS:
            raise InvalidInput([problem("key", "exposure.key_unknown", key=key)])
        stored = self.latest()
        if stored is None:
            return None
        proposal = next(p for p in propose(stored.scan) if p.key == key)
        return EvidenceProposal(stored.id, stored.scan.finished_at, proposal)
