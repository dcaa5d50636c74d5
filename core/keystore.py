"""The OS credential store as an optional cache of the data key ("remember on this computer").

Never the only holder of the key: the key file's passphrase and recovery slots always are. Every keyring
failure (no backend on headless Linux, locked collection, refused write) degrades to "ask the passphrase".
``keyring`` is imported lazily: discovering its backends costs start-up time and about 20 MB that stay for the
session. So the keyring is only probed for a vault that opted in: the choice (never the key) is kept in a small
flag file beside the vault (:func:`core.paths.remember_flag_path`), readable before unlock.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from types import ModuleType

from core.paths import remember_flag_path
from core.storage.atomic import write_atomic

SERVICE = "fr.vigie.vault"
log = logging.getLogger(__name__)


def _keyring() -> ModuleType:
    import keyring

    return keyring


def _errors() -> tuple[type[BaseException], ...]:
    """Any backend error means "no cache". Backends do not only raise keyring.errors.KeyringError: keyring's
    Windows backend re-raises pywin32-ctypes' ``pywintypes.error`` (a bare Exception subclass) for CredRead and
    CredWrite failures such as 1312 "logon session does not exist" (elevated or remote sessions) or 1783, and
    dbus/jeepney errors can leak on Linux. The exception itself is never logged (it might quote data)."""
    return (Exception,)


def _backend_usable() -> bool:
    try:
        backend = _keyring().get_keyring()
        priority = backend.priority  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a broken backend must not stop the app
        return False
    # The "fail" backend and plaintext file backends (keyrings.alt) are never used for a key.
    name = type(backend).__module__
    return priority > 0 and "fail" not in name and "keyrings.alt" not in name


def load(db_uuid: str) -> bytearray | None:
    if not _backend_usable():
        return None
    try:
        value = _keyring().get_password(SERVICE, db_uuid)
    except _errors():
        log.info("keyring read failed; falling back to the passphrase")
        return None
    if not value:
        return None
    try:
        key = bytearray.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def store(db_uuid: str, dek: bytes | bytearray) -> bool:
    """True when the key is now remembered; False (never an exception) when the keyring refused."""
    if not _backend_usable():
        return False
    try:
        _keyring().set_password(SERVICE, db_uuid, bytes(dek).hex())
        return True
    except _errors():
        log.info("keyring write failed; the key is not remembered")
        return False


def forget(db_uuid: str) -> None:
    if not _backend_usable():
        return
    with contextlib.suppress(*_errors()):
        _keyring().delete_password(SERVICE, db_uuid)


def available() -> bool:
    return _backend_usable()


def opted_in(vault_path: Path) -> bool | None:
    """True/False as recorded beside the vault; None for a vault from before the flag (probe it once)."""
    try:
        value = remember_flag_path(Path(vault_path)).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return {"1": True, "0": False}.get(value)


def record_choice(vault_path: Path, remembered: bool) -> None:
    """Best effort: a missing flag only means one more probe at the next unlock."""
    try:
        write_atomic(remember_flag_path(Path(vault_path)), b"1\n" if remembered else b"0\n")
    except OSError:
        log.info("could not record the keyring choice beside the vault")
