"""Use cases of the processing register: edit activities and processors, link them, apply templates.

Every write validates first and runs in one transaction, so a refused change leaves the vault untouched.
References (T01…, P01…) are assigned here and never change: they are what the printed register, the JSON
export and the links use.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from core.clock import PARIS, Clock, system_clock, to_iso
from core.content.register_templates import activity_template, processor_template
from core.domain.problems import problem
from core.domain.register import Activity, HdsWarning, Processor, Register
from core.errors import InvalidInput
from core.storage.db import Connection
from core.storage.repositories import register as repo
from core.vault import Vault


@dataclass(frozen=True)
class RegisterSummary:
    """What the dashboard shows about the register, computed in one read."""

    activities: int
    complete: int
    average_completeness: int
    processors: int
    hds_warnings: int


class RegisterService:
    def __init__(self, vault: Vault, clock: Clock = system_clock):
        self._vault = vault
        self._clock = clock

    def _now(self) -> str:
        return to_iso(self._clock())

    def today(self) -> date:
        """Today in Paris: HDS certificate dates are calendar dates of French contracts."""
        return self._clock().astimezone(PARIS).date()

    # --- reading ------------------------------------------------------------------------------------------
    def activities(self) -> list[Activity]:
        with self._vault.read() as conn:
            return repo.list_activities(conn)

    def activity(self, ref: str) -> Activity:
        with self._vault.read() as conn:
            return repo.get_activity(conn, ref)

    def processors(self) -> list[Processor]:
        with self._vault.read() as conn:
            return repo.list_processors(conn)

    def processor(self, ref: str) -> Processor:
        with self._vault.read() as conn:
            return repo.get_processor(conn, ref)

    def register(self) -> Register:
        with self._vault.read() as conn:
            return Register(tuple(repo.list_activities(conn)), tuple(repo.list_processors(conn)))

    def is_empty(self) -> bool:
        with self._vault.read() as conn:
            return repo.counts(conn) == (0, 0)

    def activities_using(self, processor_ref: str) -> list[str]:
        with self._vault.read() as conn:
            return repo.activity_refs_using(conn, processor_ref)

    def summary(self) -> RegisterSummary:
        register, today = self.register(), self.today()
        acts = register.activities
        average = sum(a.completeness() for a in acts) // len(acts) if acts else 0
        warnings = sum(len(p.hds_warnings(today)) for p in register.processors)
        return RegisterSummary(
            len(acts), sum(a.status == "complete" for a in acts), average, len(register.processors), warnings
        )

    def hds_warnings(self) -> list[tuple[Processor, HdsWarning]]:
        today = self.today()
        return [(p, w) for p in self.processors() for w in p.hds_warnings(today)]

    # --- activities -------------------------------------------------------------------------------------
    def create_activity(self, activity: Activity) -> Activity:
        activity = activity.validated()
        with self._vault.transaction() as conn:
            created = self._insert_activity(conn, activity)
        return created

    def _insert_activity(self, conn: Connection, activity: Activity) -> Activity:
        _check_links(conn, activity)
        now = self._now()
        created = replace(
            activity, ref=repo.next_ref(conn, "register_activity", "T"), created_at=now, updated_at=now
        )
        repo.insert_activities(conn, [created])
        return created

    def update_activity(self, activity: Activity) -> Activity:
        activity = activity.validated()
        with self._vault.transaction() as conn:
            current = repo.get_activity(conn, activity.ref)
            _check_links(conn, activity)
            updated = replace(activity, created_at=current.created_at, updated_at=self._now())
            repo.update_activity(conn, updated)
        return updated

    def delete_activity(self, ref: str) -> None:
        with self._vault.transaction() as conn:
            repo.delete_activity(conn, ref)

    def apply_templates(
        self, keys: Sequence[str], lang: str = "fr", create_processors: bool = True
    ) -> list[Activity]:
        """Add one draft activity per chosen template, with the suggested providers created (once) and linked."""
        templates = []
        for i, key in enumerate(keys):
            template = activity_template(key)
            if template is None:
                raise InvalidInput([problem(f"templates[{i}]", "register.template_unknown", key=key)])
            templates.append(template)
        created: list[Activity] = []
        with self._vault.transaction() as conn:
            by_template = {p.template_key: p.ref for p in repo.list_processors(conn) if p.template_key}
            for template in templates:
                refs: list[str] = []
                if create_processors:
                    for pkey in template.processor_keys:
                        if pkey not in by_template:
                            suggestion = processor_template(pkey)
                            assert suggestion is not None  # the catalogue loader checked the keys
                            by_template[pkey] = self._insert_processor(
                                conn, suggestion.to_processor(lang)
                            ).ref
                        refs.append(by_template[pkey])
                activity = replace(template.to_activity(lang), processor_refs=tuple(refs)).validated()
                created.append(self._insert_activity(conn, activity))
        return created

    # --- processors -------------------------------------------------------------------------------------
    def create_processor(self, processor: Processor, activity_refs: Iterable[str] = ()) -> Processor:
        processor = processor.validated()
        with self._vault.transaction() as conn:
            created = self._insert_processor(conn, processor)
            repo.set_processor_links(conn, created.ref, activity_refs)
        return created

    def _insert_processor(self, conn: Connection, processor: Processor) -> Processor:
        now = self._now()
        created = replace(
            processor, ref=repo.next_ref(conn, "register_processor", "P"), created_at=now, updated_at=now
        )
        repo.insert_processors(conn, [created])
        return created

    def update_processor(self, processor: Processor, activity_refs: Iterable[str] | None = None) -> Processor:
        """Save the provider; when ``activity_refs`` is given, exactly those activities use it afterwards."""
        processor = processor.validated()
        with self._vault.transaction() as conn:
            current = repo.get_processor(conn, processor.ref)
            updated = replace(processor, created_at=current.created_at, updated_at=self._now())
            repo.update_processor(conn, updated)
            if activity_refs is not None:
                repo.set_processor_links(conn, processor.ref, activity_refs)
        return updated

    def delete_processor(self, ref: str) -> None:
        with self._vault.transaction() as conn:
            repo.delete_processor(conn, ref)


def _check_links(conn: Connection, activity: Activity) -> None:
    known = {p.ref for p in repo.list_processors(conn)}
    problems = [
        problem(f"processors[{i}]", "register.processor_not_found", ref=ref)
        for i, ref in enumerate(activity.processor_refs)
        if ref not in known
    ]
    if problems:
        raise InvalidInput(problems)
