"""``register export`` and ``register import``: the processing register without the GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.commands.common import add_vault_option, open_vault
from core.wording import count


def register(sub: argparse._SubParsersAction) -> None:
    reg = sub.add_parser("register", help="exporter ou importer le registre des traitements")
    rsub = reg.add_subparsers(dest="register_command", metavar="ACTION", required=True)

    export = rsub.add_parser("export", help="exporter le registre (PDF à imprimer, JSON, CSV)")
    add_vault_option(export)
    export.add_argument("--format", choices=("pdf", "json", "csv"), required=True, help="format du fichier")
    export.add_argument("--out", type=Path, required=True, metavar="FICHIER", help="fichier à écrire")
    export.set_defaults(func=_export)

    imp = rsub.add_parser("import", help="remplacer le registre par un fichier JSON vigie.register/1")
    add_vault_option(imp)
    imp.add_argument("file", type=Path, metavar="FICHIER", help="fichier JSON exporté par Vigie")
    imp.add_argument(
        "--replace", action="store_true", help="remplacer le registre existant s'il contient déjà des fiches"
    )
    imp.set_defaults(func=_import)


def _export(args: argparse.Namespace) -> int:
    import io

    from core.services import register_exchange as exchange
    from core.storage.atomic import write_atomic

    writers = {"pdf": exchange.export_pdf, "json": exchange.export_json, "csv": exchange.export_csv}
    buffer = io.BytesIO()
    with open_vault(args) as vault:
        writers[args.format](vault, buffer)
    out = Path(args.out)
    try:
        write_atomic(out, buffer.getvalue())
    except OSError as exc:
        print(f"Écriture impossible de {out} : {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Registre exporté ({args.format.upper()}) : {args.out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from core.services import register_exchange as exchange

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        print(f"Lecture impossible de {args.file} : {exc.strerror or exc}", file=sys.stderr)
        return 1
    with open_vault(args) as vault:
        activities, processors = exchange.import_json(vault, data, replace_existing=args.replace)
    print(
        f"Registre importé : {count(activities, 'activité', 'activités')}, "
        f"{count(processors, 'prestataire', 'prestataires')}."
    )
    return 0
