"""The register states a security measure only when the self-assessment answered "yes" to it (GDPR art. 30(1)(g):
"a general description of the technical and organisational security measures referred to in Article 32(1)").
Everything else is printed as to be put in place, with the questions that link the two; templates tick nothing."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

from pypdf import PdfReader

from core.content.checklist import catalogue
from core.content.register_templates import activity_templates
from core.domain.checklist import Answer, AnswerInput
from core.domain.register import Activity, Checked
from core.rules.checklist_measures import MeasureState, MeasureSuggestion
from core.rules.register_measures import Standing, statement
from core.services.checklist import ChecklistService
from core.services.register import RegisterService
from core.services.register_exchange import export_pdf

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_no_template_ticks_a_security_measure():
    for template in activity_templates():
        for lang in ("fr", "en"):
            assert template.to_activity(lang).security_measures == ()


def test_a_no_overrides_the_practitioners_tick_and_unanswered_ticks_are_declared_only():
    measures = catalogue().measures
    suggestions = {
        "backup": MeasureSuggestion("backup", MeasureState.NOT_TICKED, ("SAUV-01",), ""),
        "encryption": MeasureSuggestion("encryption", MeasureState.TICKED, ("POSTE-05",), ""),
        "physical": MeasureSuggestion("physical", MeasureState.PARTIAL, ("LOCAUX-01",), ""),
    }
    stored = (Checked("backup", "NAS nocturne"), Checked("traceability", "journal du logiciel"))
    lines = {x.code: x for x in statement(stored, suggestions, measures)}
    assert lines["backup"].standing == Standing.TO_DO and not lines["backup"].stated
    assert lines["encryption"].standing == Standing.IN_PLACE
    assert lines["physical"].standing == Standing.TO_DO
    assert lines["traceability"].standing == Standing.DECLARED
    assert lines["access_control"].standing == Standing.UNASSESSED
    assert lines["backup"].items == ("SAUV-01",)


def test_printed_register_follows_the_self_assessment(vault):
    clock = lambda: NOW  # noqa: E731
    RegisterService(vault, clock).create_activity(
        Activity(name="Dossier patient", security_measures=(Checked("backup", "Sauvegarde nocturne"),))
    )
    out = io.BytesIO()
    export_pdf(vault, out, clock)
    before = _text(out.getvalue())
    assert "Aucune auto-évaluation de sécurité n'a encore été faite" in before
    assert "Mesures en place Aucune mesure confirmée pour l'instant" in before
    declared = before.split("pas encore vérifiées par l'auto-évaluation", 1)[1]
    assert (
        "Sauvegarde des données (questions SAUV-01, SAUV-02, SAUV-04) : Sauvegarde nocturne"
        in declared.split("À mettre en place", 1)[0]
    )

    checklist = ChecklistService(vault, clock)
    a = checklist.start()
    for item in ("POSTE-05", "POSTE-06", "IMAG-02", "SAUV-03"):
        checklist.answer(a.id, AnswerInput(item, Answer.YES))
    for item in ("SAUV-01", "SAUV-02", "SAUV-04"):
        checklist.answer(a.id, AnswerInput(item, Answer.NO))
    out = io.BytesIO()
    export_pdf(vault, out, clock)
    text = _text(out.getvalue())
    in_place = text.split("Mesures en place", 1)[1].split("À mettre en place", 1)[0]
    to_do = text.split("À mettre en place ou à confirmer", 1)[1]
    assert "Chiffrement des données" in in_place
    assert "Sauvegarde" not in in_place
    assert "Sauvegarde des données (questions SAUV-01, SAUV-02, SAUV-04)" in to_do
    assert "Sauvegarde nocturne" not in text  # the practitioner's tick does not outweigh the "no"
    assert "D'après l'auto-évaluation de sécurité 2026 (en cours)" in text


def test_imaging_template_has_the_vendor_remote_maintenance_retention_and_network_links(vault):
    """The case of CNIL SAN-2020-014 and SAN-2020-015 (7 Dec 2020): doctors' PACS reachable from the internet.
    Images follow the patient record (référentiel CNIL cabinets médicaux 2020: 20 years from the last care, of
    which 5 in the active base); access logs 6 months to 1 year (CNIL security guide 2024, sheet 16)."""
    register = RegisterService(vault, lambda: NOW)
    (activity,) = register.apply_templates(["medical_imaging"])
    assert "PACS" in activity.name and activity.security_measures == ()
    assert any("à distance" in p for p in activity.purposes)
    images, logs = activity.retention
    assert (images.active.value, images.archive.value) == (5, 15)
    assert logs.active.value == 1 and logs.archive is None
    vendor = next(p for p in register.processors() if p.template_key == "imaging_vendor")
    assert vendor.role == "processor" and vendor.ref in activity.processor_refs
    from core.content.register_templates import processor_template

    hint = processor_template("imaging_vendor").hint("fr")  # shown while the practitioner completes it
    for question in ("MAINT-01", "RESEAU-03", "RESEAU-04", "IMAG-01"):
        assert question in hint
    templates = {t.key: t for t in activity_templates()}
    assert {"radiologue", "chirurgien_dentiste", "sage_femme"} <= set(templates["medical_imaging"].professions)


def _csv_rows(vault, clock) -> list[dict[str, str]]:
    import csv

    from core.services.register_exchange import CSV_HEADER, export_csv

    out = io.BytesIO()
    export_csv(vault, out, clock)
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == list(CSV_HEADER)
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_csv_columns_are_only_appended():
    """Spreadsheets and scripts read the first format's columns by position or name: they stay as they were."""
    from core.services.register_exchange import CSV_HEADER

    first_format = ("Référence", "Activité", "Statut", "Complétude (%)")
    assert CSV_HEADER[:4] == first_format and CSV_HEADER[19] == "Mesures de sécurité"
    assert CSV_HEADER[22:24] == ("Créée le", "Mise à jour le") and len(CSV_HEADER) == 26


