"""Shared pieces of the headless commands: the --vault option, reading the passphrase, opening the vault."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from core.paths import default_vault_path

if TYPE_CHECKING:
    from core.vault import Vault

PASSPHRASE_ENV = "VIGIE_PASSPHRASE"


def add_vault_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault",
        type=Path,
        default=None,
        metavar="CHEMIN",
        help=f"fichier du coffre (par défaut : {default_vault_path()})",
    )


def vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault) if getattr(args, "vault", None) else default_vault_path()


def read_passphrase(confirm: bool = False) -> str:
    """From VIGIE_PASSPHRASE, else prompted on the terminal (never echoed, never logged)."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise SystemExit(
            f"Phrase de passe requise : définissez {PASSPHRASE_ENV} ou lancez depuis un terminal."
        )
    first = getpass.getpass("Phrase de passe : ")
    if confirm:
        second = getpass.getpass("Confirmez la phrase de passe : ")
        if first != second:
            raise SystemExit("Les deux saisies diffèrent.")
    return first


def open_vault(args: argparse.Namespace) -> Vault:
    from core.vault import Vault

    return Vault.unlock_with_passphrase(vault_path(args), read_passphrase())
