"""``backup``, ``restore`` and ``verify``: keep every record, prove it was not altered."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.commands.common import add_vault_option, open_vault, read_passphrase, vault_path


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="sauvegarde chiffrée et vérifiée du coffre")
    add_vault_option(backup)
    backup.add_argument(
        "--to", type=Path, required=True, metavar="DOSSIER", help="dossier de destination (clé USB…)"
    )
    backup.set_defaults(func=_backup)

    restore = sub.add_parser("restore", help="restaurer une sauvegarde (le coffre actuel est mis de côté)")
    add_vault_option(restore)
    restore.add_argument(
        "--from",
        dest="source",
        type=Path,
        required=True,
        metavar="SAUVEGARDE",
        help="dossier vigie-sauvegarde-… à restaurer",
    )
    restore.set_defaults(func=_restore)

    verify = sub.add_parser(
        "verify",
        help="vérifier l'intégrité du coffre et de son journal",
        epilog=(
            "Codes de sortie : 0 coffre sain, 1 coffre non sain ou endommagé (chaque constat est écrit). "
            "JSON : format vigie.verify/1 (voir docs/security.md)."
        ),
    )
    add_vault_option(verify)
    verify.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help="langue du résultat (fr par défaut)"
    )
    verify.add_argument(
        "--json",
        action="store_true",
        help="résultat en JSON sur la sortie standard (format vigie.verify/1 : sain, journal, constats)",
    )
    verify.set_defaults(func=_verify)


def _backup(args: argparse.Namespace) -> int:
    from core.services.backup import create_backup

    with open_vault(args) as vault:
        folder = create_backup(vault, args.to, kind="manual")
    print(f"Sauvegarde vérifiée : {folder}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from core.services.backup import restore

    print("Phrase de passe en vigueur lors de la sauvegarde (ou code de secours) :", file=sys.stderr)
    aside = restore(vault_path(args), args.source, read_passphrase())
    print(f"Sauvegarde restaurée dans {vault_path(args)}.")
    if aside != vault_path(args):
        print(f"L'ancien coffre est conservé sous {aside}.")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from core.errors import CorruptVault
    from core.services.backup import verify_vault

    try:
        vault = open_vault(args)
    except CorruptVault as exc:
        print(str(exc), file=sys.stderr)
        return 1
    with vault:
        report = verify_vault(vault)
    lang = getattr(args, "lang", "fr")
    if getattr(args, "json", False):
        import json

        json.dump(report.as_json(lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0 if report.sound else 1
    if report.sound:
        print(report.summary(lang))
        return 0
    print(report.summary(lang), file=sys.stderr)
    for reason in report.lines(lang):
        print(f"- {reason}", file=sys.stderr)
    return 1
