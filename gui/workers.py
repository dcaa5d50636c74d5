"""One serial worker thread for vault calls, so key derivation and database work never freeze the window.

Results come back on the GUI thread through Qt signals (queued across threads). One thread only: the
SQLCipher connection is used by one caller at a time, in submission order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class Worker(QObject):
    """``submit(fn, on_done, on_error)``: ``fn`` runs in the worker thread, the callbacks in the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vigie-worker")
        self._pending = 0
        self._relays: set[_Relay] = set()
        self._closed = False

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        if self._closed:  # the session is over (quit, test teardown): a late screen's request is dropped
            log.info("work submitted after shutdown dropped")
            return
        relay = _Relay()
        self._relays.add(relay)

        def finish() -> None:
            self._relays.discard(relay)
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)

        def handle_done(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def handle_failed(exc: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background task failed: %s", type(exc).__name__)

        relay.done.connect(handle_done)
        relay.failed.connect(handle_failed)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def run() -> None:
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001 - every failure is reported to the GUI
                relay.failed.emit(exc)
            else:
                relay.done.emit(result)

        self._pool.submit(run)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def wait_idle(self) -> None:
        """Block until queued work is done (before closing the vault: nothing may still be using it)."""
        self._pool.submit(lambda: None).result()

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True)
