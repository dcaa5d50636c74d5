"""Process hygiene: no core dumps (they would hold the key and patient data in clear)."""

from __future__ import annotations

import contextlib
import sys


def harden_process() -> None:
    if sys.platform.startswith("linux") or sys.platform == "darwin":
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None)
            libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4 → not dumpable
