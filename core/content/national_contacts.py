"""The national contacts prefilled in the emergency kit (resources/contacts/national.json).

CNIL, CERT Santé (ANS) and cybermalveillance.gouv.fr for everyone; the ARS of the practice's region (from its
postcode) and the Ordre of its profession when it has one. Each comes with what is known nationally (web
address, the CNIL's switchboard); the practitioner completes the local numbers (ARS, departmental council).
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from core.domain.contacts import ContactRole, UsefulContact
from core.domain.practice import Practice
from core.paths import resources_dir

FORMAT = "vigie.national-contacts/1"


@cache
def _catalogue() -> dict[str, Any]:
    doc = json.loads((resources_dir() / "contacts" / "national.json").read_text(encoding="utf-8"))
    if doc.get("format") != FORMAT:
        raise ValueError(f"national.json: format « {FORMAT} » attendu")
    return doc


def department(postcode: str) -> str:
    """The département of a French postcode: "75011" → "75", "97400" → "974", "20000" → "20" (Corse)."""
    code = "".join(ch for ch in postcode if ch.isdigit())
    if len(code) != 5:
        return ""
    return code[:3] if code.startswith("97") else code[:2]


def region(postcode: str) -> str:
    """The ARS region code (e.g. "idf") of a postcode, "" when unknown."""
    ars = _catalogue()["ars"]
    return str(ars["departments"].get(department(postcode), ""))


def national_contacts(practice: Practice | None) -> list[UsefulContact]:
    doc = _catalogue()
    found = [
        UsefulContact(ContactRole.OTHER, c["name"], c["phone"], "", c["reference"], c["notes"])
        for c in doc["national"]
    ]
    if practice is None:
        return found
    ars = doc["ars"]
    code = region(practice.postcode)
    if code:
        place = ars["regions"][code]
        found.append(
            UsefulContact(
                ContactRole.OTHER, ars["name"].replace("{region}", place["label"]), "", "", place["site"], ars["notes"]
            )
        )
    ordre = doc["ordres"]["professions"].get(practice.profession)
    if ordre is not None:
        found.append(UsefulContact(ContactRole.OTHER, ordre["name"], "", "", ordre["site"], doc["ordres"]["notes"]))
    return found
