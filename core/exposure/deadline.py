"""One wall-clock deadline for everything said to the box, which a Cancel button can also end early.

Socket timeouts alone bound each wait, not the whole: a box that sends one byte every two seconds never trips a
three-second timeout. Every wait in the scan is cut into short slices so that a cancel or the end of the budget
is noticed within a quarter of a second, whatever the peer does.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

SLICE = 0.25  # seconds: the longest a single blocking wait may last before the deadline is looked at again


class Expired(Exception):
    """The time budget ran out (``cancelled`` False) or the user cancelled the scan (``cancelled`` True).
    ``answered``: set by the HTTP client, whether any byte of the peer's answer had arrived (None: not known)."""

    def __init__(self, cancelled: bool) -> None:
        super().__init__("annulé" if cancelled else "délai dépassé")
        self.cancelled = cancelled
        self.answered: bool | None = None


class Deadline:
    def __init__(
        self,
        seconds: float,
        *,
        cancel: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._clock = clock
        self._end = clock() + max(0.0, seconds)
        self.cancel = cancel or threading.Event()

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()

    def left(self) -> float:
        return max(0.0, self._end - self._clock())

    @property
    def expired(self) -> bool:
        return self.cancelled or self.left() <= 0

    def check(self) -> None:
        """Raise :class:`Expired` when the budget is spent or the scan was cancelled."""
        if self.cancelled:
            raise Expired(True)
        if self.left() <= 0:
            raise Expired(False)

    def sub(self, seconds: float) -> Deadline:
        """A shorter deadline inside this one (one HTTP call), sharing the same cancel event."""
        return Deadline(min(seconds, self.left()), cancel=self.cancel, clock=self._clock)

    def slice(self) -> float:
        """How long the next blocking wait may last (checks first)."""
        self.check()
        return max(0.001, min(SLICE, self.left()))