def test_csv_export_states_measures_as_the_printed_register(vault):
    """The CSV's "Mesures de sécurité" is the register's statement (in place, then declared), never a tick the
    self-assessment contradicts; the appended column gives every measure's standing with its questions."""
    clock = lambda: NOW  # noqa: E731
    RegisterService(vault, clock).create_activity(
        Activity(
            name="Dossier patient",
            security_measures=(Checked("backup", "Sauvegarde nocturne"), Checked("physical", "Porte blindée")),
        )
    )
    (row,) = _csv_rows(vault, clock)
    assert row["Mesures de sécurité : source"].startswith("Aucune auto-évaluation de sécurité")
    assert row["Mesures de sécurité"] == (
        "Sauvegarde des données (déclarée, pas encore vérifiée) : Sauvegarde nocturne\n"
        "Sécurité physique des locaux et des documents papier (déclarée, pas encore vérifiée) : Porte blindée"
    )

    checklist = ChecklistService(vault, clock)
    a = checklist.start()
    for item in ("POSTE-05", "POSTE-06", "IMAG-02", "SAUV-03"):
        checklist.answer(a.id, AnswerInput(item, Answer.YES))
    for item in ("SAUV-01", "SAUV-02", "SAUV-04"):
        checklist.answer(a.id, AnswerInput(item, Answer.NO))
    (row,) = _csv_rows(vault, clock)
    stated = row["Mesures de sécurité"].split("\n")
    assert stated == [
        "Chiffrement des données",
        "Sécurité physique des locaux et des documents papier (déclarée, pas encore vérifiée) : Porte blindée",
    ]
    assert "Sauvegarde nocturne" not in "".join(row.values())  # the "no" outweighs the tick, as printed
    standings = row["Mesures de sécurité : état d'après l'auto-évaluation"].split("\n")
    assert len(standings) == len(catalogue().measures)
    assert (
        "Sauvegarde des données : à mettre en place (l'auto-évaluation répond non ou en partie) "
        "(questions SAUV-01, SAUV-02, SAUV-04)" in standings
    )
    assert any(s.startswith("Chiffrement des données : en place d'après l'auto-évaluation") for s in standings)
    assert row["Mesures de sécurité : source"] == "D'après l'auto-évaluation de sécurité 2026 (en cours)."

    out = io.BytesIO()
    export_pdf(vault, out, clock)
    printed = _text(out.getvalue())
    in_place = printed.split("Mesures en place", 1)[1].split("Déclarées", 1)[0]
    assert "Chiffrement des données" in in_place and "Sauvegarde" not in in_place


