"""First run: validate everything, then create the vault and store the practice identity in one go."""

from __future__ import annotations

import contextlib
from pathlib import Path

from core.clock import Clock, system_clock
from core.domain.practice import Practice
from core.passphrase import check_strength
from core.paths import keyfile_path, remember_flag_path
from core.services.contacts import ContactsService
from core.services.practice import PracticeService
from core.vault import Vault


def create_vault(
    path: Path,
    passphrase: str,
    practice: Practice,
    *,
    remember: bool = False,
    clock: Clock = system_clock,
    recovery_code: str | None = None,
) -> tuple[Vault, str]:
    """Nothing is written unless the identity and passphrase are acceptable; a failure leaves no vault."""
    practice = practice.validated()
    words = [practice.name, practice.practitioner, practice.city, practice.profession]
    check_strength(passphrase, user_inputs=words)  # before anything is written
    vault, code = Vault.create(
        path, passphrase, remember=remember, recovery_code=recovery_code, user_inputs=words
    )
    try:
        PracticeService(vault, clock).save(practice)
        ContactsService(vault, clock).ensure_national(new_vault=True)
    except BaseException:
        vault.forget_key()
        vault.lock()
        for leftover in (Path(path), keyfile_path(Path(path)), remember_flag_path(Path(path))):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return vault, code
