"""The keyring is a convenience cache: absent, locked, failing or stale, it degrades to the passphrase."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError

from core import keystore
from core.vault import Vault
from tests.conftest import PASSPHRASE


class PyWinTypesError(Exception):
    """Shaped like pywin32-ctypes' ``pywintypes.error``: a bare Exception, not a KeyringError nor an OSError."""

    def __init__(self, winerror: int, funcname: str, strerror: str) -> None:
        super().__init__(winerror, funcname, strerror)
        self.winerror, self.funcname, self.strerror = winerror, funcname, strerror


class RaisingKeyring(KeyringBackend):
    """A backend that exists but refuses everything (a locked collection, a dismissed prompt)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, get_exc: Exception, set_exc: Exception) -> None:
        super().__init__()
        self.get_exc, self.set_exc = get_exc, set_exc
        self.calls: list[str] = []

    def get_password(self, service, username):
        self.calls.append("get")
        raise self.get_exc

    def set_password(self, service, username, password):
        self.calls.append("set")
        raise self.set_exc

    def delete_password(self, service, username):
        self.calls.append("delete")
        raise PasswordDeleteError("refused")


def _roots() -> list[Path]:
    env = os.environ
    return [
        Path(env[k])
        for k in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA")
        if k in env
    ]


def _assert_key_nowhere_on_disk(key_hex: str, *extra: Path) -> None:
    needles = (key_hex.encode(), key_hex.upper().encode(), bytes.fromhex(key_hex))
    for root in [*_roots(), *extra]:
        if not root.exists():
            continue
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for needle in needles:
                    assert needle not in data, f"key found in {path}"


@pytest.fixture
def closed_vault(vault_path):
    vault, _code = Vault.create(vault_path, PASSPHRASE)
    key_hex = vault.with_dek().hex()
    return vault, key_hex


def test_remember_then_unlock_with_keyring(closed_vault, vault_path, memory_keyring):
    vault, key_hex = closed_vault
    assert keystore.available()
    assert vault.remember_key() is True
    assert memory_keyring.store[(keystore.SERVICE, vault.db_uuid)] == key_hex
    vault.lock()
    again = Vault.unlock_with_keyring(vault_path)
    assert again is not None and again.is_open
    again.forget_key()
    assert (keystore.SERVICE, again.db_uuid) not in memory_keyring.store
    again.lock()
    assert Vault.unlock_with_keyring(vault_path) is None
    _assert_key_nowhere_on_disk(key_hex, vault_path.parent)


def test_create_with_remember(vault_path, memory_keyring):
    vault, _code = Vault.create(vault_path, PASSPHRASE, remember=True)
    key_hex = vault.with_dek().hex()
    vault.lock()
    assert key_hex in memory_keyring.store.values()
    Vault.unlock_with_keyring(vault_path).lock()


def test_absent_keyring_falls_back(closed_vault, vault_path):
    keyring.set_keyring(fail.Keyring())
    vault, key_hex = closed_vault
    assert keystore.available() is False
    assert vault.remember_key() is False
    vault.forget_key()  # no exception either
    vault.lock()
    assert Vault.unlock_with_keyring(vault_path) is None
    Vault.unlock_with_passphrase(vault_path, PASSPHRASE).lock()
    _assert_key_nowhere_on_disk(key_hex, vault_path.parent)


def test_absent_keyring_with_remember_at_creation(vault_path):
    keyring.set_keyring(fail.Keyring())
    vault, _code = Vault.create(vault_path, PASSPHRASE, remember=True)
    key_hex = vault.with_dek().hex()
    vault.lock()
    assert Vault.unlock_with_keyring(vault_path) is None
    _assert_key_nowhere_on_disk(key_hex, vault_path.parent)


@pytest.mark.parametrize(
    "get_exc,set_exc",
    [
        (KeyringLocked("locked"), PasswordSetError("refused")),
        (KeyringLocked("locked"), KeyringLocked("locked")),
        (RuntimeError("dbus went away"), OSError(5, "I/O error")),
        (
            PyWinTypesError(1312, "CredRead", "A specified logon session does not exist."),
            PyWinTypesError(1783, "CredWrite", "The stub received bad data."),
        ),
    ],
    ids=["locked+set-error", "locked", "runtime+oserror", "windows-pywintypes"],
)
def test_failing_keyring_falls_back(closed_vault, vault_path, get_exc, set_exc):
    backend = RaisingKeyring(get_exc, set_exc)
    keyring.set_keyring(backend)
    vault, key_hex = closed_vault
    assert vault.remember_key() is False
    vault.forget_key()
    vault.lock()
    keystore.record_choice(vault_path, True)  # opted in on a day the keychain worked: it is read, and fails
    assert Vault.unlock_with_keyring(vault_path) is None
    assert "get" in backend.calls and "set" in backend.calls
    Vault.unlock_with_passphrase(vault_path, PASSPHRASE).lock()
    _assert_key_nowhere_on_disk(key_hex, vault_path.parent)


def test_stale_key_is_refused_and_deleted(closed_vault, vault_path, memory_keyring):
    vault, key_hex = closed_vault
    db_uuid = vault.db_uuid
    vault.lock()
    stale = os.urandom(32).hex()
    memory_keyring.store[(keystore.SERVICE, db_uuid)] = stale
    keystore.record_choice(vault_path, True)
    assert Vault.unlock_with_keyring(vault_path) is None
    assert (keystore.SERVICE, db_uuid) not in memory_keyring.store
    assert keystore.opted_in(vault_path) is False
    # After the passphrase, remembering again replaces the entry with the right key.
    with Vault.unlock_with_passphrase(vault_path, PASSPHRASE) as again:
        assert again.remember_key() is True
    assert memory_keyring.store[(keystore.SERVICE, db_uuid)] == key_hex
    Vault.unlock_with_keyring(vault_path).lock()
    _assert_key_nowhere_on_disk(key_hex, vault_path.parent)


@pytest.mark.parametrize("junk", ["pas de l'hexa", "abcd", "00" * 16, "00" * 33, ""])
def test_junk_in_keyring_is_ignored(closed_vault, vault_path, memory_keyring, junk):
    vault, _key = closed_vault
    memory_keyring.store[(keystore.SERVICE, vault.db_uuid)] = junk
    vault.lock()
    assert Vault.unlock_with_keyring(vault_path) is None
    Vault.unlock_with_passphrase(vault_path, PASSPHRASE).lock()


def test_keyring_unlock_of_an_open_vault_is_refused(closed_vault, vault_path):
    from core.errors import VaultInUse

    vault, _key = closed_vault
    vault.remember_key()
    with pytest.raises(VaultInUse):
        Vault.unlock_with_keyring(vault_path)
    vault.lock()


def _backend_from(module: str, priority):
    class Plain(KeyringBackend):
        def get_password(self, service, username):
            return self.store.get(username)

        def set_password(self, service, username, password):
            self.store[username] = password

        def delete_password(self, service, username):
            self.store.pop(username, None)

    Plain.__module__ = module
    Plain.priority = priority  # type: ignore[assignment]
    backend = Plain()
    backend.store = {}
    return backend


@pytest.mark.parametrize(
    "module,priority",
    [("keyrings.alt.file", 1), ("keyrings.alt.file", 10), ("keyring.backends.null", -1), ("somewhere", 0)],
    ids=["keyrings.alt", "keyrings.alt-high", "null", "zero-priority"],
)
def test_plaintext_or_null_backends_are_never_used(closed_vault, vault_path, module, priority):
    backend = _backend_from(module, priority)
    keyring.set_keyring(backend)
    vault, key_hex = closed_vault
    assert keystore.available() is False
    assert vault.remember_key() is False
    assert backend.store == {}
    vault.lock()
    assert Vault.unlock_with_keyring(vault_path) is None
    _assert_key_nowhere_on_disk(key_hex, vault_path.parent)


def test_broken_backend_configuration_falls_back(closed_vault, vault_path, monkeypatch):
    """keyring.get_keyring() itself raises when PYTHON_KEYRING_BACKEND names a missing backend."""

    def broken():
        raise ModuleNotFoundError("No module named 'nope'")

    monkeypatch.setattr(keyring, "get_keyring", broken)  # keystore imports keyring lazily
    vault, key_hex = closed_vault
    assert keystore.available() is False
    assert vault.remember_key() is False
    vault.forget_key()
    vault.lock()
    assert Vault.unlock_with_keyring(vault_path) is None
    Vault.unlock_with_passphrase(vault_path, PASSPHRASE).lock()


def test_misconfigured_keyring_env_in_a_real_process(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT
    from tests.core.conftest import subprocess_env

    code = (
        "import sys\n"
        "from core.vault import Vault\n"
        "v, _ = Vault.create(sys.argv[1], 'cheval batterie agrafe correcte', remember=True)\n"
        "assert v.remember_key() is False\n"
        "v.lock()\n"
        "assert Vault.unlock_with_keyring(sys.argv[1]) is None\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "k.vault")],
        cwd=ROOT,
        env=subprocess_env(PYTHON_KEYRING_BACKEND="nope.Nope"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "ok", result.stderr[-2000:]


def test_keyring_is_not_probed_for_a_vault_that_did_not_opt_in(closed_vault, vault_path, memory_keyring, monkeypatch):
    """The choice sits beside the vault (no secret in it); without it the keychain's backends are never loaded."""
    vault, key_hex = closed_vault
    vault.lock()
    assert keystore.opted_in(vault_path) is False
    assert keystore.remember_flag_path(vault_path).read_text().strip() == "0"
    assert oct(keystore.remember_flag_path(vault_path).stat().st_mode & 0o777) == "0o600"
    monkeypatch.setattr(keystore, "_keyring", lambda: pytest.fail("keyring probed without opt-in"))
    assert Vault.unlock_with_keyring(vault_path) is None
    monkeypatch.undo()
    with Vault.unlock_with_passphrase(vault_path, PASSPHRASE) as again:
        assert again.remember_key() is True
        assert again.key_remembered_here
    assert keystore.opted_in(vault_path) is True
    Vault.unlock_with_keyring(vault_path).lock()
    with Vault.unlock_with_passphrase(vault_path, PASSPHRASE) as again:
        again.forget_key()
    assert keystore.opted_in(vault_path) is False
    _assert_key_nowhere_on_disk(key_hex, vault_path.parent)


def test_a_vault_from_before_the_flag_is_probed_once(closed_vault, vault_path, memory_keyring):
    vault, _key_hex = closed_vault
    assert vault.remember_key() is True
    vault.lock()
    keystore.remember_flag_path(vault_path).unlink()  # remembered by an earlier version: no flag yet
    Vault.unlock_with_keyring(vault_path).lock()
    assert keystore.opted_in(vault_path) is True
