"""Which half of Vigie a command line asks for: the GUI or a headless command.

Kept apart from :mod:`core.cli` (argparse, every command module, the version from pyproject) so that starting
the GUI imports nothing it does not need before the unlock window is visible.
"""

from __future__ import annotations

# Options that the GUI accepts too: they alone do not make a command line headless.
GUI_OPTIONS_WITH_VALUE = ("--vault", "--lang")


def is_headless(args: list[str]) -> bool:
    rest = list(args)
    while rest:
        head = rest[0]
        if head in GUI_OPTIONS_WITH_VALUE:
            rest = rest[2:]
        elif any(head.startswith(opt + "=") for opt in GUI_OPTIONS_WITH_VALUE):
            rest = rest[1:]
        else:
            return True
    return False
