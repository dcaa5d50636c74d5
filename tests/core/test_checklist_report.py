"""The assessment PDF (text checks with pypdf, determinism), the CLI command and the demo data."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from core.cli import main as cli_main
from core.domain.checklist import ActionInput, Answer, AnswerInput
from core.reports import checklist_data, checklist_report
from core.services.checklist import ChecklistService
from core.services.checklist_files import EvidenceFileService
from core.services.checklist_plan import ActionPlanService

GENERATED = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def pdf_text(data: bytes) -> str:
    """The document's text with whitespace collapsed (table cells wrap lines anywhere)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def render(vault, service, assessment_id) -> bytes:
    plan, files = ActionPlanService(vault, checklist=service), EvidenceFileService(vault, checklist=service)
    data = checklist_data.build(service, plan, files, assessment_id)
    out = io.BytesIO()
    checklist_report.render(data, out, generated_at=GENERATED)
    return out.getvalue()


@pytest.fixture
def two_years(vault):
    clock = FakeClock(datetime(2025, 1, 15, 9, 0, tzinfo=UTC))
    service = ChecklistService(vault, clock)
    service.set_profile({"has_imaging": False})
    a = service.start(2025)
    for item in service.applicable_items(a):
        service.answer(a.id, AnswerInput(item.id, Answer.YES))
    service.answer(a.id, AnswerInput("RESEAU-03", Answer.NO, note="Port 3389 redirigé vers le secrétariat"))
    service.answer(a.id, AnswerInput("DROITS-07", Answer.NA, na_reason="Aucun usage hors des soins"))
    ActionPlanService(vault, clock, service).add_action(
        a.id, ActionInput("RESEAU-03", "Supprimer la redirection <3389> & la DMZ", owner="Dr Test",
                          due_date=date(2025, 2, 15), cost="0 €", effort="low"))
    EvidenceFileService(vault, clock, service).add_evidence(a.id, "RESEAU-03", "capture-box.png", b"\x89PNG fake")
    service.close(a.id, closed_by="Dr Test")
    clock.moment = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
    b = service.start()
    return service, a, b


def test_report_contains_identity_scores_red_flags_answers_plan_and_signature(two_years, vault):
    service, a, _ = two_years
    text = pdf_text(render(vault, service, a.id))
    assert "Auto-évaluation de la sécurité 2025" in text
    assert "Cabinet test" in text and "Dr Test" in text and "RPPS 10101234567" in text
    assert "Clôturée le 15/01/2025" in text and service.get(a.id).content_hash in text
    assert "Score global pondéré" in text
    assert "Points rouges : 1" in text
    assert "RESEAU-03" in text and "Port 3389 redirigé vers le secrétariat" in text
    assert "Sans objet : Aucun usage hors des soins" in text
    assert "Supprimer la redirection <3389> & la DMZ" in text  # user text escaped, not parsed as markup
    assert "capture-box.png" in text
    assert "Plan d'actions" in text and "Box internet, Wi-Fi, réseau et accès à distance" in text
    assert "IMAG-01" in text  # listed among the questions that do not apply to this practice
    assert "Nom et signature" in text
    assert "2025" in text and "Score par thème" in text


def test_report_of_the_next_year_compares_with_the_previous_one(two_years, vault):
    service, _, b = two_years
    text = pdf_text(render(vault, service, b.id))
    assert "En cours — document provisoire" in text
    assert "À faire — en retard" in text  # the 2025 action, due a month after it was planned
    assert "(à confirmer)" in text and "Sans réponse" in text
    assert "Historique du score global" in text
    assert "par rapport à 2025" in text


def test_report_is_deterministic(two_years, vault):
    service, a, _ = two_years
    assert render(vault, service, a.id) == render(vault, service, a.id)


def test_cli_report_and_missing_year(two_years, vault_path, tmp_path, monkeypatch, capsys, passphrase):
    service, _, _ = two_years
    service._vault.lock()  # the CLI opens the vault itself
    monkeypatch.setenv("VIGIE_PASSPHRASE", passphrase)
    out = tmp_path / "rapport 2025.pdf"
    assert cli_main(["checklist", "report", "--vault", str(vault_path), "--year", "2025", "--out", str(out)]) == 0
    assert "Auto-évaluation de la sécurité 2025" in pdf_text(out.read_bytes())
    missing = tmp_path / "none.pdf"
    code = cli_main(["checklist", "report", "--vault", str(vault_path), "--year", "2019", "--out", str(missing)])
    assert code == 1 and not missing.exists()
    assert "Aucune auto-évaluation de sécurité n'existe pour l'année 2019." in capsys.readouterr().err


def test_demo_has_a_closed_year_and_one_in_progress(demo_vault):
    service = ChecklistService(demo_vault)
    assessments = service.assessments()
    assert len(assessments) == 2
    last, current = assessments
    assert last.is_closed and not current.is_closed and current.year == last.year + 1
    assert service.verify(last.id) == []
    assert service.score(last.id).red_flags  # the port forwarding and the unencrypted laptop
    assert not service.score(current.id).red_flags
    assert any(a.is_open for a in ActionPlanService(demo_vault, checklist=service).plan(current.id))
    assert service.missing(current.id)[1]  # a few pre-filled answers left to confirm
    assert [h.label for h in service.history()] == [str(last.year), str(current.year)]


def test_item_numbers_stay_on_one_line_and_unanswered_themes_say_so(vault):
    service = ChecklistService(vault, FakeClock(datetime(2026, 1, 15, 9, 0, tzinfo=UTC)))
    a = service.start(2026)
    service.answer(a.id, AnswerInput("RESEAU-01", Answer.NO))
    service.answer(a.id, AnswerInput("DROITS-01", Answer.YES))
    reader = PdfReader(io.BytesIO(render(vault, service, a.id)))
    raw = "\n".join(page.extract_text() for page in reader.pages)
    ids = [item.id for item in service.applicable_items(a)]
    assert "RESEAU-01" in ids and all(i in raw for i in ids)  # none split across two lines ("RESEAU-0\n1")
    text = " ".join(raw.split())
    assert "— —" not in text
    assert "(pas de score : aucune réponse comptée)" in text
