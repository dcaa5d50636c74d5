"""Passphrase strength, estimated with zxcvbn (dictionary, keyboard patterns, names) rather than rules."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import WeakPassphrase

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline slow-hash attacks"
ZXCVBN_MAX = 72  # zxcvbn raises ValueError beyond this length; only the first characters are scored


@dataclass(frozen=True)
class Strength:
    """How strong a passphrase is, and why not when it is too weak."""

    score: int  # 0..4
    acceptable: bool
    reason: str  # French, empty when acceptable


def estimate(passphrase: str, user_inputs: list[str] | None = None) -> Strength:
    if not passphrase:
        return Strength(0, False, "la phrase de passe est vide")
    from zxcvbn import zxcvbn  # lazy: its dictionaries take ~0.2 s to load

    inputs = [s for s in (user_inputs or []) if s]
    result = zxcvbn(passphrase[:ZXCVBN_MAX], user_inputs=inputs)
    score = int(result["score"])
    if len(passphrase) < MIN_LENGTH:
        return Strength(min(score, 1), False, f"au moins {MIN_LENGTH} caractères")
    if score < MIN_SCORE:
        return Strength(score, False, "trop facile à deviner ; ajoutez des mots sans lien entre eux")
    return Strength(score, True, "")


def check_strength(passphrase: str, user_inputs: list[str] | None = None) -> None:
    strength = estimate(passphrase, user_inputs)
    if not strength.acceptable:
        raise WeakPassphrase(reason=strength.reason)
