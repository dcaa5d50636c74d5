"""Edit the useful contacts (software vendor, IT provider, insurer) printed in the emergency kit."""

from __future__ import annotations

from dataclasses import replace

from core.clock import Clock, system_clock, to_iso
from core.domain.contacts import UsefulContact
from core.errors import NotFound
from core.storage.repositories import contacts as repo
from core.vault import Vault

NATIONAL_ADDED = "national_contacts_added_at"


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
                raise NotFound(what="contact", number=contact.id)
        return replace(contact, id=new_id)

    def ensure_national(self, new_vault: bool = False) -> list[UsefulContact]:
        """Once per vault: add the national contacts (CNIL, CERT Santé, cybermalveillance.gouv.fr, the region's
        ARS, the profession's Ordre) for the practitioner to complete. Removing one later is final.
        ``new_vault``: at first run there is nothing to look up first."""
        from core.content.national_contacts import national_contacts
        from core.storage.repositories import practice as practice_repo

        added: list[UsefulContact] = []
        with self._vault.transaction() as conn:
            if not new_vault and practice_repo.get_meta(conn, NATIONAL_ADDED):
                return added
            now = to_iso(self._clock())
            present = set() if new_vault else {c.name.casefold() for c in repo.list_all(conn)}
            for contact in national_contacts(practice_repo.get(conn)):
                if contact.name.casefold() not in present:
                    added.append(replace(contact, id=repo.save(conn, contact.validated(), now)))
            practice_repo.set_meta(conn, NATIONAL_ADDED, now)
        return added

    def delete(self, contact_id: int) -> None:
        with self._vault.transaction() as conn:
            if not repo.delete(conn, contact_id):
                raise NotFound(what="contact", number=contact_id)
