"""Read and edit the practice identity entered at first run."""

from __future__ import annotations

from core.clock import Clock, system_clock, to_iso
from core.domain.practice import Practice
from core.storage.repositories import practice as repo
from core.vault import Vault


class PracticeService:
    def __init__(self, vault: Vault, clock: Clock = system_clock):
        self._vault = vault
        self._clock = clock

    def get(self) -> Practice | None:
        with self._vault.read() as conn:
            return repo.get(conn)

    def save(self, practice: Practice) -> Practice:
        practice = practice.validated()
        with self._vault.transaction() as conn:
            repo.save(conn, practice, to_iso(self._clock()))
        return practice
