"""Passphrase strength, estimated with zxcvbn (dictionary, keyboard patterns, names) rather than rules.

zxcvbn's own dictionaries are English: a French frequency list (``resources/passphrase``) is added, and the
practice's name, practitioner, town and profession are passed split into words, so that "Cabinet Dupont" or
"Docteur2024!" count as the guessable words they are.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass

from core.errors import WeakPassphrase
from core.paths import resources_dir

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline slow-hash attacks"
ZXCVBN_MAX = 72  # zxcvbn raises ValueError beyond this length; only the first characters are scored
FRENCH_LIST = "fr_frequent.txt"

# Words of the trade a guesser tries with the practice's name, whatever the profession.
TRADE_WORDS = "docteur cabinet médical santé patient kiné dentaire"

_lock = threading.Lock()
_loaded = False


@dataclass(frozen=True)
class Strength:
    """How strong a passphrase is, and why not when it is too weak."""

    score: int  # 0..4
    acceptable: bool
    reason: str  # French, empty when acceptable
    code: str = ""  # "empty", "short", "few_words" or "guessable" (the GUI translates from it)


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def practice_words(*values: str) -> list[str]:
    """Free texts (name, practitioner, town, profession code) split into lower-case words, with and without
    accents; a profession code adds the words of that trade."""
    words: list[str] = []
    from core.content.professions import by_code

    for value in values:
        profession = by_code(value) if value else None
        text = f"{profession.label_fr} {TRADE_WORDS}" if profession else value
        for word in re.split(r"[^\w]+|_", text.lower()):
            if len(word) >= 3:
                for form in (word, _plain(word)):
                    if form not in words:
                        words.append(form)
    return words


def _zxcvbn():  # type: ignore[no-untyped-def]
    """zxcvbn with the French list added once (lazy: the dictionaries take ~0.3 s to load)."""
    global _loaded
    from zxcvbn import matching, zxcvbn

    with _lock:
        if not _loaded:
            path = resources_dir() / "passphrase" / FRENCH_LIST
            words = [w for w in path.read_text(encoding="utf-8").split("\n") if w]
            matching.add_frequency_lists({"french": words})
            _loaded = True
    return zxcvbn


MIN_COMMON_WORDS = 3


def _few_common_words(passphrase: str, inputs: list[str]) -> bool:
    """True for the shape zxcvbn scores too kindly: one or two common words (or the practice's own words)
    dressed with digits and punctuation, e.g. "Medecin-Lyon-2024". Every word of 3 letters or more is a
    known word, and fewer than three of them are not the practice's own."""
    from zxcvbn import matching

    words = [w for w in re.split(r"[^\w]+|[\d_]+", passphrase.lower()) if len(w) >= 3]
    if not words:
        return False
    own = set(inputs)
    dictionaries = [d for name, d in matching.RANKED_DICTIONARIES.items() if name != "user_inputs"]

    def known(word: str) -> bool:
        return word in own or _plain(word) in own or any(word in d or _plain(word) in d for d in dictionaries)

    if not all(known(w) for w in words):
        return False
    return sum(1 for w in words if w not in own and _plain(w) not in own) < MIN_COMMON_WORDS


def estimate(passphrase: str, user_inputs: list[str] | None = None) -> Strength:
    if not passphrase:
        return Strength(0, False, "la phrase de passe est vide", "empty")
    zxcvbn = _zxcvbn()
    inputs = practice_words(*(s for s in (user_inputs or []) if s))
    with _lock:  # zxcvbn keeps the user inputs in a module-level table
        result = zxcvbn(passphrase[:ZXCVBN_MAX], user_inputs=inputs)
        few_words = _few_common_words(passphrase[:ZXCVBN_MAX], inputs)
    score = int(result["score"])
    if len(passphrase) < MIN_LENGTH:
        return Strength(min(score, 1), False, f"au moins {MIN_LENGTH} caractères", "short")
    if few_words:
        return Strength(
            min(score, 2),
            False,
            "un ou deux mots courants avec des chiffres ne suffisent pas ; "
            "ajoutez des mots sans lien entre eux",
            "few_words",
        )
    if score < MIN_SCORE:
        return Strength(score, False, "trop facile à deviner ; ajoutez des mots sans lien entre eux", "guessable")
    return Strength(score, True, "")


def check_strength(passphrase: str, user_inputs: list[str] | None = None) -> None:
    strength = estimate(passphrase, user_inputs)
    if not strength.acceptable:
        raise WeakPassphrase(reason=strength.reason, reason_code=strength.code)
