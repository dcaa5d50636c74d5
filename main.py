"""Vigie entry point: no argument (or only --vault/--lang) starts the GUI; a sub-command runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from core.launch import is_headless

    if is_headless(args):
        from core.cli import main as cli_main

        return cli_main(args)
    from gui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
