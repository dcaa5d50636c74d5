"""Rights requests: validation, lifecycle with the legal constraints, encrypted attachments, letters."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader

from core.clock import PARIS
from core.domain.rights import AnswerChannel, RequesterKind, RequestKind, RequestStatus, RightsRequest
from core.errors import Conflict, InvalidInput, NotFound
from core.reports import rights_letters
from core.services.rights import RightsService


class FakeClock:
    def __init__(self, moment: datetime) -> None:
        self.now = moment

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=PARIS))


@pytest.fixture
def service(vault, clock):
    return RightsService(vault, clock)


def new_request(clock, kind=RequestKind.MEDICAL_RECORD, **kw):
    return RightsRequest(
        kind=kind,
        requester_kind=kw.pop("requester_kind", RequesterKind.PATIENT),
        requester_name=kw.pop("requester_name", "Jeanne Durand"),
        received_at=kw.pop("received_at", clock.now),
        details=kw.pop("details", "Copie complète du dossier"),
        **kw,
    )


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_bad_input_writes_nothing(service, clock):
    with pytest.raises(InvalidInput) as err:
        service.create(new_request(clock, requester_name=" ", requester_kind=RequesterKind.HEIR))
    assert {p.path for p in err.value.problems} == {"requester_name", "patient_name"}
    with pytest.raises(InvalidInput):
        service.create(new_request(clock, received_at=clock.now + timedelta(days=1)))
    with pytest.raises(InvalidInput):
        service.create(new_request(clock, kind=RequestKind.ERASURE, old_information=True))
    assert service.list() == []


def test_medical_record_lifecycle_respects_the_48_hours(service, clock):
    created = service.create(new_request(clock))
    view = service.list()[0]
    assert view.request == created and view.deadline.days_left == 8
    with pytest.raises(Conflict) as err:
        service.answer(created.id, clock.now + timedelta(hours=30), AnswerChannel.POST)
    assert "48 heures" in str(err.value)
    with pytest.raises(Conflict):
        service.extend(created.id, "dossier volumineux")
    clock.now += timedelta(days=3)
    answered = service.answer(created.id, clock.now, AnswerChannel.SECURE_EMAIL, "Copie envoyée")
    assert answered.status is RequestStatus.ANSWERED
    assert service.get(created.id).answer_channel is AnswerChannel.SECURE_EMAIL
    with pytest.raises(Conflict):
        service.withdraw(created.id)
    reopened = service.reopen(created.id)
    assert reopened.status is RequestStatus.RECEIVED and reopened.answered_at is None


def test_gdpr_extension_only_before_first_deadline(service, clock):
    first = service.create(new_request(clock, kind=RequestKind.GDPR_ACCESS))
    late = service.create(new_request(clock, kind=RequestKind.ERASURE))
    with pytest.raises(InvalidInput):
        service.extend(first.id, "  ")
    extended = service.extend(first.id, "Données réparties dans trois logiciels")
    assert extended.status is RequestStatus.EXTENDED
    assert service.view(first.id).deadline.due.isoformat() == "2026-06-02"
    with pytest.raises(Conflict, match="déjà été prolongé"):
        service.extend(first.id, "encore")
    clock.now = datetime(2026, 4, 3, 9, 0, tzinfo=PARIS)
    assert service.view(late.id).deadline.overdue
    with pytest.raises(Conflict, match="02/04/2026"):
        service.extend(late.id, "trop tard")


def test_refusal_needs_reasons_and_update_keeps_status(service, clock):
    created = service.create(new_request(clock, kind=RequestKind.ERASURE))
    with pytest.raises(InvalidInput):
        service.refuse(created.id, clock.now, AnswerChannel.POST, "")
    refused = service.refuse(created.id, clock.now, AnswerChannel.POST, "Dossier à conserver 20 ans")
    edited = service.update(
        RightsRequest(**{**refused.__dict__, "details": "Effacement total", "status": RequestStatus.RECEIVED})
    )
    assert edited.status is RequestStatus.REFUSED and service.get(created.id).details == "Effacement total"
    service.delete(created.id)
    with pytest.raises(NotFound):
        service.get(created.id)


def test_attachments_are_kept_with_their_hash(service, clock, vault):
    created = service.create(new_request(clock))
    att = service.attach(created.id, "C:\\scans\\piece-identite.pdf", b"%PDF-1.4 carte", "application/pdf")
    assert att.filename == "piece-identite.pdf" and att.size == 14
    assert service.attachment_content(att.id) == b"%PDF-1.4 carte"
    with vault.transaction() as conn:
        conn.execute("UPDATE rights_attachment SET content = ? WHERE id = ?", (b"altered", att.id))
    with pytest.raises(Conflict, match="altérée"):
        service.attachment_content(att.id)
    service.delete(created.id)
    assert service.attachments(created.id) == []


@pytest.mark.parametrize("letter", rights_letters.LETTERS)
def test_every_letter_renders_with_the_practice_and_request(service, clock, letter):
    created = service.create(
        new_request(
            clock,
            requester_kind=RequesterKind.HEIR,
            requester_name="Marc Durand",
            patient_name="Paul Durand",
            requester_address="3 rue Neuve\n69001 Lyon",
        )
    )
    body = service.default_letter(created.id, letter)
    assert body.startswith("Madame, Monsieur,")
    for placeholder in rights_letters.placeholders(body):  # the practitioner writes their own reason
        body = body.replace(placeholder, "le volume des documents à rassembler")
    out = io.BytesIO()
    service.render_letter(created.id, letter, body + "\n\nAjout manuel du praticien.", out)
    text = text_of(out.getvalue())
    for expected in (
        "Cabinet test",
        "Marc Durand",
        "Paul Durand",
        "2 mars 2026",
        "Ajout manuel du praticien",
    ):
        assert expected in text
    assert rights_letters.LETTER_TITLES[letter] in text


def test_acknowledgement_states_the_deadline_and_heir_purposes(service, clock):
    created = service.create(
        new_request(
            clock, requester_kind=RequesterKind.HEIR, patient_name="Paul Durand", old_information=True
        )
    )
    body = service.default_letter(created.id, rights_letters.ACKNOWLEDGEMENT)
    assert "2 mai 2026" in body and "causes du décès" in body and "pièce d'identité" in body
    with pytest.raises(InvalidInput):
        service.render_letter(created.id, rights_letters.ANSWER, "  ", io.BytesIO())


@pytest.mark.parametrize("letter", [rights_letters.EXTENSION, rights_letters.REFUSAL])
def test_a_letter_with_an_instruction_left_in_brackets_is_not_printed(service, clock, letter):
    """A patient never receives "[exposez ici les motifs précis du refus]": printing is refused until the
    practitioner has written the reason (GDPR art. 12(3)-(4): the reasons of an extension or a refusal)."""
    created = service.create(new_request(clock))
    body = service.default_letter(created.id, letter)
    assert rights_letters.placeholders(body)
    with pytest.raises(InvalidInput) as refused:
        service.render_letter(created.id, letter, body, io.BytesIO())
    assert "crochets" in refused.value.problems[0].problem
    body = body.replace(rights_letters.placeholders(body)[0], "le volume des documents à rassembler")
    out = io.BytesIO()
    service.render_letter(created.id, letter, body, out)
    assert "[" not in text_of(out.getvalue())


def test_letter_pdf_is_deterministic(service, clock):
    created = service.create(new_request(clock))
    body = service.default_letter(created.id, rights_letters.ANSWER)
    a, b = io.BytesIO(), io.BytesIO()
    service.render_letter(created.id, rights_letters.ANSWER, body, a)
    service.render_letter(created.id, rights_letters.ANSWER, body, b)
    assert a.getvalue() == b.getvalue()


def test_each_step_is_journaled_without_names(service, clock, vault):
    from core.storage import ledger

    created = service.create(new_request(clock, kind=RequestKind.OBJECTION))
    service.extend(created.id, "Plusieurs logiciels à vérifier")
    service.answer(created.id, clock.now, AnswerChannel.POST)
    with vault.read() as conn:
        entries = ledger.entries(conn, "rights.", f"rights:{created.id}")
        assert ledger.verify(conn).ok
    assert [e.kind for e in entries] == ["rights.created", "rights.extended", "rights.answered"]
    assert "Jeanne" not in repr([e.body for e in entries])


def test_erasure_refusal_cites_the_retention_obligation(service, clock):
    created = service.create(new_request(clock, kind=RequestKind.ERASURE))
    body = service.default_letter(created.id, rights_letters.REFUSAL)
    assert "vingt ans" in body and "17.3" in body and "CNIL" in body
    answer = service.default_letter(created.id, rights_letters.ANSWER)
    assert "vingt ans" in answer


def test_log_lists_every_request_with_its_outcome(service, clock):
    late = service.create(new_request(clock, kind=RequestKind.ERASURE, requester_name="Camille Girard"))
    on_time = service.create(
        new_request(clock, kind=RequestKind.RECTIFICATION, requester_name="Louis Moreau")
    )
    clock.now += timedelta(days=2)
    service.answer(on_time.id, clock.now, AnswerChannel.EMAIL)
    clock.now += timedelta(days=40)
    out = io.BytesIO()
    service.render_log(out)
    text = " ".join(text_of(out.getvalue()).split())
    assert "Journal des demandes des patients" in text and "2 demandes : 1 en cours, 1 hors délai" in text
    assert "Camille Girard" in text and "EN RETARD" in text and "dans le délai" in text
    assert text.index("Camille Girard") < text.index("Louis Moreau")  # in order of receipt (ids follow)
    assert str(late.id) in text
