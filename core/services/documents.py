"""The two documents every practice keeps on paper: the emergency kit and the waiting-room notice.

Printing is remembered in the vault (``meta``), so the dashboard can say when the kit is missing or more
than a year old.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, BinaryIO

from core.clock import Clock, from_iso, system_clock, to_iso
from core.domain.practice import Practice
from core.domain.problems import nested, problem
from core.domain.register import Register
from core.errors import InvalidInput, NotFound
from core.storage.repositories import contacts as contacts_repo
from core.storage.repositories import practice as practice_repo
from core.vault import Vault

if TYPE_CHECKING:
    from core.reports.notice import NoticeContent
    from core.services.notice_content import NoticeGap

KIT_PRINTED = "emergency_kit_printed_at"
NOTICE_PRINTED = "notice_printed_at"
REPRINT_AFTER_DAYS = 365  # the kit and the notice are checked and reprinted every year


class DocumentsService:
    def __init__(self, vault: Vault, clock: Clock = system_clock):
        self._vault = vault
        self._clock = clock

    def render_emergency_kit(self, out: BinaryIO) -> None:
        from core.reports.emergency_kit import EmergencyKit, ProviderContact, render
        from core.storage.repositories import register as register_repo

        now = self._clock()
        with self._vault.read() as conn:
            practice = _practice(practice_repo.get(conn))
            contacts = contacts_repo.list_all(conn)
            providers = [
                ProviderContact(p.name, p.services, p.incident_contact)
                for p in register_repo.list_processors(conn)
            ]
        render(EmergencyKit(practice, contacts, now, providers), out)
        self._remember(KIT_PRINTED, now)

    def notice_content(self) -> NoticeContent:
        """From the register when it describes activities, else the generic text for a medical practice."""
        from core.reports.notice import default_content
        from core.services.notice_content import from_register
        from core.storage.repositories import checklist as checklist_repo
        from core.storage.repositories import register as register_repo

        with self._vault.read() as conn:
            register = Register(
                tuple(register_repo.list_activities(conn)), tuple(register_repo.list_processors(conn))
            )
            profile = checklist_repo.get_profile(conn)
        return from_register(register, profile) or default_content(bool(profile.get("has_staff")))

    def notice_gaps(self) -> list[NoticeGap]:
        """What must be filled in before the notice can be printed (empty: ready)."""
        from core.services.notice_content import gaps

        with self._vault.read() as conn:
            practice = practice_repo.get(conn)
        return gaps(self.notice_content(), practice)

    def render_notice(self, out: BinaryIO, layout: str = "poster") -> None:
        """Refused (InvalidInput listing each gap) while anything would print as "à préciser"."""
        from core.reports.notice import LAYOUTS, Notice, render
        from core.services.notice_content import gaps

        if layout not in LAYOUTS:
            raise InvalidInput([problem("layout", "notice.layout_unknown")])
        now = self._clock()
        with self._vault.read() as conn:
            practice = _practice(practice_repo.get(conn))
        content = self.notice_content()
        missing = gaps(content, practice)
        if missing:
            raise InvalidInput(
                [problem(f"notice.{g.code}", "notice.incomplete", gap=nested(g.as_problem())) for g in missing]
            )
        render(Notice(practice, content, now, layout), out)
        self._remember(NOTICE_PRINTED, now)

    def register_changed_since_notice(self) -> bool:
        """The notice describes the register: once printed, any later change of an activity makes it stale."""
        from core.storage.repositories import register as register_repo

        printed = self.printed_at(NOTICE_PRINTED)
        if printed is None:
            return False
        with self._vault.read() as conn:
            changes = [a.updated_at for a in register_repo.list_activities(conn) if a.updated_at]
        return any(from_iso(moment) > printed for moment in changes)

    def printed_at(self, key: str) -> datetime | None:
        with self._vault.read() as conn:
            value = practice_repo.get_meta(conn, key)
        return from_iso(value) if value else None

    def _remember(self, key: str, moment: datetime) -> None:
        with self._vault.transaction() as conn:
            practice_repo.set_meta(conn, key, to_iso(moment))


def _practice(practice: Practice | None) -> Practice:
    if practice is None:
        raise NotFound(what="practice")
    return practice
