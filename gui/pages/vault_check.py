"""Integrity group of the settings page: the headless ``verify`` check, run from the app on the worker.

A practitioner (or an inspector beside them) sees either "sound", with the journal's size and head, or what is
wrong, grouped by the part of the vault concerned with a plain sentence first, then each finding in the interface
language (:mod:`core.domain.verify_reasons`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.domain import verify_reasons
from core.services import backup as backup_service
from gui import formats, theme
from gui.context import AppContext
from gui.messages import error_text
from gui.ops import op
from gui.problems import interface_language

SHOWN_PER_PART = 12  # findings listed under each heading; the command line lists them all


class VaultCheckGroup(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Intégrité du coffre"))
        self.ctx = ctx
        self.report: backup_service.VerifyReport | None = None
        intro = QLabel(
            self.tr(
                "Cherche les traces d'une modification faite en dehors de Vigie dans le fichier du coffre, le "
                "journal des preuves, chaque enregistrement probant (incidents, auto-évaluations clôturées, demandes de "
                "patients) et le fichier de clés. Ne modifie rien."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Vérifier l'&intégrité du coffre"), self)
        self.check_button.clicked.connect(self.run_check)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Résultat de la vérification d'intégrité"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result)

    def run_check(self) -> None:
        self.check_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(html.escape(self.tr("Vérification en cours…")))
        op(self, lambda s: (backup_service.verify_vault(s.vault), s.clock()), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.result.setStyleSheet(theme.text_css("danger"))
        self.result.setText(html.escape(error_text(exc)))

    def _show(self, outcome: tuple[backup_service.VerifyReport, object]) -> None:
        report, when = outcome
        self.report = report
        self.check_button.setEnabled(True)
        lang = interface_language()
        checked = self.tr("Vérifié le %1.").replace("%1", formats.date_time(when))  # type: ignore[arg-type]
        if report.sound:
            entries = report.chain.entries if report.chain else 0
            head = report.chain.head.short(lang) if report.chain else "—"
            text = self.tr(
                "Coffre sain : aucune modification faite en dehors de Vigie n'a été décelée. Le fichier est "
                "intact, le journal des preuves compte %n entrée(s) et n'a pas été altéré (dernière entrée : %1), "
                "chaque enregistrement probant correspond au journal et le fichier de clés est intact.",
                "",
                entries,
            ).replace("%1", head)
            self.result.setStyleSheet(theme.text_css("ok"))
            self.result.setText(f"<p>{html.escape(text)}</p><p>{html.escape(checked)}</p>")
            return
        found = len(report.reason_codes)
        parts: list[str] = [
            "<p><b>"
            + html.escape(self.tr("Le coffre n'est pas sain : %n constat(s).", "", found))
            + "</b> "
            + html.escape(
                self.tr(
                    "Ne modifiez rien et gardez ce résultat. Restaurez la dernière sauvegarde saine (bouton "
                    "« Restaurer une sauvegarde… » ci-dessus) ou faites appel à votre prestataire informatique ; "
                    "en cas de doute sur une modification volontaire, consignez-la comme incident."
                )
            )
            + "</p>"
        ]
        headings = self._headings()
        for part in ("integrity", "key_file", "journal", "protections", "records"):
            reasons = [r for r in report.reason_codes if r.part == part]
            if not reasons:
                continue
            items = "".join(
                f"<li>{html.escape(verify_reasons.render(r.code, r.params, lang))}</li>"
                for r in reasons[:SHOWN_PER_PART]
            )
            more = len(reasons) - SHOWN_PER_PART
            if more > 0:
                items += "<li>" + html.escape(self.tr("… et %n autre(s) constat(s) du même genre.", "", more)) + "</li>"
            parts.append(f"<p>{html.escape(headings[part])}</p><ul>{items}</ul>")
        parts.append(f"<p>{html.escape(checked)}</p>")
        self.result.setStyleSheet(theme.text_css("danger"))
        self.result.setText("".join(parts))

    def _headings(self) -> dict[str, str]:
        """A plain sentence for each part of the vault, before its findings."""
        return {
            "integrity": self.tr(
                "Le fichier du coffre est endommagé (panne de disque, copie interrompue ou modification "
                "directe) :"
            ),
            "key_file": self.tr(
                "Le fichier de clés, qui permet d'ouvrir le coffre, demande votre attention :"
            ),
            "journal": self.tr(
                "Le journal des preuves, qui date et enchaîne chaque modification, a été altéré, raccourci ou "
                "ne correspond plus à sa copie de contrôle :"
            ),
            "protections": self.tr(
                "Des protections qui empêchent de réécrire les preuves ont été retirées de la base :"
            ),
            "records": self.tr(
                "Des enregistrements probants ont été modifiés, ajoutés ou supprimés en dehors de Vigie :"
            ),
        }
