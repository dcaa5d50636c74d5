"""The journal head printed on evidential documents: an outside witness of the tamper-evident journal.

A printed or sent PDF carries the journal's entry number and the start of its hash at the time of printing.
Later, ``verify`` (or anyone re-printing) can show that the journal still contains that very entry: a journal
cut back or rewritten since no longer matches the paper. See docs/security.md, "What verify proves".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.storage import ledger
from core.storage.ledger import Head

__all__ = ["Head", "journal_head", "witness_line"]

if TYPE_CHECKING:
    from core.vault import Vault


def journal_head(vault: Vault) -> ledger.Head:
    with vault.read() as conn:
        return ledger.head(conn)


def witness_line(head: ledger.Head | None) -> str:
    """The footer line, empty when no head was given."""
    if head is None:
        return ""
    return f"Journal d'intégrité Vigie à l'édition : entrée {head.short()}"
