"""Vigie core: everything that touches the practice's data, without Qt.

Nothing in this package may import PySide6 or ``gui`` (enforced by tests/core/test_layering.py).
"""
