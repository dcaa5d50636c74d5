"""The demo practice's identity is written by :func:`core.demo.build`; this seeder records vault facts."""

from __future__ import annotations

import random

from core.clock import Clock
from core.storage.repositories import practice as repo
from core.vault import Vault


def seed(vault: Vault, size: str, rng: random.Random, clock: Clock) -> None:
    del rng, clock
    with vault.transaction() as conn:
        repo.set_meta(conn, "demo", size)
