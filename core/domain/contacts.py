"""The "contacts utiles" printed in the emergency kit: who to call when the practice PC is down."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from core.errors import FieldProblem, InvalidInput

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


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
    reference: str = ""  # contract, customer or policy number: asked first on the phone
    notes: str = ""
    id: int | None = None

    def problems(self) -> list[FieldProblem]:
        p: list[FieldProblem] = []
        if not self.name.strip():
            p.append(FieldProblem("name", "indiquez le nom du contact"))
        if self.email.strip() and not _EMAIL.match(self.email.strip()):
            p.append(FieldProblem("email", "adresse e-mail invalide"))
        if not self.phone.strip() and not self.email.strip():
            p.append(FieldProblem("phone", "indiquez au moins un téléphone ou une adresse e-mail"))
        return p

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
