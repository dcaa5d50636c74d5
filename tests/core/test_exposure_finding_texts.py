"""Exposure findings as codes: every text in French and English with the same placeholders, every kind built."""

from __future__ import annotations

import string
from datetime import UTC, datetime

from core.exposure import box_guides, finding_texts, firewall, local, router, upnp
from core.exposure.findings import Kind, ScanResult
from core.exposure.hairpin import PortProbe, ProbeResult
from core.exposure.serialize import command_json, scan_from_json, scan_to_json
from core.exposure.services_en import SERVICES_EN
from core.exposure.services_table import TABLE

THIS_PC = "192.168.1.20"


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def test_every_code_has_both_languages_with_the_same_placeholders():
    for code, (fr, en) in finding_texts.TEXTS.items():
        assert fr.strip() or code.startswith(("runs.", "probe.stopped")), code
        assert en.strip() or code.startswith(("runs.", "probe.stopped")), code
        assert _fields(fr) == _fields(en), code
    for code, ((fr1, fr2), (en1, en2)) in finding_texts.PLURALS.items():
        assert all((fr1, fr2, en1, en2)), code


def test_every_service_and_box_has_its_english():
    assert {s.key for s in TABLE} == set(SERVICES_EN)
    assert all(all(texts) for texts in SERVICES_EN.values())
    assert {g.key for g in box_guides.GUIDES} == set(box_guides.GUIDES_EN)


def test_every_checklist_label_has_its_english():
    from core.exposure.checklist_map import KEY_LABELS, KEY_LABELS_EN

    assert set(KEY_LABELS) == set(KEY_LABELS_EN)


def test_the_silent_box_detail_in_both_languages():
    scan = every_kind_scans()[3]
    assert scan.router.reason_text == (
        "aucune box n'a répondu à la recherche UPnP (attente de 2,5 s, 3 réponses d'autres appareils ignorées)"
    )
    unreachable = next(f for f in scan.findings if f.kind is Kind.ROUTER_UNREACHABLE)
    assert finding_texts.advice(unreachable, "en").startswith(
        "Vigie could not read the box: no box answered the UPnP search (waited 2.5 s, 3 answers from other "
        "devices ignored)."
    )


def test_plurals_are_real():
    assert finding_texts.value({"n": 1, "plural": "rules_read"}, "en") == "1 rule read"
    assert finding_texts.value({"n": 0, "plural": "rules_read"}, "en") == "0 rules read"
    assert finding_texts.value({"n": 0, "plural": "rules_read"}, "fr") == "0 règle lue"
    assert finding_texts.value({"n": 2, "plural": "rules_read"}, "fr") == "2 règles lues"


