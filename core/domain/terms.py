"""A coded term of a closed vocabulary: the stable code that is stored, and its French and English labels."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    fr: str
    en: str

    def label(self, lang: str = "fr") -> str:
        return self.en if lang == "en" else self.fr


def by_code(*terms: Term) -> dict[str, Term]:
    """A vocabulary keyed by code, in the order given (the order of lists and printed checklists)."""
    return {t.code: t for t in terms}
