"""Keep exposure scans as dated evidence, read them back, and propose checklist answers from them."""

from __future__ import annotations

from core.clock import Clock, system_clock, to_iso
from core.errors import Conflict, FieldProblem, InvalidInput, NotFound
from core.exposure import serialize
from core.exposure.checklist_map import Proposal, propose
from core.exposure.findings import ScanResult
from core.storage.repositories import exposure as repo
from core.storage.repositories.exposure import ScanSummary, StoredScan
from core.vault import Vault

MAX_NOTE = 2000


class ExposureService:
    def __init__(self, vault: Vault, clock: Clock = system_clock):
        self._vault = vault
        self._clock = clock

    def save(self, scan: ScanResult, note: str = "") -> StoredScan:
        """Store the scan exactly as it was shown, with its digest; all findings or nothing."""
        note = note.strip()
        problems = []
        if len(note) > MAX_NOTE:
            problems.append(FieldProblem("note", f"la note dépasse {MAX_NOTE} caractères"))
        if scan.finished_at < scan.started_at:
            problems.append(FieldProblem("finished_at", "la fin de la vérification précède son début"))
        if problems:
            raise InvalidInput(problems)
        digest = serialize.digest(scan)
        with self._vault.transaction() as conn:
            scan_id = repo.insert(conn, scan, digest, note, to_iso(self._clock()))
        return self.get(scan_id)

    def get(self, scan_id: int) -> StoredScan:
        with self._vault.read() as conn:
            stored = repo.get(conn, scan_id)
        if stored is None:
            raise NotFound(what=f"vérification d'exposition n° {scan_id}")
        if serialize.digest(stored.scan) != stored.digest:
            raise Conflict(reason=f"la vérification n° {scan_id} a été modifiée après son enregistrement")
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
