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

    verify = sub.add_parser("verify", help="vérifier l'intégrité du coffre et de son journal")
    add_vault_option(verify)
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
    if report.sound:
        head = report.chain.head.short() if report.chain else "—"
        count = report.chain.entries if report.chain else 0
        entries = "entrée" if count <= 1 else "entrées"
        print(
            f"Coffre sain : intégrité vérifiée, journal intact ({count} {entries}, tête {head}), "
            "enregistrements probants conformes au journal, fichier de clés intact."
        )
        return 0
    print("Le coffre n'est pas sain :", file=sys.stderr)
    for reason in report.reasons:
        print(f"- {reason}", file=sys.stderr)
    return 1
