"""French labels for the printed documents, taken from :mod:`core.domain.breach_vocab` (the one vocabulary).

Kept as plain ``{code: French}`` dicts for the report modules; the labels themselves live in the vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.domain import breach_vocab as V
from core.domain.incident_vocab import CHANNELS as INCIDENT_CHANNELS


def _fr(vocabulary: dict[str, V.Term]) -> dict[str, str]:
    return {code: term.fr for code, term in vocabulary.items()}


NATURE_LABELS = _fr(V.NATURES)
ORIGIN_LABELS = _fr(V.ORIGINS)
CAUSE_LABELS = _fr(V.CAUSES)
SUBJECT_LABELS = _fr(V.SUBJECT_CATEGORIES)
PROTECTION_LABELS = _fr(V.PROTECTIONS)
EXPOSURE_LABELS = _fr(V.EXPOSURES)
MEDIUM_LABELS = _fr(V.STORAGE_MEDIA)
STATUS_LABELS = _fr(V.STATUSES)
IDENTIFIABILITY_LABELS = _fr(V.IDENTIFIABILITY)
DISCOVERY_LABELS = _fr(V.DISCOVERY_MEANS)
RISK_LABELS_SHORT = {"none": "risque improbable", "risk": "risque", "high": "risque élevé"}
CNIL_SEVERITY = _fr(V.SEVERITY_LEVELS)
EXEMPTION_LABELS = _fr(V.EXEMPTIONS)


def person_bucket(count: int | None) -> str:
    """The CNIL statistics bucket for a number of persons."""
    if count is None:
        return "Pas encore connu"
    for high, label in ((5, "0 à 5"), (50, "6 à 50"), (300, "51 à 300"), (5000, "301 à 5 000")):
        if count <= high:
            return f"{label} (environ {count})"
    return f"Plus de 5 000 (environ {count:,})".replace(",", "\xa0")


def joined(values: Iterable[str], labels: dict[str, str], empty: str = "Pas encore connu") -> str:
    items = [labels.get(v, v) for v in values]
    return " ; ".join(items) if items else empty


def categories_text(categories: Iterable[str]) -> str:
    return joined(categories, _fr(V.DATA_CATEGORIES), "Pas encore connues")


CHANNEL_TEXT = _fr(INCIDENT_CHANNELS)
