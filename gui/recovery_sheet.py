"""The printed recovery-code sheet: which practice and vault it opens, when it was printed, where to keep it.

Used at first run (and by any screen that issues a new code). The sheet is the practitioner's only way back
into the vault if the passphrase is lost, so it says what it opens and how to keep it safe.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from gui import formats


def sheet_html(code: str, practice_name: str, vault_path: Path, printed_at: datetime) -> str:
    esc = html.escape
    title = QCoreApplication.translate("recovery_sheet", "Vigie — code de secours du coffre")
    practice = QCoreApplication.translate("recovery_sheet", "Cabinet")
    printed = QCoreApplication.translate("recovery_sheet", "Imprimé le")
    vault_file = QCoreApplication.translate("recovery_sheet", "Fichier du coffre")
    opens = QCoreApplication.translate("recovery_sheet", "Ce que ce code ouvre")
    use = QCoreApplication.translate("recovery_sheet", "Comment vous en servir")
    keep = QCoreApplication.translate("recovery_sheet", "Où le garder")
    lines = [
        f"<h2>{esc(title)}</h2>",
        f"<p><b>{esc(practice)}</b> : {esc(practice_name)}<br/>",
        f"<b>{esc(printed)}</b> : {esc(formats.date_time(printed_at))}<br/>",
        f"<b>{esc(vault_file)}</b> : {esc(str(vault_path))}</p>",
        f"<p style='font-size:20pt;font-family:monospace'><b>{esc(code)}</b></p>",
        f"<h3>{esc(opens)}</h3>",
        "<p>"
        + esc(
            QCoreApplication.translate(
                "recovery_sheet",
                "Le coffre chiffré de Vigie de ce cabinet (registre des traitements, auto-évaluation de sécurité, "
                "journal des incidents, demandes des patients) quand la phrase de passe est oubliée. Il ouvre aussi "
                "les sauvegardes de ce coffre."
            )
        )
        + "</p>",
        f"<h3>{esc(use)}</h3>",
        "<p>"
        + esc(
            QCoreApplication.translate(
                "recovery_sheet",
                "À l'ouverture de Vigie, choisissez « J'ai oublié ma phrase de passe : utiliser le code de "
                "secours », saisissez ce code, puis choisissez une nouvelle phrase de passe."
            )
        )
        + "</p>",
        f"<h3>{esc(keep)}</h3>",
        "<ul><li>"
        + esc(QCoreApplication.translate("recovery_sheet", "Sur ce papier, hors du cabinet ou sous clé, loin de l'ordinateur et de ses sauvegardes."))
        + "</li><li>"
        + esc(QCoreApplication.translate("recovery_sheet", "Jamais dans un e-mail, un fichier, une photo ou un message, ni collé sur l'écran."))
        + "</li><li>"
        + esc(
            QCoreApplication.translate(
                "recovery_sheet",
                "Quiconque lit ce code et dispose du fichier du coffre peut lire vos données : s'il a pu être "
                "vu ou s'il est perdu, générez-en un nouveau dans Paramètres (l'ancien cesse alors de "
                "fonctionner) et détruisez cette feuille."
            )
        )
        + "</li></ul>",
    ]
    return "".join(lines)


def print_sheet(parent: QWidget, document_html: str) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    doc = QTextDocument()
    doc.setHtml(document_html)
    doc.print_(printer)
    return True
