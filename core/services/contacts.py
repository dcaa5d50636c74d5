"""Edit the useful contacts (software vendor, IT provider, insurer) printed in the emergency kit."""

from __future__ import annotations

from dataclasses import replace

from core.clock import Clock, system_clock, to_iso
from core.domain.contacts import UsefulContact
from core.errors import NotFound
from core.storage.repositories import contacts as repo
from core.vault import Vault


class ContactsService:
    def __init__(self, vault: Vault, clock: Clock = system_clock):
        self._vault = vault
        self._clock = clock

    def list(self) -> list[UsefulContact]:
        with self._vault.read() as conn:
            return repo.list_all(conn)

    def save(self, contact: UsefulContact) -> UsefulContact:
        contact = contact.validated()
        with self._vault.transaction() as conn:
            new_id = repo.save(conn, contact, to_iso(self._clock()))
            if new_id < 0:
                raise NotFound(what=f"contact n° {contact.id}")
        return replace(contact, id=new_id)

    def delete(self, contact_id: int) -> None:
        with self._vault.transaction() as conn:
            if not repo.delete(conn, contact_id):
                raise NotFound(what=f"contact n° {contact_id}")
