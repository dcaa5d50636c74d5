"""Imported by Python at start-up in the suite's child processes (their PYTHONPATH starts with this folder):
the same cheap key derivation as in the test process, injected before the app runs."""

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.append(str(_ROOT))

from tests.fast_kdf import install  # noqa: E402

install()
