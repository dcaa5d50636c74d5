"""The CNIL dossier and the journal extract of an incident, as PDF bytes (shared by the CLI and the GUI)."""

from __future__ import annotations

import io

from core.clock import Clock, system_clock
from core.errors import NotFound
from core.reports.witness import journal_head
from core.services.incidents import IncidentService
from core.services.practice import PracticeService
from core.storage.repositories import checklist as checklist_repo
from core.vault import Vault


class IncidentDocuments:
    def __init__(self, vault: Vault, clock: Clock = system_clock):
        self._vault = vault
        self._clock = clock

    def _inputs(self, incident_id: int):  # noqa: ANN202 - (Practice, IncidentRecord)
        practice = PracticeService(self._vault).get()
        if practice is None:
            raise NotFound(what="practice")
        return practice, IncidentService(self._vault, self._clock).get(incident_id)

    def dossier(self, incident_id: int) -> bytes:
        """The dossier; the headcount falls back on the security profile's "has staff" answer."""
        from core.reports import cnil_dossier

        practice, record = self._inputs(incident_id)
        with self._vault.read() as conn:
            has_staff = checklist_repo.get_profile(conn).get("has_staff")
        buf = io.BytesIO()
        cnil_dossier.render(
            practice, record, buf, self._clock(), has_staff=has_staff, journal_head=journal_head(self._vault)
        )
        return buf.getvalue()

    def extract(self, incident_id: int) -> bytes:
        from core.reports import incident_extract

        practice, record = self._inputs(incident_id)
        buf = io.BytesIO()
        incident_extract.render(practice, record, buf, self._clock(), journal_head=journal_head(self._vault))
        return buf.getvalue()
