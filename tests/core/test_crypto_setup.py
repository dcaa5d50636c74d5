"""Key wrapping details and first-run set-up: a failure leaves nothing behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from core import crypto, keystore
from core.errors import CorruptKeyFile, InvalidInput, VaultInUse, WeakPassphrase
from core.paths import keyfile_path
from core.services.setup import create_vault
from core.vault import Vault
from tests.conftest import PASSPHRASE, ROOT


def test_the_app_has_no_switch_for_a_cheap_kdf(tmp_path):
    """Only the suite's injection lowers the cost: the shipped app ignores the old environment variable."""
    code = "from core import crypto; p = crypto.default_scrypt(); print(p.n, p.r, p.p, crypto.MIN_SCRYPT_N)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["VIGIE_INSECURE_FAST_KDF"] = "1"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == [str(2**17), "8", "1", str(2**17)]


def test_cli_vault_create_writes_production_cost_even_with_the_old_variable(tmp_path):
    path = tmp_path / "v" / "vigie.vault"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(
        VIGIE_INSECURE_FAST_KDF="1",
        VIGIE_PASSPHRASE=PASSPHRASE,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    result = subprocess.run(
        [sys.executable, "main.py", "vault", "create", "--vault", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    slots = json.loads(keyfile_path(path).read_bytes())["slots"]
    assert {name: slot["n"] >= 2**17 for name, slot in slots.items()} == {
        "passphrase": True,
        "recovery": True,
    }


def test_new_slots_refuse_a_cost_below_the_floor(monkeypatch):
    monkeypatch.setattr(crypto, "MIN_SCRYPT_N", 2**17)
    with pytest.raises(crypto.WeakKdfParameters):
        crypto.wrap(b"k" * 32, b"secret", b"aad", crypto.ScryptParams(n=2**16))


def test_slot_records_its_parameters(vault, vault_path):
    slot = json.loads(keyfile_path(vault_path).read_bytes())["slots"]["passphrase"]
    assert {k: slot[k] for k in ("kdf", "n", "r", "p")} == {"kdf": "scrypt", "n": 2**10, "r": 8, "p": 1}
    assert len(slot["salt"]) >= 20 and len(slot["nonce"]) >= 16


@pytest.mark.parametrize(
    "change",
    [{"n": 2**23}, {"n": 2**9}, {"r": 64}, {"p": 17}, {"kdf": "pbkdf2"}, {"n": "beaucoup"}],
    ids=["n-huge", "n-tiny", "r-huge", "p-huge", "kdf", "n-text"],
)
def test_out_of_range_kdf_parameters_are_refused_before_deriving(vault, vault_path, change):
    vault.lock()
    kf = keyfile_path(vault_path)
    doc = json.loads(kf.read_bytes())
    doc["slots"]["passphrase"].update(change)
    kf.write_text(json.dumps(doc))
    with pytest.raises(CorruptKeyFile):
        Vault.unlock_with_passphrase(vault_path, PASSPHRASE)


def test_key_check_value_depends_on_key_and_vault():
    dek = crypto.new_dek()
    assert crypto.key_check_value(dek, "a") != crypto.key_check_value(dek, "b")
    assert crypto.key_check_value(dek, "a") != crypto.key_check_value(crypto.new_dek(), "a")
    assert dek.hex() not in crypto.key_check_value(dek, "a")


def test_slots_are_bound_to_their_vault(tmp_path):
    """A slot copied from another vault's key file does not open this one (AAD = slot | db_uuid)."""
    a, _ = Vault.create(tmp_path / "a.vault", PASSPHRASE)
    b, _ = Vault.create(tmp_path / "b.vault", PASSPHRASE)
    a.lock()
    b.lock()
    doc_a = json.loads(keyfile_path(tmp_path / "a.vault").read_bytes())
    doc_b = json.loads(keyfile_path(tmp_path / "b.vault").read_bytes())
    doc_b["slots"]["passphrase"] = doc_a["slots"]["passphrase"]
    keyfile_path(tmp_path / "b.vault").write_text(json.dumps(doc_b))
    from core.errors import DamagedKeySlot, WrongPassphrase
    from core.storage.keyfile import slot_check

    with pytest.raises(DamagedKeySlot):  # its checksum names the other vault
        Vault.unlock_with_passphrase(tmp_path / "b.vault", PASSPHRASE)
    # Even with the checksum recomputed for b, the AAD (slot | db_uuid) keeps it from opening b.
    doc_b["slots"]["passphrase"]["check"] = slot_check(
        "passphrase", doc_b["slots"]["passphrase"], doc_b["db_uuid"]
    )
    keyfile_path(tmp_path / "b.vault").write_text(json.dumps(doc_b))
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_passphrase(tmp_path / "b.vault", PASSPHRASE)


def test_zero():
    buf = bytearray(b"\x01" * 32)
    crypto.zero(buf)
    assert buf == bytearray(32)


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock")) if folder.exists() else []


def test_setup_refuses_invalid_identity_and_weak_passphrase_writing_nothing(vault_path, practice):
    from dataclasses import replace

    with pytest.raises(InvalidInput):
        create_vault(vault_path, PASSPHRASE, replace(practice, siret="12345678901234"))
    with pytest.raises(WeakPassphrase):
        create_vault(vault_path, "azertyuiop", practice)
    with pytest.raises(WeakPassphrase):  # the practice's own name is not a passphrase
        create_vault(vault_path, "Cabinet test", practice)
    assert _leftovers(vault_path.parent) == []


def test_setup_failure_after_creation_leaves_nothing(vault_path, practice, monkeypatch, memory_keyring):
    def broken_save(conn, practice, now_iso):
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr("core.storage.repositories.practice.save", broken_save)
    with pytest.raises(RuntimeError):
        create_vault(vault_path, PASSPHRASE, practice, remember=True)
    assert _leftovers(vault_path.parent) == []
    assert memory_keyring.store == {}
    monkeypatch.undo()
    vault, _ = create_vault(vault_path, PASSPHRASE, practice)  # and the path is free again
    vault.lock()


def test_create_failure_while_writing_the_keyfile_leaves_nothing(vault_path, monkeypatch):
    def refuse(self, path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("core.storage.keyfile.KeyFile.save", refuse)
    with pytest.raises(OSError):
        Vault.create(vault_path, PASSPHRASE)
    assert _leftovers(vault_path.parent) == []
    monkeypatch.undo()
    Vault.create(vault_path, PASSPHRASE)[0].lock()  # lock released, path free


def test_create_while_another_creation_holds_the_lock(vault_path):
    from core.vault import _acquire

    vault_path.parent.mkdir(parents=True)
    held = _acquire(vault_path)
    try:
        with pytest.raises(VaultInUse):
            Vault.create(vault_path, PASSPHRASE)
    finally:
        held.release()
    assert not vault_path.exists()


def test_keystore_available_with_the_memory_backend():
    assert keystore.available()
