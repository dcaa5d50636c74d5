"""Headless commands (``python main.py <command> ...``). Never imports Qt.

Each feature adds a module to :data:`COMMAND_MODULES`; the module exposes ``register(subparsers)`` and sets
``func`` on its parsers. ``func(args) -> int`` returns the exit code. Errors from :mod:`core.errors` become a
French message on standard error and exit code 1 (2 for invalid input), never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from core.errors import InvalidInput, VigieError
from core.launch import GUI_OPTIONS_WITH_VALUE, is_headless  # noqa: F401 - re-exported
from core.version import version

# Command modules are imported on every run: keep their top-level imports light (import services, the vault
# or reportlab inside the command function) so that e.g. ``assess`` answers fast.
COMMAND_MODULES: tuple[str, ...] = (
    "core.commands.vault",
    "core.commands.demo",
    "core.commands.register",
    "core.commands.backup",
    "core.commands.exposure",
    "core.commands.checklist",
    "core.commands.assess",
    "core.commands.incident",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigie",
        description="Vigie : registre RGPD, sécurité et violations de données pour un cabinet de santé.",
    )
    parser.add_argument("--version", action="version", version=f"Vigie {version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from core.logs import setup as setup_logging

    setup_logging(logging.WARNING)
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(func(args))
    except InvalidInput as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except VigieError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130
