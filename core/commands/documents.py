"""``emergency-kit`` and ``notice``: print the two paper documents without opening the GUI."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.commands.common import add_vault_option, open_vault


def register(sub: argparse._SubParsersAction) -> None:
    kit = sub.add_parser("emergency-kit", help="imprimer le kit d'urgence (PDF)")
    add_vault_option(kit)
    kit.add_argument("--out", type=Path, required=True, metavar="FICHIER.pdf", help="PDF à écrire")
    kit.set_defaults(func=_kit)

    notice = sub.add_parser("notice", help="imprimer l'affiche d'information des patients (PDF)")
    add_vault_option(notice)
    notice.add_argument("--out", type=Path, required=True, metavar="FICHIER.pdf", help="PDF à écrire")
    notice.add_argument(
        "--layout",
        choices=("poster", "leaflet"),
        default="poster",
        help="poster : affiche A4 pour la salle d'attente ; leaflet : notice d'une page à remettre",
    )
    notice.set_defaults(func=_notice)


def _write(path: Path, draw) -> None:
    """Render in memory, then write the file in one go: a failure never leaves half a PDF behind."""
    import io

    from core.errors import StorageError
    from core.storage.atomic import write_atomic

    buffer = io.BytesIO()
    draw(buffer)
    try:
        write_atomic(path, buffer.getvalue(), mode=0o644)
    except OSError as exc:
        raise StorageError(detail=f"{path} : {exc.strerror or type(exc).__name__}") from exc


def _kit(args: argparse.Namespace) -> int:
    from core.services.documents import DocumentsService

    with open_vault(args) as vault:
        _write(args.out, DocumentsService(vault).render_emergency_kit)
    print(f"Kit d'urgence écrit : {args.out}")
    return 0


def _notice(args: argparse.Namespace) -> int:
    from core.services.documents import DocumentsService

    with open_vault(args) as vault:
        _write(args.out, lambda out: DocumentsService(vault).render_notice(out, args.layout))
    print(f"Affiche d'information écrite : {args.out}")
    return 0
