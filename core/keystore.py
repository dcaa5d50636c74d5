"""The OS credential store as an optional cache of the data key ("remember on this computer").

Never the only holder of the key: the key file's passphrase and recovery slots always are. Every keyring
failure (no backend on headless Linux, locked collection, refused write) degrades to "ask the passphrase".
``keyring`` is imported lazily: discovering its backends costs a noticeable part of start-up time.
"""

from __future__ import annotations

import contextlib
import logging
from types import ModuleType

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
