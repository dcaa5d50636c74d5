"""``demo``: a vault for a fictitious practice, growing with every feature."""

from __future__ import annotations

import argparse

from core.commands.common import add_vault_option, read_passphrase, vault_path


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="créer un coffre de démonstration (cabinet fictif)")
    add_vault_option(demo)
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small : un cabinet réaliste ; large : des milliers d'enregistrements",
    )
    demo.set_defaults(func=_demo)


def _demo(args: argparse.Namespace) -> int:
    from core.demo import build

    path = vault_path(args)
    vault, code = build(path, read_passphrase(), size=args.size)
    vault.lock()
    print(f"Coffre de démonstration créé : {path}")
    print(f"Code de secours : {code}")
    return 0
