"""Stored scans: dated evidence in the vault, all or nothing, tamper-evident."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from core.errors import Conflict, InvalidInput, NotFound
from core.exposure.checklist_map import Answer
from core.exposure.findings import Finding, Kind, RouterInfo, ScanResult, Severity
from core.services.exposure import ExposureService
from core.storage.migrate import current_version

T0 = datetime(2026, 11, 29, 21, 0, tzinfo=UTC)
T1 = datetime(2026, 11, 29, 21, 0, 12, tzinfo=UTC)


def sample_scan(finished: datetime = T1) -> ScanResult:
    return ScanResult(
        started_at=T0,
        finished_at=finished,
        platform="win32",
        router=RouterInfo(
            answered=True,
            description_url="http://192.168.1.1:49152/rootDesc.xml",
            friendly_name="Livebox 6",
            manufacturer="Sagemcom",
            model="Livebox 6",
            external_ip="203.0.113.7",
            mapping_count=1,
        ),
        findings=(
            Finding(
                Kind.ROUTER_MAPPING,
                "La box ouvre sur Internet le serveur d'imagerie",
                Severity.CRITICAL,
                "Supprimez la redirection.",
                "192.168.1.20",
                11112,
                "tcp",
                None,
                "dicom",
            ),
            Finding(
                Kind.LOCAL_LISTENER,
                "Serveur d'imagerie médicale (DICOM) à l'écoute (TCP 11112)",
                Severity.CRITICAL,
                "Orthanc attend des connexions…",
                "0.0.0.0",
                11112,
                "tcp",
                "Orthanc.exe (pid 4242)",
                "dicom",
            ),
            Finding(Kind.ROUTER_UPNP, "UPnP activé", Severity.WARNING, "Désactivez l'UPnP.", "192.168.1.1"),
            Finding(Kind.FIREWALL, "Pare-feu actif", Severity.INFO, "Rien à faire."),
        ),
    )


def test_schema_is_at_least_0006(vault):
    with vault.read() as conn:
        assert current_version(conn) >= 6
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    assert {"exposure_scan", "exposure_finding"} <= tables


def test_save_and_read_back(vault):
    now = datetime(2026, 11, 29, 22, 0, tzinfo=UTC)
    service = ExposureService(vault, clock=lambda: now)
    stored = service.save(sample_scan(), note="  après passage du prestataire  ")
    assert stored.note == "après passage du prestataire"
    assert stored.saved_at == "2026-11-29T22:00:00+00:00"
    assert stored.scan == sample_scan()
    assert len(stored.digest) == 64
    assert service.latest().id == stored.id
    (summary,) = service.history()
    assert (summary.critical, summary.warning, summary.info, summary.router_answered) == (2, 1, 1, True)
    proposals = {p.key: p.answer for p in service.proposals()}
    assert proposals["box_port_forwarding"] is Answer.NO
    assert proposals["imaging_exposure"] is Answer.NO


def test_history_is_newest_first(vault):
    service = ExposureService(vault)
    first = service.save(sample_scan())
    second = service.save(sample_scan(datetime(2026, 12, 1, 9, 0, tzinfo=UTC)))
    assert [s.id for s in service.history()] == [second.id, first.id]
    assert service.latest().id == second.id


def test_invalid_input_writes_nothing(vault):
    service = ExposureService(vault)
    with pytest.raises(InvalidInput) as caught:
        service.save(sample_scan(), note="x" * 3000)
    assert caught.value.problems[0].path == "note"
    with pytest.raises(InvalidInput):
        service.save(sample_scan(finished=datetime(2026, 1, 1, tzinfo=UTC)))
    assert service.history() == []
    assert service.latest() is None
    assert service.proposals() == []


def test_failure_midway_rolls_back(vault):
    broken = sample_scan()
    object.__setattr__(broken.findings[1], "protocol", "sctp")  # refused by the CHECK constraint
    with pytest.raises(Exception):  # noqa: B017 - the driver's IntegrityError
        ExposureService(vault).save(broken)
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM exposure_scan").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM exposure_finding").fetchone()[0] == 0


def test_tampering_is_detected(vault):
    service = ExposureService(vault)
    stored = service.save(sample_scan())
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE exposure_finding SET severity = 'info' WHERE scan_id = ? AND position = 0", (stored.id,)
        )
    with pytest.raises(Conflict):
        service.get(stored.id)


def test_unknown_scan(vault):
    with pytest.raises(NotFound):
        ExposureService(vault).get(999)


def test_demo_vault_has_the_before_and_after_scans(demo_vault):
    service = ExposureService(demo_vault)
    history = service.history()
    assert len(history) == 2
    after, before = history
    assert before.critical >= 3 and after.critical == 0
    latest = service.latest()
    assert latest.note.startswith("Après suppression")
    proposals = {p.key: p.answer for p in service.proposals(before.id)}
    assert proposals["imaging_exposure"] is Answer.NO
    # After the fix the UPnP list is clean, but manual rules and the DMZ are not seen: never a "yes".
    assert {p.key: p.answer for p in service.proposals()}["box_port_forwarding"] is Answer.UNKNOWN


def test_saving_is_journaled_in_the_hash_chain(vault):
    from core.storage import ledger

    service = ExposureService(vault)
    stored = service.save(sample_scan())
    with vault.read() as conn:
        (entry,) = ledger.entries(conn, "exposure.", ref=str(stored.id))
        assert ledger.verify(conn, vault.ledger_anchor()).ok
    assert entry.kind == "exposure.scan_saved"
    assert entry.body == {
        "digest": stored.digest,
        "finished_at": "2026-11-29T21:00:12+00:00",
        "critical": 2,
        "warning": 1,
        "info": 1,
    }


def test_replaced_scan_with_a_consistent_digest_is_still_detected(vault):
    from core.exposure import serialize

    service = ExposureService(vault)
    stored = service.save(sample_scan())
    forged = replace(stored.scan, findings=stored.scan.findings[2:])
    with (
        vault.transaction() as conn
    ):  # someone with the key rewrites the scan and its digest, not the journal
        conn.execute("DELETE FROM exposure_finding WHERE scan_id = ? AND position < 2", (stored.id,))
        conn.execute("UPDATE exposure_finding SET position = position - 2 WHERE scan_id = ?", (stored.id,))
        conn.execute(
            "UPDATE exposure_scan SET digest = ? WHERE id = ?", (serialize.digest(forged), stored.id)
        )
    with pytest.raises(Conflict):
        service.get(stored.id)


def test_evidence_for_a_checklist_key(vault):
    service = ExposureService(vault)
    assert service.evidence_for("imaging_exposure") is None
    stored = service.save(sample_scan())
    evidence = service.evidence_for("imaging_exposure")
    assert (evidence.scan_id, evidence.scanned_at) == (stored.id, T1)
    assert evidence.proposal.answer is Answer.NO and evidence.proposal.item_id == "IMAG-01"
    with pytest.raises(InvalidInput):
        service.evidence_for("pas_une_cle")


def test_whatever_a_box_says_can_be_saved(vault):
    from core.exposure import router, upnp

    entries = [
        {
            "NewExternalPort": "8443",
            "NewProtocol": "SCTP",
            "NewInternalClient": "x" * 500,
            "NewPortMappingDescription": "<script>&" * 50,
            "NewRemoteHost": "y" * 500,
        },
        {
            "NewExternalPort": "65535",
            "NewProtocol": "udp",
            "NewInternalClient": "192.168.1.20",
            "NewEnabled": "0",
        },
    ]
    mappings = tuple(m for m in map(upnp._mapping, entries) if m)
    gateway = upnp.Gateway("http://192.168.1.1/d.xml", "Box é\u202e", "", "", ())
    reading = router.single(gateway, None, mappings)
    assert router.forwarded_here(router.single(gateway, None, mappings[:1]), {"x" * 100}) == {
        ("tcp", 8443),
        ("udp", 8443),
    }
    scan = replace(
        sample_scan(),
        findings=tuple(router.router_findings(reading, {"192.168.1.20"})),
        router=router.router_info(reading),
    )
    stored = ExposureService(vault).save(scan)
    assert stored.scan == scan


def test_scans_saved_before_the_box_states_keep_their_digest(vault):
    """Stored canonical form of a v1 scan (no state, no external port, no rule): unchanged, so its digest holds."""
    from core.exposure.serialize import canonical, scan_to_json

    old = sample_scan()
    assert old.router.state is None and all(f.external_port is None and f.rule is None for f in old.findings)
    data = scan_to_json(old)
    assert "state" not in data["router"] and "reason" not in data["router"]
    assert all(
        set(f) == {"kind", "title", "address", "port", "protocol", "program", "service", "severity", "advice"}
        for f in data["findings"]
    )
    stored = ExposureService(vault).save(old)
    assert ExposureService(vault).get(stored.id).scan == old
    assert '"external_port"' not in canonical(old)
