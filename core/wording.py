"""French plural forms for text written by core (PDFs, command line, reasons): never "question(s)".

French puts 0 and 1 in the singular ("0 question", "1 question", "2 questions"), as Qt's French rule does for
the GUI (tools/i18n.py).
"""

from __future__ import annotations


def count(n: int, one: str, many: str) -> str:
    """``count(2, "question traitée", "questions traitées")`` → "2 questions traitées"."""
    return f"{n} {one if abs(n) <= 1 else many}"


def persons(n: int, lang: str = "fr") -> str:
    """'1 personne', '3 personnes' (French: singular for 0 and 1); '1 person', '3 persons'."""
    if lang == "en":
        return f"{n} person" if n == 1 else f"{n} persons"
    return count(n, "personne", "personnes")
