"""Cheap key derivation for the test suite only, injected into ``core.crypto`` (the app has no such switch).

Slots record their own parameters, so a vault made here opens anywhere; production code never lowers the cost.
"""

from __future__ import annotations

FAST_N = 2**10


def install() -> None:
    from core import crypto

    crypto.DEFAULT_SCRYPT = crypto.ScryptParams(n=FAST_N, r=8, p=1)
    crypto.MIN_SCRYPT_N = FAST_N
