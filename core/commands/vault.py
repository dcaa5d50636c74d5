"""``vault create`` and ``vault check``."""

from __future__ import annotations

import argparse
import sys

from core.commands.common import add_vault_option, read_passphrase, vault_path
from core.errors import CorruptVault


def register(sub: argparse._SubParsersAction) -> None:
    vault = sub.add_parser("vault", help="créer ou vérifier un coffre")
    vsub = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    create = vsub.add_parser("create", help="créer un coffre vide et afficher le code de secours")
    add_vault_option(create)
    create.add_argument("--name", default="Mon cabinet", help="nom du cabinet")
    create.add_argument("--profession", default="medecin_generaliste", help="code de profession")
    create.set_defaults(func=_create)

    check = vsub.add_parser("check", help="vérifier la clé et l'intégrité du coffre")
    add_vault_option(check)
    check.set_defaults(func=_check)


def _create(args: argparse.Namespace) -> int:
    from core.domain.practice import Practice
    from core.services.setup import create_vault

    path = vault_path(args)
    passphrase = read_passphrase(confirm=True)
    vault, code = create_vault(path, passphrase, Practice(name=args.name, profession=args.profession))
    vault.lock()
    print(f"Coffre créé : {path}")
    print("Code de secours (à imprimer ou recopier, il ne sera plus affiché) :")
    print(code)
    return 0


def _check(args: argparse.Namespace) -> int:
    from core.vault import Vault

    path = vault_path(args)
    try:
        vault = Vault.unlock_with_passphrase(path, read_passphrase())
    except CorruptVault as exc:
        print(str(exc), file=sys.stderr)
        return 1
    with vault:
        report = vault.check()
    if report.sound:
        print(
            f"Coffre sain : clé correcte, intégrité vérifiée (schéma {report.schema_version}, "
            f"SQLCipher {report.cipher_version})."
        )
        return 0
    print("Le coffre est endommagé :", file=sys.stderr)
    for problem in report.problems[:20]:
        print(f"- {problem}", file=sys.stderr)
    return 1
