"""Tests that hold for the PySide6 that CI and the bundle use (6.12, on Python 3.12+), not the 3.11 pairing."""

from __future__ import annotations

import pytest
from PySide6 import __version_info__ as PYSIDE_VERSION

needs_pyside_6_12 = pytest.mark.skipif(
    tuple(PYSIDE_VERSION[:2]) < (6, 12),
    reason=(
        "PySide6 6.11 (paired with Python 3.11): its lupdate does not read our plural calls and its Qt asks for "
        "other texts; these tests run with PySide6 6.12 on Python 3.12+, as CI and the bundle do"
    ),
)
