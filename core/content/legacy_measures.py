"""Security-measure texts the register templates wrote before they stopped ticking measures (2026-12).

Vaults created earlier still hold those ticks: the practitioner never declared them, a template did. A tick whose
detail is one of these texts word for word is told apart so the register never presents it as declared.
"""

from __future__ import annotations

import json
from functools import lru_cache

from core.paths import resources_dir


@lru_cache(maxsize=1)
def template_texts() -> dict[str, frozenset[str]]:
    """Register measure code → the French and English details the old templates gave it."""
    path = resources_dir() / "register" / "legacy_template_measures.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {code: frozenset(texts) for code, texts in raw["measures"].items()}