def every_kind_scans() -> list[ScanResult]:
    """Scans built with the real rules that together hold a finding of every kind and every text code."""
    moment = datetime(2026, 11, 29, 21, 0, tzinfo=UTC)
    snapshot = local.LocalSnapshot(
        (
            local.Listener("tcp", ("0.0.0.0",), 11112, 4321, "dcmqrscp"),
            local.Listener("tcp", ("192.168.1.20",), 3389, 900, "svchost.exe"),
            local.Listener("tcp", ("0.0.0.0",), 4455, None, None),
            local.Listener("tcp", ("0.0.0.0",), 9000, 77, "outil"),
        ),
        True,
    )
    livebox = upnp.Gateway("http://192.168.1.1:49152/rootDesc.xml", "Livebox 6", "Sagemcom", "Livebox 6", ())
    mappings = (
        upnp.PortMapping("", 8104, "tcp", 11112, THIS_PC, True, "Imagerie", 0),
        upnp.PortMapping("198.51.100.4", 2222, "tcp", 22, "192.168.1.30", True, "", 0),
        upnp.PortMapping("", 40000, "udp", 40000, "192.168.1.31", True, "Jeu", 0),
        upnp.PortMapping("", 5900, "tcp", 5900, "192.168.1.32", False, "VNC", 0),
    )
    complete = router.RouterReading(
        gateways=(
            router.GatewayReading(
                livebox,
                "203.0.113.7",
                (upnp.MappingList(mappings[:2]), upnp.MappingList(mappings[2:], upnp.Stop.FAULT, 4, "501")),
                ipv6_firewall=upnp.Ipv6FirewallStatus(False, False),
            ),
            router.GatewayReading(
                upnp.Gateway("http://192.168.1.2:5000/d.xml", "", "", "", ()),
                None,
                (),
                refused=upnp.SoapFault("606", "Action not authorized").value,
                ipv6_firewall=upnp.Ipv6FirewallStatus(True, True),
            ),
        ),
        probe=ProbeResult("203.0.113.7", (PortProbe(3389, "arrived"), PortProbe(9000, "arrived"))),
    )
    probe_none = router.RouterReading(
        gateways=(router.GatewayReading(livebox, "203.0.113.7", (upnp.MappingList(()),)),),
        probe=ProbeResult("203.0.113.7", (PortProbe(11112, "silent"),), stopped="time_budget"),
    )
    probe_not_run = router.RouterReading(
        gateways=(router.GatewayReading(livebox, None, (upnp.MappingList(()),)),), probe_note="no_external_ip"
    )
    waited = {"t": "no_answer.waited", "p": {"seconds": {"decimal": 2.5}}}
    others = {"t": "no_answer.others", "p": {"others": {"n": 3, "plural": "other_answers"}}}
    detail = {"join": [waited, others], "sep": ""}
    silent = router.RouterReading(
        reason=router.NO_ANSWER, detail=finding_texts.value(detail, "fr"), detail_value=detail
    )

    def runner(args, timeout):
        if args == [firewall.FIREWALL_SCRIPT]:
            return '[{"Name": "Public", "Enabled": false}, {"Name": "Private", "Enabled": true}]'
        return (
            '[{"Name": "Cabinet", "NetworkCategory": "Private"}, {"Name": "Invités", "NetworkCategory": "Public"},'
            ' {"InterfaceAlias": "Ethernet 2", "NetworkCategory": "DomainAuthenticated"}]'
        )

    out = []
    for reading, extra in (
        (complete, firewall.firewall_findings("win32", runner)),
        (probe_none, firewall.firewall_findings("linux")),
        (probe_not_run, firewall.firewall_findings("win32", lambda a, t: None)),
        (silent, firewall.firewall_findings("win32", lambda a, t: '[{"Name": "Domain", "Enabled": true}]')),
    ):
        found = router.all_findings(snapshot, reading, {THIS_PC}) + extra
        out.append(ScanResult(moment, moment, tuple(found), router.router_info(reading), "win32"))
    return out


def test_the_fixture_covers_every_kind():
    findings = [f for scan in every_kind_scans() for f in scan.findings]
    assert {f.kind for f in findings} == set(Kind)
    assert all(f.code for f in findings)


def test_french_text_is_rendered_from_the_code_and_stored_beside_it():
    for scan in every_kind_scans():
        for f in scan.findings:
            assert finding_texts.title(f, "fr") == f.title
            assert finding_texts.render(f"{f.code}.title", f.params, "fr") == f.title
            assert finding_texts.render(f"{f.code}.advice", f.params, "fr") == f.advice
        again = scan_from_json(scan_to_json(scan))
        assert again.findings == scan.findings


def test_a_finding_without_code_shows_its_stored_text():
    from dataclasses import replace

    f = every_kind_scans()[0].findings[0]
    old = replace(f, code=None, params=None)
    assert finding_texts.title(old, "en") == f.title
    assert finding_texts.advice(old, "en") == f.advice
    scan = every_kind_scans()[0]
    stored = scan_to_json(ScanResult(scan.started_at, scan.finished_at, (old,)))["findings"][0]
    assert "code" not in stored and "params" not in stored  # scans saved before keep their digest


def test_command_json_keeps_the_french_and_adds_the_code():
    scan = every_kind_scans()[0]
    data = command_json(scan)["findings"]
    for f, row in zip(scan.findings, data, strict=True):
        assert row["title"] == f.title and row["advice"] == f.advice
        assert row["code"] == f.code and row["params"] == f.params


def test_saved_scans_keep_their_codes_and_digest(vault):
    from core.services.exposure import ExposureService

    service = ExposureService(vault)
    for scan in every_kind_scans():
        stored = service.save(scan)
        again = service.get(stored.id)  # recomputes the digest: refuses a scan that changed on the way
        assert again.scan.findings == scan.findings
        assert [finding_texts.title(f, "en") for f in again.scan.findings] == [
            finding_texts.title(f, "en") for f in scan.findings
        ]
