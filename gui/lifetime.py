"""Worker results may arrive after their screen was closed (vault locked, window gone): drop them then."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def if_alive(owner: QObject, callback: Callable[..., Any]) -> Callable[..., None]:
    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call
