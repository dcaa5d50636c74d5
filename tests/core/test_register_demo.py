from __future__ import annotations

from core.demo import build
from core.services.register import RegisterService
from tests.conftest import PASSPHRASE


def test_demo_register_is_realistic(demo_vault):
    service = RegisterService(demo_vault)
    activities = service.activities()
    assert [a.template_key for a in activities][:3] == [
        "patient_record_doctor",
        "appointments",
        "billing_sesam",
    ]
    complete = [a for a in activities if a.status == "complete"]
    assert len(complete) == len(activities) - 1 and all(a.missing() == [] for a in complete)
    draft = next(a for a in activities if a.status == "draft")
    assert draft.missing()
    appointments = next(a for a in activities if a.template_key == "appointments")
    assert appointments.retention[0].departs_from_recommendation() and appointments.retention[0].justification
    processors = service.processors()
    assert len(processors) >= 10 and all("à préciser" not in p.name for p in processors)
    codes = {w.code for _p, w in service.hds_warnings()}
    assert codes == {"expires_soon", "no_certificate"}
    summary = service.summary()
    assert (summary.activities, summary.complete, summary.hds_warnings) == (len(activities), len(complete), 2)
    assert 90 < summary.average_completeness <= 100 and summary.processors == len(processors)


def test_large_demo_has_the_benchmark_volumes(tmp_path):
    """Volumes only: speed is measured by bench/run.py, not asserted here (machines differ)."""
    vault, _code = build(tmp_path / "large.vault", PASSPHRASE, size="large")
    try:
        service = RegisterService(vault)
        activities = service.activities()
        assert len(activities) >= 1000 and len(service.processors()) >= 200
        assert activities[-1].ref == f"T{len(activities)}"
        assert all(a.processor_refs for a in activities[-1000:])
    finally:
        vault.lock()
