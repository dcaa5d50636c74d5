"""The practice's identity: who the controller is, as the CNIL forms and the register ask for it."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from core.domain.problems import problem
from core.errors import FieldProblem, InvalidInput

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def luhn_ok(digits: str) -> bool:
    """SIREN and SIRET carry a Luhn check digit (La Poste's SIRET 356 000 000 xxxxx excepted)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _digits(value: str) -> str:
    return "".join(ch for ch in value if not ch.isspace())


@dataclass(frozen=True)
class Practice:
    name: str
    profession: str
    practitioner: str = ""
    rpps: str = ""
    adeli: str = ""
    siret: str = ""
    siren: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    dpo_designated: bool = False
    dpo_name: str = ""
    dpo_contact: str = ""
    staff_count: int | None = None  # people working at the practice, the practitioner included

    def normalized(self) -> Practice:
        """Trim text, strip spaces out of identifiers, derive the SIREN from the SIRET when missing."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        for key, value in values.items():
            if isinstance(value, str):
                values[key] = value.strip()
        for key in ("rpps", "adeli", "siret", "siren", "postcode"):
            values[key] = _digits(values[key])
        if values["siret"] and not values["siren"] and len(values["siret"]) == 14:
            values["siren"] = values["siret"][:9]
        return replace(self, **values)

    def problems(self) -> list[FieldProblem]:
        p: list[FieldProblem] = []
        if not self.name.strip():
            p.append(problem("name", "practice.name_missing"))
        if not self.profession.strip():
            p.append(problem("profession", "practice.profession_missing"))
        else:
            from core.content.professions import by_code

            if by_code(self.profession.strip()) is None:
                p.append(problem("profession", "practice.profession_unknown"))
        checks = (
            ("rpps", 11, False, "practice.rpps_invalid"),
            ("adeli", 9, False, "practice.adeli_invalid"),
            ("siret", 14, True, "practice.siret_invalid"),
            ("siren", 9, True, "practice.siren_invalid"),
            ("postcode", 5, False, "practice.postcode_invalid"),
        )
        for name, length, luhn, code in checks:
            value = _digits(getattr(self, name))
            if value and (len(value) != length or not value.isdigit() or (luhn and not luhn_ok(value))):
                p.append(problem(name, code))
        if self.siret and self.siren and _digits(self.siret)[:9] != _digits(self.siren):
            p.append(problem("siren", "practice.siren_not_siret"))
        if self.email.strip() and not _EMAIL.match(self.email.strip()):
            p.append(problem("email", "email_invalid"))
        if self.staff_count is not None and not 1 <= self.staff_count <= 9999:
            p.append(problem("staff_count", "practice.staff_count"))
        if self.dpo_designated and not self.dpo_name.strip():
            p.append(problem("dpo_name", "practice.dpo_name_missing"))
        return p

    def validated(self) -> Practice:
        practice = self.normalized()
        problems = practice.problems()
        if problems:
            raise InvalidInput(problems)
        return practice
