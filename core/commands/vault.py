"""``vault create``, ``vault check``, ``vault passwd`` and ``vault recover``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from core.commands.common import add_vault_option, read_passphrase, vault_path
from core.errors import CorruptVault

NEW_PASSPHRASE_ENV = "VIGIE_NEW_PASSPHRASE"
RECOVERY_CODE_ENV = "VIGIE_RECOVERY_CODE"


def register(sub: argparse._SubParsersAction) -> None:
    vault = sub.add_parser("vault", help="créer ou vérifier un coffre, changer sa phrase de passe")
    vsub = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    create = vsub.add_parser("create", help="créer un coffre vide et afficher le code de secours")
    add_vault_option(create)
    create.add_argument("--name", default="Mon cabinet", help="nom du cabinet")
    create.add_argument("--profession", default="medecin_generaliste", help="code de profession")
    create.set_defaults(func=_create)

    check = vsub.add_parser("check", help="vérifier la clé, le fichier de clés et l'intégrité du coffre")
    add_vault_option(check)
    check.set_defaults(func=_check)

    passwd = vsub.add_parser(
        "passwd",
        help=f"changer la phrase de passe (actuelle : VIGIE_PASSPHRASE, nouvelle : {NEW_PASSPHRASE_ENV}, "
        "sinon demandées)",
    )
    add_vault_option(passwd)
    passwd.set_defaults(func=_passwd)

    recover = vsub.add_parser(
        "recover",
        help=f"phrase de passe oubliée : ouvrir avec le code de secours ({RECOVERY_CODE_ENV}) et en choisir "
        f"une nouvelle ({NEW_PASSPHRASE_ENV})",
    )
    add_vault_option(recover)
    recover.set_defaults(func=_recover)


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
            f"SQLCipher {report.cipher_version}), fichier de clés intact (phrase de passe et code de secours)."
        )
        return 0
    print("Le coffre est endommagé :", file=sys.stderr)
    for problem in [*report.problems[:20], *report.key_file_problems]:
        print(f"- {problem}", file=sys.stderr)
    return 1


def _secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise SystemExit(f"{prompt} requis : définissez {env} ou lancez depuis un terminal.")
    first = getpass.getpass(f"{prompt} : ")
    if confirm and getpass.getpass(f"Confirmez ({prompt.lower()}) : ") != first:
        raise SystemExit("Les deux saisies diffèrent.")
    return first


def _passwd(args: argparse.Namespace) -> int:
    from core.vault import Vault

    path = vault_path(args)
    vault = Vault.unlock_with_passphrase(path, read_passphrase())
    with vault:
        vault.change_passphrase(_secret(NEW_PASSPHRASE_ENV, "Nouvelle phrase de passe", confirm=True))
    print("Phrase de passe changée. Le code de secours reste valable.")
    return 0


def _recover(args: argparse.Namespace) -> int:
    from core.vault import Vault

    path = vault_path(args)
    vault = Vault.unlock_with_recovery_code(path, _secret(RECOVERY_CODE_ENV, "Code de secours"))
    with vault:
        vault.change_passphrase(_secret(NEW_PASSPHRASE_ENV, "Nouvelle phrase de passe", confirm=True))
    print(
        "Coffre ouvert avec le code de secours et nouvelle phrase de passe enregistrée. Le code de secours reste "
        "valable ; générez-en un nouveau dans les réglages si vous pensez qu'il a été vu."
    )
    return 0
