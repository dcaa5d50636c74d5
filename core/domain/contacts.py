"""The "contacts utiles" printed in the emergency kit: who to call when the practice PC is down."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from core.domain.problems import problem
from core.errors import FieldProblem, InvalidInput

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_WEB = re.compile(r"^(https?://)?([\w-]+\.)+[a-z]{2,}(/\S*)?$", re.IGNORECASE)


class ContactRole(StrEnum):
    SOFTWARE_VENDOR = "software_vendor"
    IT_PROVIDER = "it_provider"
    INSURER = "insurer"
    OTHER = "other"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[ContactRole, str] = {
    ContactRole.SOFTWARE_VENDOR: "Éditeur du logiciel métier",
    ContactRole.IT_PROVIDER: "Prestataire informatique",
    ContactRole.INSURER: "Assureur (responsabilité civile professionnelle, cyber)",
    ContactRole.OTHER: "Autre contact",
}


@dataclass(frozen=True)
class UsefulContact:
    role: ContactRole
    name: str
    phone: str = ""
    email: str = ""
    reference: str = ""  # contract, customer or policy number (asked first on the phone), or a web address
    notes: str = ""
    id: int | None = None

    def problems(self) -> list[FieldProblem]:
        p: list[FieldProblem] = []
        if not self.name.strip():
            p.append(problem("name", "contact.name_missing"))
        if self.email.strip() and not _EMAIL.match(self.email.strip()):
            p.append(problem("email", "email_invalid"))
        if not self.phone.strip() and not self.email.strip() and not self.has_website():
            p.append(problem("phone", "contact.means_missing"))
        return p

    def has_website(self) -> bool:
        """National bodies (CERT Santé, an ARS) are reached through their web site first."""
        return bool(_WEB.match(self.reference.strip()))

    def validated(self) -> UsefulContact:
        contact = replace(
            self,
            name=self.name.strip(),
            phone=self.phone.strip(),
            email=self.email.strip(),
            reference=self.reference.strip(),
            notes=self.notes.strip(),
        )
        problems = contact.problems()
        if problems:
            raise InvalidInput(problems)
        return contact
