"""Key wrapping: the data key (DEK) is sealed with AES-256-GCM under a key derived by scrypt.

Why scrypt: memory-hard, in the standard library, and tuned here to ~0.5 s so that guessing a passphrase from a
stolen key file is expensive. The parameters travel with each slot so that they can be raised later.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

DEK_BYTES = 32
RECOVERY_BITS = 160
_B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**17
    r: int = 8
    p: int = 1

    def as_dict(self) -> dict[str, int]:
        return {"n": self.n, "r": self.r, "p": self.p}


# The cost of every new slot and the floor below which no slot is written. Module values, not settings: the
# app has no switch to lower them (no environment variable, no option). Only the test suite replaces them
# (tests/conftest.py monkeypatches both) to keep hundreds of vault creations fast.
DEFAULT_SCRYPT = ScryptParams()
MIN_SCRYPT_N = 2**17


class WeakKdfParameters(ValueError):
    """A slot would be written with a cost below :data:`MIN_SCRYPT_N`."""


def default_scrypt() -> ScryptParams:
    return DEFAULT_SCRYPT


def below_floor(slot: dict[str, object]) -> bool:
    """True when an existing slot was sealed with a cost under today's floor (it is re-sealed when possible)."""
    try:
        return int(slot["n"]) < MIN_SCRYPT_N  # type: ignore[call-overload]
    except (KeyError, TypeError, ValueError):
        return True


def new_dek() -> bytearray:
    return bytearray(secrets.token_bytes(DEK_BYTES))


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC so that the same passphrase typed on macOS (NFD) and Windows (NFC) gives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(secret: bytes, salt: bytes, params: ScryptParams) -> bytes:
    maxmem = 128 * params.r * params.n * 2 + 1024 * 1024
    return hashlib.scrypt(secret, salt=salt, n=params.n, r=params.r, p=params.p, maxmem=maxmem, dklen=32)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def wrap(dek: bytes | bytearray, secret: bytes, aad: bytes, params: ScryptParams) -> dict[str, object]:
    if params.n < MIN_SCRYPT_N:
        raise WeakKdfParameters(f"scrypt n={params.n} is below the floor {MIN_SCRYPT_N}")
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = derive(secret, salt, params)
    sealed = AESGCM(kek).encrypt(nonce, bytes(dek), aad)
    return {
        "kdf": "scrypt",
        **params.as_dict(),
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "sealed": _b64(sealed),
    }


class UnwrapFailed(Exception):
    """The secret does not open this slot (or the slot was altered: GCM cannot tell the two apart)."""


def unwrap(slot: dict[str, object], secret: bytes, aad: bytes) -> bytearray:
    try:
        params = ScryptParams(n=int(slot["n"]), r=int(slot["r"]), p=int(slot["p"]))  # type: ignore[arg-type]
        salt = _unb64(str(slot["salt"]))
        nonce = _unb64(str(slot["nonce"]))
        sealed = _unb64(str(slot["sealed"]))
    except (KeyError, ValueError, TypeError) as exc:
        raise ValueError("malformed key slot") from exc
    # A tampered key file must not make us allocate gigabytes: cap scrypt's memory (128·r·n·p bytes) at 1 GiB.
    if (
        slot.get("kdf") != "scrypt"
        or not (2**10 <= params.n <= 2**20)
        or not (1 <= params.r <= 32)
        or not (1 <= params.p <= 16)
        or 128 * params.r * params.n * params.p > 2**30
    ):
        raise ValueError("unsupported key slot parameters")
    kek = derive(secret, salt, params)
    try:
        return bytearray(AESGCM(kek).decrypt(nonce, sealed, aad))
    except InvalidTag as exc:
        raise UnwrapFailed from exc


def key_check_value(dek: bytes | bytearray, db_uuid: str) -> str:
    """Tells "wrong key" from "corrupt database", which SQLCipher reports with the same error."""
    return hmac.new(bytes(dek), b"kcv|" + db_uuid.encode(), hashlib.sha256).hexdigest()[:32]


def new_recovery_code() -> str:
    """160 random bits as 32 base32 characters in 8 groups of 4, to be printed and kept offline."""
    raw = base64.b32encode(secrets.token_bytes(RECOVERY_BITS // 8)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalize_recovery_code(code: str) -> str:
    """Accept lowercase, spaces, dashes and the usual look-alikes (0/O, 1/I, 8/B)."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    return cleaned


def recovery_code_is_well_formed(code: str) -> bool:
    cleaned = normalize_recovery_code(code)
    return len(cleaned) == 32 and all(ch in _B32_ALPHABET for ch in cleaned)


def zero(buf: bytearray) -> None:
    """Best effort: Python cannot promise that no other copy of the key exists (documented residual risk)."""
    for i in range(len(buf)):
        buf[i] = 0


def anchor_key(dek: bytes | bytearray, db_uuid: str) -> bytes:
    """A key derived from the data key, used only to authenticate the journal's head kept outside the vault."""
    return hmac.new(bytes(dek), b"vigie-ledger-anchor|" + db_uuid.encode(), hashlib.sha256).digest()


def anchor_mac(key: bytes, db_uuid: str, seq: int, head_hash: str) -> str:
    return hmac.new(key, f"anchor|{db_uuid}|{int(seq)}|{head_hash}".encode(), hashlib.sha256).hexdigest()
