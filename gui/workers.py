"""One serial worker thread for vault calls, so key derivation and database work never freeze the window.

Results come back on the GUI thread through Qt signals (queued across threads). One thread only: the
SQLCipher connection is used by one caller at a time, in submission order.
"""

from __future__ import annotations

import threading
from _queue import SimpleQueue  # the C queue itself: ``queue`` imports more than the first window needs
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing delays the first window
if TYPE_CHECKING:
    from typing import Any


def _log():  # noqa: ANN202 - logging.Logger; imported on first use (start-up time)
    import logging

    return logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class Worker(QObject):
    """``submit(fn, on_done, on_error)``: ``fn`` runs in the worker thread, the callbacks in the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A thread and a queue rather than concurrent.futures: the same serial order, and the first window does
        # not wait for that package's import. Started on first use.
        self._queue: SimpleQueue[Callable[[], None] | None] = SimpleQueue()
        self._thread: threading.Thread | None = None
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
            _log().info("work submitted after shutdown dropped")
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
                _log().error("background task failed: %s", type(exc).__name__)

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

        self._put(run)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def wait_idle(self) -> None:
        """Block until queued work is done (before closing the vault: nothing may still be using it)."""
        if self._thread is None:
            return
        reached = threading.Event()
        self._put(reached.set)
        reached.wait()

    def shutdown(self) -> None:
        """Run what is queued, then stop the thread (later submissions are dropped)."""
        self._closed = True
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def _put(self, job: Callable[[], None]) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="vigie-worker", daemon=True)
            self._thread.start()
        self._queue.put(job)

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            job()  # never raises: ``run`` reports every failure through its relay