def test_json_round_trip_keeps_the_practitioners_ticks(vault):
    """The JSON file is the data (the ticks and their words), not a statement: importing it gives them back."""
    from core.services.register_exchange import export_json, import_json

    clock = lambda: NOW  # noqa: E731
    register = RegisterService(vault, clock)
    ticks = (Checked("backup", "Sauvegarde nocturne"), Checked("encryption", ""))
    register.create_activity(Activity(name="Dossier patient", security_measures=ticks))
    out = io.BytesIO()
    export_json(vault, out, clock)
    import_json(vault, out.getvalue(), replace_existing=True, clock=clock)
    (activity,) = register.activities()
    assert activity.security_measures == ticks


OLD_TEMPLATE_BACKUP = (
    "Sauvegarde quotidienne chiffrée, une copie hors du cabinet et une copie déconnectée ; restauration testée "
    "chaque année."
)


def test_a_tick_left_by_an_old_template_is_to_confirm_not_declared(vault):
    """Vaults made before templates stopped ticking still hold their ticks and texts: the register does not
    present them as the practitioner's declaration, nor print the template's claims ("restauration testée")."""
    measures = catalogue().measures
    stored = (
        Checked("backup", OLD_TEMPLATE_BACKUP),
        Checked("encryption", "Disks encrypted with BitLocker"),  # the practitioner's own words
        Checked("physical", "Practice locked outside opening hours; paper records in a locked cabinet; screens "
                "out of patients' sight."),  # the English template text
    )
    lines = {x.code: x for x in statement(stored, None, measures)}
    assert lines["backup"].standing == Standing.TEMPLATE and not lines["backup"].stated
    assert lines["backup"].detail == ""
    assert lines["physical"].standing == Standing.TEMPLATE
    assert lines["encryption"].standing == Standing.DECLARED
    # a self-assessment answer decides as for any tick
    yes = {"backup": MeasureSuggestion("backup", MeasureState.TICKED, ("SAUV-01",), "")}
    confirmed = {x.code: x for x in statement(stored, yes, measures)}["backup"]
    assert confirmed.standing == Standing.IN_PLACE
    assert confirmed.detail == ""  # in place, but the template's text is not the practitioner's description

    clock = lambda: NOW  # noqa: E731
    RegisterService(vault, clock).create_activity(Activity(name="Dossier patient", security_measures=stored))
    out = io.BytesIO()
    export_pdf(vault, out, clock)
    text = _text(out.getvalue())
    assert "restauration testée" not in text and "locked cabinet" not in text
    declared = text.split("pas encore vérifiées par l'auto-évaluation", 1)[1].split("À mettre en place", 1)[0]
    assert "Chiffrement des données" in declared and "Sauvegarde" not in declared
    to_confirm = text.split("À mettre en place ou à confirmer", 1)[1]
    assert "Sauvegarde des données (questions SAUV-01, SAUV-02, SAUV-04)" in to_confirm
    (row,) = _csv_rows(vault, clock)
    assert "restauration testée" not in "".join(row.values())
    assert "Sauvegarde des données : pré-cochée par un modèle d'une version précédente, à confirmer" in row[
        "Mesures de sécurité : état d'après l'auto-évaluation"
    ]


def test_old_template_texts_are_those_the_templates_shipped():
    """The list is the old templates' texts: each code is a register box, and no current template uses one."""
    from core.content.legacy_measures import template_texts
    from core.domain import register_vocab as V

    texts = template_texts()
    assert set(texts) <= set(V.SECURITY_MEASURES) and sum(map(len, texts.values())) == 34
    assert OLD_TEMPLATE_BACKUP in texts["backup"]
