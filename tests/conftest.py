"""Shared fixtures. The suite never touches the real keyring, the user's data folders or the network."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("VIGIE_PASSPHRASE", None)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Cheap key derivation for tests only, injected into core.crypto (the slot records its parameters). Child
# processes get the same through tests/child_site/sitecustomize.py (see child_pythonpath()).
from tests.fast_kdf import install as _install_fast_kdf  # noqa: E402

_install_fast_kdf()
CHILD_SITE = ROOT / "tests" / "child_site"


def child_pythonpath() -> str:
    """PYTHONPATH for a child Python of the suite: the injection folder first, then the project root."""
    return os.pathsep.join([str(CHILD_SITE), str(ROOT)])


PASSPHRASE = "cheval batterie agrafe correcte"


class MemoryKeyring:
    """An in-memory keyring backend, installed for every test so the developer's keychain is never used."""

    def __new__(cls):  # build lazily so that importing conftest does not import keyring backends eagerly
        from keyring.backend import KeyringBackend

        class _Mem(KeyringBackend):
            priority = 1  # type: ignore[assignment]

            def __init__(self) -> None:
                super().__init__()
                self.store: dict[tuple[str, str], str] = {}

            def get_password(self, service, username):
                return self.store.get((service, username))

            def set_password(self, service, username, password):
                self.store[(service, username)] = password

            def delete_password(self, service, username):
                self.store.pop((service, username), None)

        return _Mem()


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    import keyring

    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("APPDATA", str(home / "appdata"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "localappdata"))
    previous = keyring.get_keyring()
    mem = MemoryKeyring()
    keyring.set_keyring(mem)
    yield mem
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(_isolated_environment):
    return _isolated_environment


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def practice():
    from core.domain.practice import Practice

    return Practice(
        name="Cabinet test",
        practitioner="Dr Test",
        profession="medecin_generaliste",
        rpps="10101234567",
        siret="73282932000074",
        postcode="75011",
        city="Paris",
        email="test@exemple.fr",
    )


@pytest.fixture
def vault_path(tmp_path) -> Path:
    return tmp_path / "vault" / "test.vault"


@pytest.fixture
def vault(vault_path, practice):
    """An open vault with the practice identity, locked again after the test."""
    from core.services.setup import create_vault

    v, _code = create_vault(vault_path, PASSPHRASE, practice)
    yield v
    v.lock()


@pytest.fixture
def demo_vault(tmp_path):
    """The small demo vault (every feature's sample data), open."""
    from core.demo import build

    v, _code = build(tmp_path / "demo" / "demo.vault", PASSPHRASE, size="small")
    yield v
    v.lock()
