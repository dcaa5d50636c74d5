"""Process hygiene: no core dumps (they would hold the key and patient data in clear)."""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4


def harden_process() -> None:
    if sys.platform.startswith("linux") or sys.platform == "darwin":
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            _libc_prctl()(PR_SET_DUMPABLE, 0, 0, 0, 0)  # not dumpable, nor open to ptrace by other processes


def _libc_prctl():  # noqa: ANN202 - a foreign function of libc
    """libc's ``prctl``, reached through ``_ctypes``, the C half of ``ctypes``: importing ``ctypes`` itself (its
    classes, ``struct``) costs the first window 2 ms, and this runs before it. ``ctypes`` if that half changes."""
    try:
        from _ctypes import FUNCFLAG_CDECL, CFuncPtr, dlopen

        class Function(CFuncPtr):  # what ctypes.CFUNCTYPE(c_int) builds: C calling convention, int result
            _flags_ = FUNCFLAG_CDECL

        class Libc:  # what ctypes.CDLL(None) holds: the handle of the process's own symbols
            _handle = dlopen(None)

        return Function(("prctl", Libc))
    except (ImportError, AttributeError, TypeError):
        import ctypes

        return ctypes.CDLL(None).prctl
