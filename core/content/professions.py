"""The liberal health professions offered at first run (resources/professions.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from core.paths import resources_dir


@dataclass(frozen=True)
class Profession:
    code: str
    label_fr: str
    label_en: str

    def label(self, lang: str = "fr") -> str:
        return self.label_en if lang == "en" else self.label_fr


@cache
def professions() -> tuple[Profession, ...]:
    doc = json.loads((resources_dir() / "professions.json").read_text(encoding="utf-8"))
    return tuple(Profession(p["code"], p["fr"], p["en"]) for p in doc["professions"])


def by_code(code: str) -> Profession | None:
    return next((p for p in professions() if p.code == code), None)
