"""Unlocking: passphrase, recovery code, odd passphrases, one instance at a time."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import crypto
from core.errors import VaultInUse, VaultLocked, WrongPassphrase, WrongRecoveryCode
from core.paths import keyfile_path
from core.services.practice import PracticeService
from core.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.conftest import file_state


def test_right_passphrase_opens_and_reads_the_practice(vault, vault_path, practice):
    vault.lock()
    with Vault.unlock_with_passphrase(vault_path, PASSPHRASE) as again:
        assert PracticeService(again).get().name == practice.name


def test_wrong_passphrase_leaves_the_files_byte_identical(vault, vault_path):
    vault.lock()
    before = file_state(vault_path)
    key_before = file_state(keyfile_path(vault_path))
    for wrong in ("", "cheval batterie agrafe correctE", PASSPHRASE + " ", "x" * 300):
        with pytest.raises(WrongPassphrase):
            Vault.unlock_with_passphrase(vault_path, wrong)
    assert file_state(vault_path) == before
    assert file_state(keyfile_path(vault_path)) == key_before
    assert not vault_path.with_name(vault_path.name + "-journal").exists()


def test_wrong_recovery_code(vault_path):
    vault, code = Vault.create(vault_path, PASSPHRASE)
    vault.lock()
    before = file_state(vault_path)
    other = crypto.new_recovery_code()
    for wrong in (other, code[:-1] + ("A" if code[-1] != "A" else "B"), "", "pas un code"):
        with pytest.raises(WrongRecoveryCode):
            Vault.unlock_with_recovery_code(vault_path, wrong)
    # The recovery code is not a passphrase, nor the reverse.
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_passphrase(vault_path, code)
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery_code(vault_path, PASSPHRASE)
    assert file_state(vault_path) == before


def _mangled_forms(code: str) -> list[str]:
    plain = code.replace("-", "")
    lookalike = plain.replace("O", "0").replace("I", "1").replace("B", "8")
    return [
        code,
        code.lower(),
        plain,
        " ".join(plain[i : i + 4] for i in range(0, 32, 4)),
        "  " + code.lower().replace("-", " - ") + "\n",
        "-".join(plain[i : i + 2] for i in range(0, 32, 2)),
        lookalike,
        lookalike.lower(),
    ]


def test_recovery_code_accepted_in_sloppy_forms(vault_path):
    # A code full of look-alike letters, so that the 0/O 1/I 8/B mapping is exercised.
    code = "OIBO-IBOI-ABCD-EFGH-OOII-BBOO-2345-67OI"
    assert crypto.recovery_code_is_well_formed(code)
    vault, shown = Vault.create(vault_path, PASSPHRASE, recovery_code=code)
    assert shown == code
    vault.lock()
    for typed in _mangled_forms(code):
        Vault.unlock_with_recovery_code(vault_path, typed).lock()


def test_create_refuses_a_malformed_recovery_code(vault_path):
    with pytest.raises(ValueError):
        Vault.create(vault_path, PASSPHRASE, recovery_code="ABCD-EFGH")
    assert not vault_path.exists()
    assert not keyfile_path(vault_path).exists()


def test_recovery_then_new_passphrase(vault_path):
    vault, code = Vault.create(vault_path, PASSPHRASE)
    vault.lock()
    with Vault.unlock_with_recovery_code(vault_path, code.lower()) as recovered:
        recovered.change_passphrase("la nouvelle phrase de passe du cabinet")
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_passphrase(vault_path, PASSPHRASE)
    Vault.unlock_with_passphrase(vault_path, "la nouvelle phrase de passe du cabinet").lock()
    # The recovery code still works after a passphrase change.
    Vault.unlock_with_recovery_code(vault_path, code).lock()


def test_rotate_recovery_code_retires_the_old_one(vault_path):
    vault, old = Vault.create(vault_path, PASSPHRASE)
    new = vault.rotate_recovery_code()
    vault.lock()
    assert new != old
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery_code(vault_path, old)
    Vault.unlock_with_recovery_code(vault_path, new).lock()
    Vault.unlock_with_passphrase(vault_path, PASSPHRASE).lock()


NFC_E = "\u00e9"  # é composed
NFD_E = "e\u0301"  # é decomposed


@pytest.mark.parametrize(
    "secret",
    [
        'l\'apostrophe "et" les guillemets',
        "'--",
        "x'; DROP TABLE practice; --",
        "x'00112233'",
        "🔐 coffre 🩺 santé 👩‍⚕️",
        "é" * 1000,
        "a" * 1000,
        "tab\tnewline\nnul\x00",
        "",
    ],
    ids=[
        "quotes",
        "quote-dashes",
        "sql",
        "rawkey-lookalike",
        "emoji",
        "1000-accents",
        "1000-chars",
        "ctrl",
        "empty",
    ],
)
def test_odd_passphrases_round_trip(tmp_path, secret):
    secret = PASSPHRASE + secret  # strong enough to be accepted, odd characters still round-tripped
    path = tmp_path / "v.vault"
    vault, _code = Vault.create(path, secret)
    vault.lock()
    Vault.unlock_with_passphrase(path, secret).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_passphrase(path, secret + "!")


def test_nfd_typed_opens_nfc_created_and_back(tmp_path):
    nfc = f"mot de passe d{NFC_E}j{NFC_E} utilis{NFC_E} à Montr{NFC_E}al"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd and NFD_E in nfd
    a = tmp_path / "nfc.vault"
    vault, _ = Vault.create(a, nfc)
    vault.lock()
    Vault.unlock_with_passphrase(a, nfd).lock()
    b = tmp_path / "nfd.vault"
    vault, _ = Vault.create(b, nfd)
    vault.change_passphrase(nfd + " !")
    vault.lock()
    Vault.unlock_with_passphrase(b, nfc + " !").lock()


@settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(secret=st.text(min_size=0, max_size=60))
def test_property_any_text_passphrase_round_trips(secret):
    secret = PASSPHRASE + secret
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.vault"
        vault, _code = Vault.create(path, secret)
        vault.lock()
        Vault.unlock_with_passphrase(path, secret).lock()
        Vault.unlock_with_passphrase(path, unicodedata.normalize("NFD", secret)).lock()


@settings(max_examples=40, deadline=None, derandomize=True)
@given(secret=st.text(max_size=200), other=st.text(max_size=200))
def test_property_wrap_unwrap(secret, other):
    dek = crypto.new_dek()
    params = crypto.ScryptParams(n=2**10, r=8, p=1)
    slot = crypto.wrap(dek, crypto.normalize_passphrase(secret), b"aad", params)
    assert (
        crypto.unwrap(slot, crypto.normalize_passphrase(unicodedata.normalize("NFD", secret)), b"aad") == dek
    )
    if unicodedata.normalize("NFC", other) != unicodedata.normalize("NFC", secret):
        with pytest.raises(crypto.UnwrapFailed):
            crypto.unwrap(slot, crypto.normalize_passphrase(other), b"aad")
    with pytest.raises(crypto.UnwrapFailed):
        crypto.unwrap(slot, crypto.normalize_passphrase(secret), b"other aad")


def test_second_instance_is_refused_until_lock(vault, vault_path):
    before = file_state(vault_path)
    with pytest.raises(VaultInUse):
        Vault.unlock_with_passphrase(vault_path, PASSPHRASE)
    assert file_state(vault_path) == before
    assert vault.is_open  # the first instance is unaffected
    PracticeService(vault).get()
    vault.lock()
    assert not vault.is_open
    with pytest.raises(VaultLocked):
        _ = vault.conn
    vault.lock()  # idempotent
    again = Vault.unlock_with_passphrase(vault_path, PASSPHRASE)
    again.lock()


def test_create_on_an_open_or_existing_vault_is_refused(vault, vault_path):
    from core.errors import VaultExists

    before = file_state(vault_path)
    key_before = file_state(keyfile_path(vault_path))
    with pytest.raises(VaultExists):
        Vault.create(vault_path, "autre")
    assert file_state(vault_path) == before
    assert file_state(keyfile_path(vault_path)) == key_before


def test_lock_zeroes_the_key(vault):
    dek = vault._dek
    assert dek is not None and any(dek)
    vault.lock()
    assert not any(dek)
    with pytest.raises(VaultLocked):
        vault.with_dek()


def test_unlock_with_secret_takes_either_form(vault_path):
    vault, code = Vault.create(vault_path, PASSPHRASE)
    vault.lock()
    Vault.unlock_with_secret(vault_path, PASSPHRASE).lock()
    Vault.unlock_with_secret(vault_path, code.lower().replace("-", " ")).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_secret(vault_path, "ni l'un ni l'autre")
    with pytest.raises(WrongPassphrase):  # a well-formed but wrong code ends as a wrong passphrase
        Vault.unlock_with_secret(vault_path, crypto.new_recovery_code())


def test_unlock_with_secret_accepts_a_passphrase_shaped_like_a_code(tmp_path):
    shaped = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    path = tmp_path / "v.vault"
    vault, _code = Vault.create(path, shaped)
    vault.lock()
    Vault.unlock_with_secret(path, shaped).lock()


def test_verify_passphrase(vault, vault_path):
    from core.paths import keyfile_path

    before = file_state(keyfile_path(vault_path))
    assert vault.verify_passphrase(PASSPHRASE) is True
    assert vault.verify_passphrase(unicodedata.normalize("NFD", PASSPHRASE)) is True
    assert vault.verify_passphrase(PASSPHRASE + " ") is False
    assert vault.verify_passphrase("") is False
    assert file_state(keyfile_path(vault_path)) == before
    vault.change_passphrase("la suivante, bien plus longue")
    assert vault.verify_passphrase(PASSPHRASE) is False
    assert vault.verify_passphrase("la suivante, bien plus longue") is True
    assert vault.is_open
