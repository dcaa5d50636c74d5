from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from core.domain.register import Period
from core.errors import InvalidInput, NotFound
from core.services.register import RegisterService
from tests.core.register_fixtures import NOW, fixed_clock, full_activity, full_processor


@pytest.fixture
def service(vault):
    return RegisterService(vault, fixed_clock)


def test_create_assigns_references_and_timestamps(service):
    p = service.create_processor(full_processor())
    assert p.ref == "P01" and p.created_at == "2026-11-29T10:30:00+00:00"
    a = service.create_activity(full_activity(processor_refs=(p.ref,)))
    b = service.create_activity(full_activity(name="Deuxième", status="draft"))
    assert (a.ref, b.ref) == ("T01", "T02")
    stored = service.activity("T01")
    assert stored == a
    assert service.activities_using("P01") == ["T01"]


def test_round_trip_through_the_vault_keeps_every_field(service):
    p = service.create_processor(full_processor())
    a = service.create_activity(full_activity(processor_refs=(p.ref,)))
    assert service.register().activities == (a,)
    assert service.processor("P01") == p


def test_update_keeps_creation_date_and_stamps_update(vault):
    clock_value = [NOW]
    service = RegisterService(vault, lambda: clock_value[0])
    a = service.create_activity(full_activity())
    clock_value[0] = NOW + timedelta(days=3)
    b = service.update_activity(replace(a, name="Renommée", created_at="ignored"))
    assert b.created_at == a.created_at and b.updated_at == "2026-12-02T10:30:00+00:00"
    assert service.activity(a.ref).name == "Renommée"


def test_invalid_changes_write_nothing(service):
    a = service.create_activity(full_activity())
    with pytest.raises(InvalidInput):
        service.update_activity(replace(a, name="", information=""))
    with pytest.raises(InvalidInput):
        service.create_activity(full_activity(processor_refs=("P09",)))
    assert service.activities() == [a]
    with pytest.raises(NotFound):
        service.update_activity(replace(a, ref="T77"))


def test_retention_change_requires_justification_through_the_service(service):
    created = service.apply_templates(["patient_record_doctor"])[0]
    rule = created.retention[0]
    shorter = replace(created, retention=(replace(rule, active=Period(3, "years")),))
    with pytest.raises(InvalidInput) as exc:
        service.update_activity(shorter)
    assert exc.value.problems[0].path == "retention[0].justification"
    ok = replace(created, retention=(replace(rule, active=Period(3, "years"), justification="Choix motivé"),))
    assert service.update_activity(ok).retention[0].justification == "Choix motivé"


def test_apply_templates_creates_suggested_processors_once_and_links_them(service):
    created = service.apply_templates(["patient_record_doctor", "billing_sesam", "appointments"])
    assert [a.ref for a in created] == ["T01", "T02", "T03"]
    processors = {p.template_key: p.ref for p in service.processors()}
    assert set(processors) == {
        "practice_software",
        "software_host",
        "it_maintenance",
        "backup",
        "claims_concentrator",
        "booking_platform",
    }
    # the software vendor is shared by the record and billing: one processor, two links
    assert service.activities_using(processors["practice_software"]) == ["T01", "T02"]
    again = service.apply_templates(["accounting"], create_processors=False)
    assert again[0].processor_refs == ()


def test_apply_unknown_template_is_refused_without_writing(service):
    with pytest.raises(InvalidInput):
        service.apply_templates(["appointments", "no_such_template"])
    assert service.is_empty()


def test_processor_links_edited_from_the_processor_side(service):
    service.apply_templates(["patient_record_doctor", "accounting", "suppliers"])
    host = next(p for p in service.processors() if p.template_key == "software_host")
    service.update_processor(host, activity_refs=["T02", "T03"])
    assert service.activities_using(host.ref) == ["T02", "T03"]
    assert host.ref not in service.activity("T01").processor_refs
    with pytest.raises(NotFound):
        service.update_processor(host, activity_refs=["T99"])
    assert service.activities_using(host.ref) == ["T02", "T03"]


def test_deleting_a_processor_unlinks_it(service):
    service.apply_templates(["appointments"])
    platform = service.processors()[0]
    service.delete_processor(platform.ref)
    assert service.activity("T01").processor_refs == ()
    service.delete_activity("T01")
    assert service.is_empty()
    with pytest.raises(NotFound):
        service.delete_activity("T01")


def test_hds_warnings_use_the_injected_clock(service):
    service.create_processor(full_processor(hds_expiry=NOW.date() + timedelta(days=30)))
    service.create_processor(full_processor(name="Sans certificat", hds_reference=""))
    service.create_processor(full_processor(name="Sans données de santé", hosts_health_data=False))
    warnings = [(p.ref, w.code) for p, w in service.hds_warnings()]
    assert warnings == [("P01", "expires_soon"), ("P02", "no_certificate")]


def test_references_keep_growing_past_99(service):
    from core.storage.repositories import register as repo

    with service._vault.transaction() as conn:
        repo.insert_activities(
            conn,
            [
                replace(
                    full_activity(),
                    ref=f"T{i:02d}",
                    created_at="2026-01-01T00:00:00+00:00",
                    updated_at="2026-01-01T00:00:00+00:00",
                )
                for i in range(1, 101)
            ],
        )
    assert service.create_activity(full_activity()).ref == "T101"
    refs = [a.ref for a in service.activities()]
    assert refs[:3] == ["T01", "T02", "T03"] and refs[-2:] == ["T100", "T101"]
