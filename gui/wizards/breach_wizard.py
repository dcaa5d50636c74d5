"""« Signaler un incident »: from "what happened?" to the conclusion and the next steps, in plain French.

Opening the wizard records the incident and its awareness time at once (the legal 72-hour clock starts then);
the rest is collected in :class:`core.services.breach_wizard.BreachAnswers` and committed once by « Enregistrer »
(details, assessment version, decision). The navigation is :class:`core.services.breach_wizard.BreachFlow`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.clock import PARIS
from core.domain.breach import Assessment, BreachFacts
from core.domain.incident import ActivityRef
from core.errors import VigieError
from core.rules.breach import assess
from core.rules.breach_sensitivity import what_would_change
from core.rules.next_steps import next_steps
from core.services.breach_wizard import BreachAnswers, BreachFlow
from core.services.incidents import IncidentService
from core.services.practice import PracticeService
from gui import formats, keyboard, sizing, theme
from gui.context import AppContext
from gui.dialogs.incident_event import to_datetime
from gui.messages import error_text
from gui.problems import problem_text


def origins() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("BreachWizard", "Je ne sais pas encore")),
        (
            "lost_or_stolen_device",
            QCoreApplication.translate(
                "BreachWizard", "Appareil perdu ou volé (ordinateur, clé USB, téléphone)"
            ),
        ),
        (
            "paper_lost_stolen_or_exposed",
            QCoreApplication.translate("BreachWizard", "Dossier papier perdu, volé ou laissé à la vue"),
        ),
        (
            "mail_lost_or_opened",
            QCoreApplication.translate("BreachWizard", "Courrier perdu ou ouvert par erreur"),
        ),
        (
            "hacking_malware_phishing",
            QCoreApplication.translate("BreachWizard", "Piratage, rançongiciel, hameçonnage"),
        ),
        (
            "sent_to_wrong_recipient",
            QCoreApplication.translate(
                "BreachWizard", "Envoi au mauvais destinataire (courrier, e-mail, messagerie)"
            ),
        ),
        (
            "wrong_person_data_shown",
            QCoreApplication.translate("BreachWizard", "Données d'un patient montrées à un autre"),
        ),
        (
            "unintended_publication",
            QCoreApplication.translate("BreachWizard", "Données accessibles par erreur sur Internet"),
        ),
        (
            "paper_disposed_unshredded",
            QCoreApplication.translate("BreachWizard", "Papiers jetés sans destruction"),
        ),
        (
            "device_disposed_unwiped",
            QCoreApplication.translate("BreachWizard", "Appareil donné ou jeté sans effacement"),
        ),
        (
            "verbal_disclosure",
            QCoreApplication.translate("BreachWizard", "Informations divulguées oralement"),
        ),
        ("other", QCoreApplication.translate("BreachWizard", "Autre")),
    ]


def causes() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("BreachWizard", "Je ne sais pas encore")),
        ("internal_accidental", QCoreApplication.translate("BreachWizard", "Une erreur au cabinet")),
        (
            "internal_malicious",
            QCoreApplication.translate("BreachWizard", "Un acte volontaire d'une personne du cabinet"),
        ),
        (
            "external_malicious",
            QCoreApplication.translate("BreachWizard", "Un acte malveillant extérieur (vol, attaque)"),
        ),
        (
            "external_accidental",
            QCoreApplication.translate(
                "BreachWizard", "Un accident extérieur (panne, erreur d'un prestataire)"
            ),
        ),
    ]


def categories() -> list[tuple[str, str]]:
    return [
        ("civil_status", QCoreApplication.translate("BreachWizard", "Identité (nom, date de naissance)")),
        ("contact", QCoreApplication.translate("BreachWizard", "Coordonnées")),
        ("nir", QCoreApplication.translate("BreachWizard", "N° de sécurité sociale")),
        (
            "health",
            QCoreApplication.translate("BreachWizard", "Données de santé (dossier, résultats, ordonnances)"),
        ),
        ("financial", QCoreApplication.translate("BreachWizard", "Données bancaires")),
        ("credentials", QCoreApplication.translate("BreachWizard", "Identifiants, mots de passe")),
        ("official_documents", QCoreApplication.translate("BreachWizard", "Copies de pièces d'identité")),
        ("other", QCoreApplication.translate("BreachWizard", "Autres données")),
        ("unknown", QCoreApplication.translate("BreachWizard", "Je ne sais pas encore")),
    ]


def subjects() -> list[tuple[str, str]]:
    return [
        ("patients", QCoreApplication.translate("BreachWizard", "Patients")),
        ("employees", QCoreApplication.translate("BreachWizard", "Salariés du cabinet")),
        ("minors", QCoreApplication.translate("BreachWizard", "Mineurs")),
        ("vulnerable", QCoreApplication.translate("BreachWizard", "Personnes vulnérables")),
    ]


def protections() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("BreachWizard", "Je ne sais pas encore")),
        ("none", QCoreApplication.translate("BreachWizard", "Non, les données n'étaient pas chiffrées")),
        (
            "encrypted_key_safe",
            QCoreApplication.translate(
                "BreachWizard", "Oui, chiffrées (BitLocker, FileVault…) et le mot de passe n'a pas été pris"
            ),
        ),
        (
            "encrypted_key_compromised",
            QCoreApplication.translate(
                "BreachWizard", "Chiffrées, mais le mot de passe était accessible (noté, collé…)"
            ),
        ),
        (
            "pseudonymised",
            QCoreApplication.translate("BreachWizard", "Pseudonymisées (sans nom, avec un code)"),
        ),
        (
            "hashed_salted",
            QCoreApplication.translate("BreachWizard", "Seulement des mots de passe protégés par empreinte"),
        ),
    ]


def exposures() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("BreachWizard", "Je ne sais pas : on ne peut pas l'exclure")),
        (
            "none_proven",
            QCoreApplication.translate("BreachWizard", "Non, c'est établi (par ex. journaux d'accès)"),
        ),
        (
            "known_recipients",
            QCoreApplication.translate("BreachWizard", "Oui, une ou quelques personnes identifiées"),
        ),
        (
            "unknown_recipients",
            QCoreApplication.translate("BreachWizard", "Oui, des inconnus (publié, copié par un pirate…)"),
        ),
    ]


def misuses() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("BreachWizard", "Je ne sais pas encore")),
        ("none", QCoreApplication.translate("BreachWizard", "Modifiées, sans conséquence")),
        ("recoverable", QCoreApplication.translate("BreachWizard", "Modifiées, puis rétablies")),
        (
            "not_recoverable",
            QCoreApplication.translate("BreachWizard", "Modifiées, impossible de les rétablir"),
        ),
    ]


def _combo(parent: QWidget, name: str, items: list[tuple[str | None, str]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for key, label in items:
        combo.addItem(label, key)
    return combo


def _explain(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(theme.text_css("muted"))
    return label


class BreachWizard(QDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, incident_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breach_wizard")
        self.setWindowTitle(self.tr("Signaler un incident"))
        sizing.fit(self, 820, 640)  # wide enough for the longest answer without scrolling
        self.ctx = ctx
        self.service: IncidentService = ctx.service("incidents", IncidentService)
        # First thing: the incident exists and the awareness time is recorded (the legal clock starts).
        if incident_id is None:
            self.incident = self.service.start()
        else:
            self.incident = self.service.get(incident_id).incident
        self.flow = BreachFlow(
            BreachAnswers(
                title="" if incident_id is None else self.incident.title,
                description=self.incident.description,
                discovery=self.incident.discovery,
                origin=self.incident.origin,
                cause=self.incident.cause,
                activities=list(self.incident.activities),
            )
        )
        self.facts: BreachFacts | None = None
        self.result: Assessment | None = None
        self.saved = False

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold; " + theme.text_css("accent"))
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("awareness")
        self.clock_label.setWordWrap(True)
        self.clock_label.setText(
            self.tr(
                "Incident n° %1 — prise de connaissance enregistrée le %2 (heure de "
                "Paris). Le délai de 72 heures court depuis ce moment."
            )
            .replace("%1", str(self.incident.id))
            .replace("%2", formats.date_time(self.incident.aware_at))
        )
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for step, build in (
            ("what", self._page_what),
            ("involved", self._page_involved),
            ("which", self._page_which),
            ("circumstances", self._page_circumstances),
            ("conclusion", self._page_conclusion),
            ("next_steps", self._page_next),
        ):
            page = sizing.scrollable(build(), self.stack)  # fits a 960 × 540 screen (200 % scaling)
            self.pages[step] = page
            self.stack.addWidget(page)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(theme.text_css("danger"))
        self.back_button = QPushButton(self.tr("< &Retour"), self)
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Suivant >"), self)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button = QPushButton(self.tr("&Enregistrer"), self)
        self.finish_button.clicked.connect(self.finish)
        self.cancel_button = QPushButton(self.tr("Fermer sans évaluer"), self)
        self.cancel_button.setToolTip(
            self.tr("L'incident reste au journal avec son heure de prise de connaissance.")
        )
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        keyboard.tune(self)
        self._show()

    # --- pages ---------------------------------------------------------------------------------------------
    def _page_what(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.title_edit = QLineEdit(self.flow.answers.title, page)
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(
            self.tr("ex. Vol de l'ordinateur portable ; courrier envoyé au mauvais patient")
        )
        self.origin_combo = _combo(page, "origin", origins())
        self.origin_combo.setCurrentIndex(max(0, self.origin_combo.findData(self.flow.answers.origin)))
        self.cause_combo = _combo(page, "cause", causes())
        self.cause_combo.setCurrentIndex(max(0, self.cause_combo.findData(self.flow.answers.cause)))
        self.description_edit = QPlainTextEdit(self.flow.answers.description, page)
        self.description_edit.setObjectName("description")
        self.description_edit.setPlaceholderText(
            self.tr("Ce qui s'est passé, avec vos mots : où, quand, quel appareil ou quel document.")
        )
        self.discovery_edit = QLineEdit(self.flow.answers.discovery, page)
        self.discovery_edit.setObjectName("discovery")
        self.discovery_edit.setPlaceholderText(
            self.tr("ex. appel d'un patient, écran de rançon au démarrage")
        )
        form.addRow(
            _explain(page, self.tr("Décrivez l'incident simplement ; vous pourrez compléter plus tard."))
        )
        form.addRow(self.tr("&Titre"), self.title_edit)
        form.addRow(self.tr("Que s'est-il &passé ?"), self.origin_combo)
        form.addRow(self.tr("&Cause"), self.cause_combo)
        form.addRow(self.tr("&Description"), self.description_edit)
        form.addRow(self.tr("Comment l'avez-vous &appris ?"), self.discovery_edit)
        self.start_edit, self.start_unknown = self._moment_row(page, "start", self.incident.occurred_start)
        self.end_edit, self.end_unknown = self._moment_row(page, "end", self.incident.occurred_end)
        self.ongoing_check = QCheckBox(self.tr("Toujours en cours"), page)
        self.ongoing_check.setObjectName("ongoing")
        self.ongoing_check.setChecked(self.incident.ongoing)
        self.ongoing_check.toggled.connect(lambda on: self.end_row.setEnabled(not on))
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_edit)
        start_row.addWidget(self.start_unknown)
        start_row.addStretch(1)
        self.end_row = QWidget(page)
        end_layout = QHBoxLayout(self.end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.end_edit)
        end_layout.addWidget(self.end_unknown)
        end_layout.addStretch(1)
        form.addRow(self.tr("Début de l'incident"), start_row)
        form.addRow(self.tr("Fin de l'incident"), self.end_row)
        form.addRow("", self.ongoing_check)
        return page

    def _moment_row(
        self, parent: QWidget, name: str, value: datetime | None
    ) -> tuple[QDateTimeEdit, QCheckBox]:
        edit = QDateTimeEdit(parent)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        moment = value or self.incident.aware_at
        edit.setDateTime(QDateTime(moment.astimezone(PARIS).replace(tzinfo=None, second=0, microsecond=0)))
        unknown = QCheckBox(self.tr("Pas encore connue"), parent)
        unknown.setObjectName(f"{name}_unknown")
        unknown.setChecked(value is None)
        edit.setEnabled(value is not None)
        unknown.toggled.connect(lambda on: edit.setEnabled(not on))
        return edit, unknown

    def _page_involved(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _explain(
                page,
                self.tr(
                    "Une donnée personnelle est toute information sur une personne : "
                    "nom, rendez-vous, dossier médical, facture…"
                ),
            )
        )
        box = QGroupBox(self.tr("Des données personnelles sont-elles concernées ?"), page)
        row = QHBoxLayout(box)
        self.personal_yes = QRadioButton(self.tr("Oui"), box)
        self.personal_yes.setObjectName("personal_yes")
        self.personal_no = QRadioButton(self.tr("Non"), box)
        self.personal_no.setObjectName("personal_no")
        self.personal_unknown = QRadioButton(self.tr("Je ne sais pas encore"), box)
        self.personal_unknown.setObjectName("personal_unknown")
        self.personal_group = QButtonGroup(box)
        for button in (self.personal_yes, self.personal_no, self.personal_unknown):
            self.personal_group.addButton(button)
            row.addWidget(button)
        self.personal_unknown.setChecked(True)
        layout.addWidget(box)
        self.nature_box = QGroupBox(
            self.tr("Qu'est-il arrivé à ces données ? (plusieurs réponses possibles)"), page
        )
        nature = QVBoxLayout(self.nature_box)
        self.disclosed_check = QCheckBox(
            self.tr(
                "Elles ont pu être vues ou reçues par quelqu'un qui n'aurait pas dû "
                "(vol, envoi au mauvais destinataire, piratage)"
            ),
            self.nature_box,
        )
        self.disclosed_check.setObjectName("disclosed")
        self.altered_check = QCheckBox(self.tr("Elles ont été modifiées sans autorisation"), self.nature_box)
        self.altered_check.setObjectName("altered")
        self.unavailable_check = QCheckBox(
            self.tr(
                "Elles sont perdues ou inaccessibles, même temporairement (rançongiciel, panne, destruction)"
            ),
            self.nature_box,
        )
        self.unavailable_check.setObjectName("unavailable")
        for check in (self.disclosed_check, self.altered_check, self.unavailable_check):
            nature.addWidget(check)
        nature.addWidget(
            _explain(
                self.nature_box,
                self.tr(
                    "Si vous ne savez pas encore, ne cochez rien : Vigie "
                    "suppose que les données ont pu être vues."
                ),
            )
        )
        layout.addWidget(self.nature_box)
        layout.addStretch(1)
        self.personal_no.toggled.connect(lambda on: self.nature_box.setEnabled(not on))
        return page

    def _page_which(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        data_box = QGroupBox(self.tr("Quelles données ?"), page)
        grid = QGridLayout(data_box)
        self.category_checks: dict[str, QCheckBox] = {}
        for i, (key, label) in enumerate(categories()):
            check = QCheckBox(label, data_box)
            check.setObjectName(f"category_{key}")
            self.category_checks[key] = check
            grid.addWidget(check, i // 2, i % 2)
        self.specialty_check = QCheckBox(
            self.tr(
                "Ma spécialité révèle à elle seule l'état de santé (psychiatrie, addictologie, oncologie…)"
            ),
            data_box,
        )
        self.specialty_check.setObjectName("specialty")
        grid.addWidget(self.specialty_check, 5, 0, 1, 2)
        layout.addWidget(data_box)
        who_box = QGroupBox(self.tr("Quelles personnes ?"), page)
        who = QFormLayout(who_box)
        row = QHBoxLayout()
        self.subject_checks: dict[str, QCheckBox] = {}
        for key, label in subjects():
            check = QCheckBox(label, who_box)
            check.setObjectName(f"subject_{key}")
            self.subject_checks[key] = check
            row.addWidget(check)
        who.addRow(row)
        count_row = QHBoxLayout()
        self.count_spin = QSpinBox(who_box)
        self.count_spin.setObjectName("count")
        self.count_spin.setRange(0, 10_000_000)
        self.count_unknown = QCheckBox(self.tr("Nombre inconnu"), who_box)
        self.count_unknown.setObjectName("count_unknown")
        self.count_unknown.setChecked(True)
        self.count_unknown.toggled.connect(lambda on: self.count_spin.setEnabled(not on))
        self.count_spin.setEnabled(False)
        count_row.addWidget(self.count_spin)
        count_row.addWidget(self.count_unknown)
        count_row.addStretch(1)
        who.addRow(self.tr("Nombre approximatif de personnes"), count_row)
        self.activities_edit = QPlainTextEdit(who_box)
        self.activities_edit.setObjectName("activities")
        self.activities_edit.setPlaceholderText(
            self.tr("Un traitement par ligne, ex. « Dossier patient », « Facturation »")
        )
        self.activities_edit.setPlainText("\n".join(a.name for a in self.flow.answers.activities))
        self.activities_edit.setMaximumHeight(70)
        who.addRow(self.tr("Traitements du registre concernés"), self.activities_edit)
        layout.addWidget(who_box)
        layout.addStretch(1)
        return page

    def _page_circumstances(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.protect_box = QGroupBox(self.tr("Protection des données"), page)
        form = QFormLayout(self.protect_box)
        self.protection_combo = _combo(self.protect_box, "protection", protections())
        form.addRow(self.tr("Étaient-elles &chiffrées ?"), self.protection_combo)
        layout.addWidget(self.protect_box)
        self.conf_box = QGroupBox(self.tr("Qui a pu voir les données ?"), page)
        conf = QFormLayout(self.conf_box)
        self.exposure_combo = _combo(self.conf_box, "exposure", exposures())
        self.trusted_check = QCheckBox(
            self.tr("Le destinataire est un professionnel tenu au secret (confrère, laboratoire…)"),
            self.conf_box,
        )
        self.trusted_check.setObjectName("trusted")
        self.deleted_check = QCheckBox(
            self.tr("Il a confirmé avoir supprimé ou renvoyé les données"), self.conf_box
        )
        self.deleted_check.setObjectName("deleted")
        conf.addRow(self.tr("Quelqu'un a-t-il pu les &voir ?"), self.exposure_combo)
        conf.addRow(self.trusted_check)
        conf.addRow(self.deleted_check)
        self.exposure_combo.currentIndexChanged.connect(self._sync_circumstances)
        layout.addWidget(self.conf_box)
        self.avail_box = QGroupBox(self.tr("Données perdues ou inaccessibles"), page)
        avail = QFormLayout(self.avail_box)
        self.backup_combo = _combo(
            self.avail_box,
            "backup",
            [
                (None, QCoreApplication.translate("BreachWizard", "Je ne sais pas encore")),
                (True, QCoreApplication.translate("BreachWizard", "Oui")),
                (False, QCoreApplication.translate("BreachWizard", "Non")),
            ],
        )
        hours_row = QHBoxLayout()
        self.restore_spin = QDoubleSpinBox(self.avail_box)
        self.restore_spin.setObjectName("restore_hours")
        self.restore_spin.setRange(0, 100_000)
        self.restore_spin.setDecimals(1)
        self.restore_spin.setSuffix(self.tr(" h"))
        self.restore_unknown = QCheckBox(self.tr("Inconnue ou jamais"), self.avail_box)
        self.restore_unknown.setObjectName("restore_unknown")
        self.restore_unknown.setChecked(True)
        self.restore_spin.setEnabled(False)
        self.restore_unknown.toggled.connect(lambda on: self.restore_spin.setEnabled(not on))
        hours_row.addWidget(self.restore_spin)
        hours_row.addWidget(self.restore_unknown)
        hours_row.addStretch(1)
        self.care_check = QCheckBox(self.tr("Des soins ont été gênés ou retardés"), self.avail_box)
        self.care_check.setObjectName("care_impact")
        self.lost_check = QCheckBox(self.tr("Les données sont définitivement perdues"), self.avail_box)
        self.lost_check.setObjectName("permanent_loss")
        avail.addRow(self.tr("Une &sauvegarde utilisable existe-t-elle ?"), self.backup_combo)
        avail.addRow(self.tr("Durée pour tout rétablir"), hours_row)
        avail.addRow(self.care_check)
        avail.addRow(self.lost_check)
        layout.addWidget(self.avail_box)
        self.integ_box = QGroupBox(self.tr("Données modifiées"), page)
        integ = QFormLayout(self.integ_box)
        self.misuse_combo = _combo(self.integ_box, "misuse", misuses())
        integ.addRow(self.tr("&Conséquence"), self.misuse_combo)
        layout.addWidget(self.integ_box)
        layout.addStretch(1)
        return page

    def _page_conclusion(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.verdict = QLabel(page)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.reasons_view = QTextBrowser(page)
        self.reasons_view.setObjectName("reasons")
        self.reasons_view.setAccessibleName(self.tr("Raisons de la conclusion"))
        self.changes_label = QLabel(page)
        self.changes_label.setObjectName("changes")
        self.changes_label.setWordWrap(True)
        self.override_check = QCheckBox(
            self.tr("Je décide autrement (justification obligatoire, conservée au journal)"), page
        )
        self.override_check.setObjectName("override")
        self.override_box = QGroupBox(page)
        obox = QFormLayout(self.override_box)
        self.override_notify = QCheckBox(self.tr("Notifier la CNIL"), self.override_box)
        self.override_notify.setObjectName("override_notify")
        self.override_inform = QCheckBox(self.tr("Informer les personnes"), self.override_box)
        self.override_inform.setObjectName("override_inform")
        self.justification_edit = QPlainTextEdit(self.override_box)
        self.justification_edit.setObjectName("justification")
        self.justification_edit.setMaximumHeight(70)
        obox.addRow(self.override_notify)
        obox.addRow(self.override_inform)
        obox.addRow(self.tr("&Justification"), self.justification_edit)
        self.override_box.setVisible(False)
        self.override_check.toggled.connect(self.override_box.setVisible)
        self.decided_by_edit = QLineEdit(page)
        self.decided_by_edit.setObjectName("decided_by")
        practice = self.ctx.service("practice", PracticeService).get()
        self.decided_by_edit.setText(practice.practitioner if practice and practice.practitioner else "")
        by = QFormLayout()
        by.addRow(self.tr("Décision prise par"), self.decided_by_edit)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reasons_view, 1)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.override_check)
        layout.addWidget(self.override_box)
        layout.addLayout(by)
        return page

    def _page_next(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _explain(
                page,
                self.tr(
                    "Votre liste d'actions, gardée avec l'incident. Vous la retrouverez "
                    "dans le journal pour cocher ce qui est fait."
                ),
            )
        )
        self.steps_view = QTextBrowser(page)
        self.steps_view.setObjectName("steps")
        self.steps_view.setAccessibleName(self.tr("Actions à mener"))
        layout.addWidget(self.steps_view, 1)
        return page

    # --- navigation ----------------------------------------------------------------------------------------
    def titles(self) -> dict[str, str]:
        return {
            "what": self.tr("1. Que s'est-il passé ?"),
            "involved": self.tr("2. Des données personnelles sont-elles touchées ?"),
            "which": self.tr("3. Quelles données, quelles personnes ?"),
            "circumstances": self.tr("4. Protections et circonstances"),
            "conclusion": self.tr("5. Conclusion"),
            "next_steps": self.tr("6. Prochaines étapes"),
        }

    @property
    def step(self) -> str:
        return self.flow.current

    def _show(self) -> None:
        step = self.flow.current
        self.heading.setText(self.titles()[step])
        self.stack.setCurrentWidget(self.pages[step])
        self.back_button.setEnabled(len(self.flow.history) > 1)
        self.next_button.setVisible(not self.flow.is_last)
        self.finish_button.setVisible(step in ("conclusion", "next_steps"))
        if step == "circumstances":
            self._sync_circumstances()
        elif step == "conclusion":
            self._conclude()
        elif step == "next_steps":
            self._show_steps()

    def _sync_circumstances(self) -> None:
        a = self.flow.answers
        natures = a.natures()
        self.conf_box.setVisible("confidentiality" in natures)
        self.avail_box.setVisible("availability" in natures)
        self.integ_box.setVisible("integrity" in natures)
        known = self.exposure_combo.currentData() == "known_recipients"
        self.trusted_check.setEnabled(known)
        self.deleted_check.setEnabled(known)

    def collect(self) -> BreachAnswers:
        """Copy the widgets into the answers (the request object)."""
        a = self.flow.answers
        a.title = self.title_edit.text().strip()
        a.origin = self.origin_combo.currentData()
        a.cause = self.cause_combo.currentData()
        a.description = self.description_edit.toPlainText().strip()
        a.discovery = self.discovery_edit.text().strip()
        a.aware_at = self.incident.aware_at
        a.occurred_start = None if self.start_unknown.isChecked() else to_datetime(self.start_edit.dateTime())
        a.ongoing = self.ongoing_check.isChecked()
        a.occurred_end = None if self.end_unknown.isChecked() else to_datetime(self.end_edit.dateTime())
        a.personal_data = (
            True if self.personal_yes.isChecked() else False if self.personal_no.isChecked() else None
        )
        a.disclosed = self.disclosed_check.isChecked()
        a.altered = self.altered_check.isChecked()
        a.unavailable = self.unavailable_check.isChecked()
        a.data_categories = {k for k, c in self.category_checks.items() if c.isChecked()}
        a.specialty_reveals_health = self.specialty_check.isChecked()
        a.subject_categories = {k for k, c in self.subject_checks.items() if c.isChecked()}
        a.count = None if self.count_unknown.isChecked() else self.count_spin.value()
        a.activities = [
            ActivityRef("", line.strip())
            for line in self.activities_edit.toPlainText().splitlines()
            if line.strip()
        ]
        a.protection = self.protection_combo.currentData()
        a.exposure = self.exposure_combo.currentData()
        a.recipients_trusted = self.trusted_check.isChecked() and self.trusted_check.isEnabled()
        a.deletion_confirmed = self.deleted_check.isChecked() and self.deleted_check.isEnabled()
        a.backup = self.backup_combo.currentData()
        a.restore_hours = None if self.restore_unknown.isChecked() else self.restore_spin.value()
        a.care_impact = self.care_check.isChecked()
        a.permanent_loss = self.lost_check.isChecked()
        a.misuse = self.misuse_combo.currentData()
        return a

    def go_next(self) -> None:
        self.collect()
        problems = self.flow.problems()
        if problems:
            self.problem.setText("\n".join(problem_text(p) for p in problems))
            return
        self.problem.clear()
        self.flow.advance()
        self._show()

    def go_back(self) -> None:
        self.collect()
        self.problem.clear()
        self.flow.back()
        self._show()

    # --- conclusion ----------------------------------------------------------------------------------------
    def _conclude(self) -> None:
        self.facts = self.flow.answers.to_facts(self.incident.aware_at)
        self.result = result = assess(self.facts)
        if not result.is_personal_data_breach:
            text = self.tr(
                "Ce n'est pas une violation de données personnelles : l'incident est simplement "
                "consigné au journal."
            )
            color = theme.hex_color("ok")
        elif result.notify_authority:
            text = self.tr("Notifier la CNIL avant le %1 (heure de Paris).").replace(
                "%1", formats.date_time(result.deadline)
            )
            text += " " + (
                self.tr("Informer aussi les personnes concernées.")
                if result.inform_subjects
                else self.tr("Pas d'information individuelle obligatoire des personnes.")
            )
            color = theme.hex_color("danger")
        else:
            text = self.tr("Pas de notification à la CNIL : documenter l'incident au journal.")
            if result.inform_subjects:
                text += " " + self.tr("Informer les personnes concernées.")
            color = theme.hex_color("ok")
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {color};")
        risk = {
            "none": self.tr("risque improbable"),
            "risk": self.tr("risque"),
            "high": self.tr("risque élevé"),
        }[result.risk]
        html = "<p><b>" + self.tr("Niveau : %1").replace("%1", risk) + "</b></p><ul>"
        html += "".join(f"<li>{_html(r)}</li>" for r in result.reasons) + "</ul>"
        self.reasons_view.setHtml(html)
        changes = what_would_change(self.facts)
        if changes:
            self.changes_label.setText(
                self.tr("Ces réponses encore inconnues changeraient la conclusion :")
                + "\n"
                + "\n".join("• " + c.text() for c in changes)
            )
        else:
            self.changes_label.setText("")
        self.override_notify.setChecked(result.notify_authority)
        self.override_inform.setChecked(result.inform_subjects)

    def decision(self) -> tuple[bool, bool, str]:
        """(notify, inform, justification): the engine's conclusion unless the practitioner overrides it."""
        assert self.result is not None
        if self.override_check.isChecked():
            return (
                self.override_notify.isChecked(),
                self.override_inform.isChecked(),
                self.justification_edit.toPlainText().strip(),
            )
        return self.result.notify_authority, self.result.inform_subjects, ""

    def _show_steps(self) -> None:
        if self.result is None:
            self._conclude()
        notify, inform, _ = self.decision()
        steps = next_steps(self.facts, notify, inform, self.incident.aware_at)
        html = "<ol>"
        for s in steps:
            tag = self.tr("recommandé") if s.level == "recommended" else self.tr("à faire")
            due = (
                (" — " + self.tr("avant le %1").replace("%1", formats.date_time(s.due_at)))
                if s.due_at
                else ""
            )
            html += f"<li><b>{_html(s.label)}</b> <i>({tag}{due})</i><br/>{_html(s.detail)}</li>"
        self.steps_view.setHtml(html + "</ol>")

    def finish(self) -> None:
        """Commit once: details, assessment version, decision. On error nothing is half-saved by the service."""
        self.collect()
        if self.result is None or self.facts is None:
            self._conclude()
        notify, inform, justification = self.decision()
        a = self.flow.answers
        draft = a.draft(self.incident.title)
        assert self.facts is not None
        try:
            self.service.conclude(
                self.incident.id,
                draft,
                self.facts,
                notify,
                inform,
                self.decided_by_edit.text(),
                justification,
                note=self.tr("Assistant « Signaler un incident »"),
            )
        except VigieError as exc:
            self.problem.setText(error_text(exc))
            return
        self.saved = True
        self.accept()


def _html(text: str) -> str:
    from html import escape

    return escape(text)
