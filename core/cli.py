"""Headless commands (``python main.py <command> ...``). Never imports Qt.

Each feature adds a module to :data:`COMMAND_MODULES`; the module exposes ``register(subparsers)`` and sets
``func`` on its parsers. ``func(args) -> int`` returns the exit code. Errors from :mod:`core.errors` become a
French message on standard error and exit code 1 (2 for invalid input), never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from core.errors import InvalidInput, VigieError
from core.launch import GUI_OPTIONS_WITH_VALUE, is_headless  # noqa: F401 - re-exported

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
    "core.commands.documents",
)


class _VersionAction(argparse.Action):
    """``--version``, reading pyproject.toml only when asked (not on every command: ``assess`` start-up time)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="show program's version number and exit",
        )

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001
        from core.version import version

        parser._print_message(f"Vigie {version()}\n", sys.stdout)
        parser.exit()


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; given the command about to run, only its module when it is named after it (so
    ``assess`` does not import the other commands). Anything else gets the full parser, help and errors included.
    """
    only = f"core.commands.{command}"
    if command and only in COMMAND_MODULES:
        parser, sub = _root_parser()
        importlib.import_module(only).register(sub)
        if command in sub.choices:
            return parser
    parser, sub = _root_parser()
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter asks ``shutil`` for the terminal width, importing it (and more) on every command, help
    or not: the same width from ``os``, already loaded."""

    def __init__(self, prog: str, **kwargs: object) -> None:
        try:
            columns = os.get_terminal_size().columns
        except OSError:  # not a terminal (pipe, file)
            columns = 80
        kwargs.setdefault("width", max(columns - 2, 40))
        super().__init__(prog, **kwargs)  # type: ignore[arg-type]


class _Parser(argparse.ArgumentParser):
    """Every parser of the command line (sub-commands are made with the root's class) uses ``_Formatter``."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]


def _root_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    parser = _Parser(
        prog="vigie",
        description="Vigie : registre RGPD, sécurité et violations de données pour un cabinet de santé.",
    )
    parser.add_argument("--version", action=_VersionAction)
    return parser, parser.add_subparsers(dest="command", metavar="COMMANDE")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv[0] if argv and not argv[0].startswith("-") else None)
    args = parser.parse_args(argv)
    if getattr(args, "logs", True):  # a pure computation (``assess``) logs nothing: no logging set-up to pay for
        import logging

        from core.logs import setup as setup_logging

        setup_logging(logging.WARNING)
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
