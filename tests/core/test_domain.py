"""Domain validation (practice identity), passphrase strength and recovery-code normalisation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import crypto
from core.domain.practice import Practice, luhn_ok
from core.errors import InvalidInput, WeakPassphrase
from core.passphrase import check_strength, estimate


def _luhn_complete(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


def _paths(exc: InvalidInput) -> set[str]:
    return {p.path for p in exc.problems}


GOOD = Practice(
    name="  Cabinet Dupont ",
    profession="infirmier",
    rpps="101 0123 4567",
    siret="732 829 320 00074",
    postcode="75 011",
    email="contact@cabinet.fr",
)


def test_good_identity_is_normalised():
    p = GOOD.validated()
    assert p.name == "Cabinet Dupont"
    assert p.rpps == "10101234567"
    assert p.siret == "73282932000074"
    assert p.siren == "732829320"  # derived from the SIRET
    assert p.postcode == "75011"


def test_siren_given_must_match_siret():
    Practice(name="C", profession="infirmier", siret="73282932000074", siren="732829320").validated()
    with pytest.raises(InvalidInput) as info:
        Practice(name="C", profession="infirmier", siret="73282932000074", siren="552100554").validated()
    assert _paths(info.value) == {"siren"}


@pytest.mark.parametrize(
    "changes,paths",
    [
        ({"name": "   "}, {"name"}),
        ({"profession": ""}, {"profession"}),
        ({"rpps": "1234"}, {"rpps"}),
        ({"rpps": "1010123456A"}, {"rpps"}),
        ({"adeli": "12345678"}, {"adeli"}),
        ({"siret": "73282932000075"}, {"siret"}),  # bad Luhn key
        ({"siret": "7328293200007"}, {"siret"}),  # 13 digits
        ({"siret": "", "siren": "732829321"}, {"siren"}),  # bad Luhn key
        ({"siret": "", "siren": "7328293"}, {"siren"}),
        ({"postcode": "7501"}, {"postcode"}),
        ({"email": "pas-une-adresse"}, {"email"}),
        ({"dpo_designated": True}, {"dpo_name"}),
        ({"name": "", "rpps": "1", "email": "x@"}, {"name", "rpps", "email"}),
    ],
)
def test_bad_identity_is_rejected_with_field_paths(changes, paths):
    from dataclasses import replace

    with pytest.raises(InvalidInput) as info:
        replace(GOOD, **changes).validated()
    assert _paths(info.value) == paths
    assert all(p.problem for p in info.value.problems)  # each problem says why, in French


def test_dpo_with_a_name_is_fine():
    from dataclasses import replace

    replace(GOOD, dpo_designated=True, dpo_name="Mme DPO", dpo_contact="dpo@exemple.fr").validated()


@settings(max_examples=60, derandomize=True, deadline=None)
@given(body=st.text("0123456789", min_size=8, max_size=8), pos=st.integers(0, 8), delta=st.integers(1, 9))
def test_property_luhn_siren(body, pos, delta):
    siren = _luhn_complete(body)
    assert Practice(name="C", profession="infirmier", siren=siren).validated().siren == siren
    siret = _luhn_complete(siren + "0000")
    assert Practice(name="C", profession="infirmier", siret=siret).validated().siren == siren
    # Luhn catches every single-digit error.
    wrong = siren[:pos] + str((int(siren[pos]) + delta) % 10) + siren[pos + 1 :]
    with pytest.raises(InvalidInput) as info:
        Practice(name="C", profession="infirmier", siren=wrong).validated()
    assert _paths(info.value) == {"siren"}


@pytest.mark.parametrize(
    "weak",
    [
        "",
        "court",
        "motdepasse",
        "password123",
        "azertyuiop",
        "1234567890",
        "aaaaaaaaaaaa",
        "Cabinet Dupont 1",
    ],
)
def test_weak_passphrases_are_refused(weak):
    strength = estimate(weak, user_inputs=["Cabinet Dupont", "Dupont", "Paris"])
    assert not strength.acceptable
    assert strength.reason
    with pytest.raises(WeakPassphrase):
        check_strength(weak, user_inputs=["Cabinet Dupont", "Dupont", "Paris"])


@pytest.mark.parametrize(
    "strong",
    ["cheval batterie agrafe correcte", "lune-Orage-7-tisane-Brique", "é" * 3 + "😀 trèfle ponton vif"],
)
def test_strong_passphrases_are_accepted(strong):
    strength = estimate(strong)
    assert strength.acceptable, strength
    assert strength.score >= 3
    check_strength(strong)


@pytest.mark.parametrize("length", [71, 72, 73, 200, 1000, 100_000])
def test_long_passphrases_are_scored_not_crashed(length):
    sentence = ("le chat de la voisine mange des tartines de confiture au petit matin " * 2000)[:length]
    assert estimate(sentence).acceptable
    assert not estimate("x" * length).acceptable  # a long run of one character stays weak


def test_setup_accepts_a_long_passphrase(vault_path, practice):
    from core.services.setup import create_vault
    from core.vault import Vault

    long_one = "une phrase de passe vraiment longue, sans rapport avec le cabinet, " * 3
    vault, _code = create_vault(vault_path, long_one, practice)
    vault.lock()
    Vault.unlock_with_passphrase(vault_path, long_one).lock()


def test_new_recovery_codes_are_well_formed_and_distinct():
    codes = {crypto.new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert crypto.recovery_code_is_well_formed(code)
        groups = code.split("-")
        assert len(groups) == 8 and all(len(g) == 4 for g in groups)


_LOOKALIKE = {"O": "0", "I": "1", "B": "8"}


@st.composite
def mangled_codes(draw):
    raw = draw(st.binary(min_size=20, max_size=20))
    import base64

    canonical = base64.b32encode(raw).decode("ascii")
    out = []
    for ch in canonical:
        if ch in _LOOKALIKE and draw(st.booleans()):
            ch = _LOOKALIKE[ch]
        if draw(st.booleans()):
            ch = ch.lower()
        out.append(ch)
        out.append(draw(st.sampled_from(["", "", "", " ", "-", " - ", "\t", "  "])))
    prefix = draw(st.sampled_from(["", " ", "\n", "-"]))
    return canonical, prefix + "".join(out)


@settings(max_examples=50, derandomize=True, deadline=None)
@given(pair=mangled_codes())
def test_property_recovery_code_survives_mangling(pair):
    canonical, typed = pair
    assert crypto.normalize_recovery_code(typed) == canonical
    assert crypto.recovery_code_is_well_formed(typed)


@settings(derandomize=True, deadline=None)
@given(code=st.text(max_size=60))
def test_property_normalize_recovery_code_is_idempotent(code):
    once = crypto.normalize_recovery_code(code)
    assert crypto.normalize_recovery_code(once) == once
    assert " " not in once and "-" not in once


def test_malformed_recovery_codes():
    for bad in ("", "ABCD", "A" * 31, "A" * 33, "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-456!9"):
        assert not crypto.recovery_code_is_well_formed(bad), bad
