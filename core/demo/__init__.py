"""Sample data for a fictitious practice, for trying Vigie, screenshots and benchmarks.

Each feature adds a module to :data:`SEEDERS` with ``seed(vault, size, rng, clock)``; they run in order, each
in its own transaction. ``size`` is ``"small"`` (a realistic practice) or ``"large"`` (thousands of records).
"""

from __future__ import annotations

import importlib
import random
from pathlib import Path

from core.clock import Clock, system_clock
from core.domain.practice import Practice
from core.services.setup import create_vault
from core.vault import Vault

SEEDERS: tuple[str, ...] = (
    "core.demo.practice",
    "core.demo.register",
    "core.demo.exposure",
    "core.demo.checklist",
    "core.demo.incidents",
    "core.demo.rights",
)

DEMO_PRACTICE = Practice(
    name="Cabinet du Dr Claire Martin (démo)",
    practitioner="Dr Claire Martin",
    profession="medecin_generaliste",
    rpps="10101234567",
    siret="73282932000074",
    address="12 rue des Tilleuls",
    postcode="69003",
    city="Lyon",
    email="cabinet.martin@exemple.fr",
    phone="04 78 00 00 00",
    staff_count=2,
)


def build(path: Path, passphrase: str, size: str = "small", clock: Clock = system_clock) -> tuple[Vault, str]:
    vault, code = create_vault(path, passphrase, DEMO_PRACTICE, clock=clock)
    rng = random.Random(20201207)  # deterministic: the same demo every time
    for name in SEEDERS:
        importlib.import_module(name).seed(vault, size, rng, clock)
    return vault, code
