"""The whole scan: an imaging-like server on all interfaces + a fake box forwarding 11112 to this PC."""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime, timedelta

import pytest

from core.exposure import box_guides, hairpin, local, router, ssdp, upnp
from core.exposure.checklist_map import Answer, propose
from core.exposure.findings import JSON_FIELDS, BoxState, Kind, Severity
from core.exposure.scan import ScanEnvironment, ScanOptions, run_scan
from core.exposure.serialize import digest, scan_from_json, scan_to_json
from tests.core.fake_igd import DESCRIPTION_IPV6, FakeBox, FakeIgdServer, Mapping, loopback_only  # noqa: F401

pytestmark = pytest.mark.usefixtures("loopback_only")

THIS_PC = "192.168.1.20"


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 29, 21, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=3)
        return self.now


def _env(**kwargs) -> ScanEnvironment:
    values = {
        "local_addresses": lambda: {THIS_PC, "127.0.0.1"},
        "discover": lambda **kw: pytest.fail("no discovery when the box URL is given"),
        "probe": lambda ip, ports, deadline, **kw: hairpin.ProbeResult(ip, ()),  # never 203.0.113.7
        "platform": "linux",
    }
    values.update(kwargs)
    return ScanEnvironment(**values)


@pytest.fixture
def imaging_server():
    sock = socket.socket()
    for port in (11112, 4242):
        try:
            sock.bind(("0.0.0.0", port))
            break
        except OSError:
            continue
    else:
        pytest.skip("ports DICOM occupés")
    sock.listen(1)
    yield sock.getsockname()[1]
    sock.close()


def test_imaging_server_forwarded_by_the_box_is_critical(imaging_server):
    port = imaging_server
    box = FakeBox(
        mappings=[
            Mapping(port, "TCP", THIS_PC, port, "Imagerie"),
            Mapping(3389, "TCP", "192.168.1.30", 3389, "Bureau secrétariat"),
            Mapping(40000, "UDP", "192.168.1.31", 40000, "Console de jeu"),
        ]
    )
    messages: list[str] = []
    with FakeIgdServer(box) as server:
        result = run_scan(
            ScanOptions(igd_url=server.description_url), _env(), clock=FakeClock(), progress=messages.append
        )
    by_kind = {}
    for f in result.findings:
        by_kind.setdefault(f.kind, []).append(f)

    # One port, one finding: the listener forwarded by the box is reported once, by the box's rule, with the
    # program that listens behind it.
    assert not [f for f in by_kind[Kind.LOCAL_LISTENER] if f.port == port]
    mappings = {f.port: f for f in by_kind[Kind.ROUTER_MAPPING]}
    assert mappings[port].severity is Severity.CRITICAL and "cet ordinateur" in mappings[port].title
    assert f"pid {os.getpid()}" in mappings[port].program and mappings[port].service == "dicom"
    assert (mappings[port].external_port, mappings[port].rule) == (port, "Imagerie")
    assert "recréera" in mappings[port].advice and "Paramètres avancés" in mappings[port].advice
    assert mappings[3389].severity is Severity.CRITICAL and mappings[3389].service == "rdp"
    assert "192.168.1.30" in mappings[3389].title
    assert mappings[40000].severity is Severity.WARNING and mappings[40000].service is None
    upnp_finding = by_kind[Kind.ROUTER_UPNP][0]
    assert upnp_finding.severity is Severity.WARNING
    assert "Livebox (Orange)" in upnp_finding.advice and "UPnP" in upnp_finding.advice
    manual = by_kind[Kind.ROUTER_MANUAL_CHECK][0]
    assert "Livebox" in manual.advice and "NAT/PAT" in manual.advice and "DMZ" in manual.advice
    assert by_kind[Kind.ROUTER_EXTERNAL_IP][0].address == "203.0.113.7"
    assert by_kind[Kind.FIREWALL][0].title.endswith("non disponible sur ce système")

    assert result.router.answered and result.router.friendly_name == "Livebox 6"
    assert result.router.mapping_count == 3 and result.router.state is BoxState.COMPLETE
    assert result.worst is Severity.CRITICAL
    assert result.by_severity()[0].severity is Severity.CRITICAL
    assert messages[-1] == "Vérification terminée."
    # The scan only read: nothing but the read-only actions reached the box.
    assert set(box.actions) == {"GetExternalIPAddress", "GetGenericPortMappingEntry"}
    assert [r for r in box.requests if r[0] == "GET"] == [("GET", "/rootDesc.xml")]

    proposals = {p.key: p for p in propose(result)}
    assert proposals["imaging_exposure"].answer is Answer.NO
    assert proposals["box_port_forwarding"].answer is Answer.NO
    assert proposals["box_upnp"].answer is Answer.NO
    assert proposals["remote_access"].answer is Answer.NO
    assert proposals["imaging_exposure"].item_id == "IMAG-01"
    assert all(
        result.findings[i].severity is Severity.CRITICAL for i in proposals["imaging_exposure"].findings
    )


def test_json_round_trip_and_fields(imaging_server):
    result = run_scan(ScanOptions(upnp=False), _env(), clock=FakeClock())
    data = scan_to_json(result)
    assert all(set(f) <= set(JSON_FIELDS) for f in data["findings"])
    again = scan_from_json(data)
    assert again.findings == result.findings
    assert digest(again) == digest(result)
    # No box asked: no router finding at all, the box is "not checked", and the proposals say to check by hand.
    assert not [f for f in result.findings if f.kind.value.startswith("router")]
    assert (result.router.state, result.router.reason) == (BoxState.NOT_CHECKED, "skipped")
    proposals = {p.key: p for p in propose(result)}
    assert proposals["box_port_forwarding"].answer is Answer.UNKNOWN
    assert proposals["imaging_exposure"].answer is Answer.UNKNOWN  # listening locally, auth unknown


def test_no_box_answer_gives_manual_steps():
    result = run_scan(
        ScanOptions(firewall=False),
        _env(
            collect_local=lambda: local.LocalSnapshot((), False),
            discover=lambda **kw: ssdp.Discovery((), 2.5, other_answers=40),
        ),
        clock=FakeClock(),
    )
    finding, manual = result.findings
    assert manual.kind is Kind.ROUTER_MANUAL_CHECK
    assert "plutôt bon signe" not in finding.advice and "ne dit rien" in finding.advice
    assert "attente de 2,5 s, 40 réponses d'autres appareils ignorées" in finding.advice
    assert (result.router.state, result.router.reason) == (BoxState.NOT_CHECKED, "no_answer")
    assert finding.kind is Kind.ROUTER_UNREACHABLE
    # Nothing of the box was established: no checklist answer is proposed from it, not even "checked this year".
    assert {p.answer for p in propose(result)} == {Answer.UNKNOWN}
    assert finding.severity is Severity.WARNING
    for name in ("Livebox", "Freebox", "Bbox", "SFR"):
        assert name in finding.advice
    assert "DMZ" in finding.advice and "UPnP" in finding.advice
    assert not result.router.answered


def test_discovery_passes_target_and_transport_and_reads_the_first_box():
    calls = {}
    box = FakeBox(mappings=[])
    with FakeIgdServer(box) as server:

        def discover(**kwargs):
            calls.update(kwargs)
            from core.exposure.ssdp import SsdpResponse

            return ssdp.Discovery(
                (
                    SsdpResponse(
                        server.description_url,
                        "urn:schemas-upnp-org:device:InternetGatewayDevice:1",
                        "uuid:x",
                        "",
                        "127.0.0.1",
                    ),
                ),
                0.7,
            )

        result = run_scan(
            ScanOptions(firewall=False, discovery_timeout=0.7),
            _env(
                collect_local=lambda: local.LocalSnapshot((), False),
                discover=discover,
                ssdp_target=("127.0.0.1", 1900),
            ),
            clock=FakeClock(),
        )
    assert calls["timeout"] == 0.7 and calls["target"] == ("127.0.0.1", 1900)
    assert [f.kind for f in result.findings] == [
        Kind.ROUTER_UPNP,
        Kind.ROUTER_EXTERNAL_IP,
        Kind.ROUTER_MANUAL_CHECK,
    ]
    # A complete, empty UPnP list does not establish that nothing is forwarded (manual rules, DMZ).
    proposals = {p.key: p for p in propose(result)}
    assert proposals["box_port_forwarding"].answer is Answer.UNKNOWN
    assert proposals["imaging_exposure"].answer is Answer.UNKNOWN
    assert proposals["remote_access"].answer is Answer.UNKNOWN
    assert "NAT/PAT" in " ".join(proposals["box_port_forwarding"].reasons)


def test_box_that_refuses_the_list_is_reported():
    box = FakeBox(
        soap_override="<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body>"
        "<s:Fault><detail><UPnPError><errorCode>606</errorCode></UPnPError></detail>"
        "</s:Fault></s:Body></s:Envelope>"
    )
    with FakeIgdServer(box) as server:
        result = run_scan(
            ScanOptions(igd_url=server.description_url, firewall=False),
            _env(collect_local=lambda: local.LocalSnapshot((), False)),
            clock=FakeClock(),
        )
    refused = [f for f in result.findings if f.kind is Kind.ROUTER_MAPPING]
    assert len(refused) == 1 and refused[0].port is None and refused[0].severity is Severity.WARNING
    assert (result.router.state, result.router.reason) == (BoxState.NOT_CHECKED, "refused")
    assert {p.key: p for p in propose(result)}["box_port_forwarding"].answer is Answer.UNKNOWN


def test_unreachable_igd_url_is_a_finding_not_a_crash():
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    port = silent.getsockname()[1]
    silent.close()  # nothing listens there any more: connection refused
    result = run_scan(
        ScanOptions(igd_url=f"http://127.0.0.1:{port}/rootDesc.xml", firewall=False),
        _env(collect_local=lambda: local.LocalSnapshot((), False)),
        clock=FakeClock(),
    )
    finding, _manual = result.findings
    assert finding.kind is Kind.ROUTER_UNREACHABLE and "n'a pas pu être jointe" in finding.advice
    assert result.router.reason == "unreachable"


def test_mapping_rules():
    gateway = upnp.Gateway("http://192.168.1.1/d.xml", "Freebox Server", "Freebox SA", "", ())
    reading = router.RouterReading(
        gateways=(
            router.GatewayReading(
                gateway,
                lists=(
                    upnp.MappingList(
                        (
                            upnp.PortMapping("", 1194, "udp", 1194, "192.168.1.50", True, "VPN", 0),
                            upnp.PortMapping(
                                "198.51.100.4", 5000, "tcp", 5000, "192.168.1.60", True, "NAS", 0
                            ),
                            upnp.PortMapping("", 1194, "udp", 1194, THIS_PC, True, "VPN ici", 0),
                            upnp.PortMapping("", 8104, "tcp", 104, "192.168.1.61", True, "", 0),
                        )
                    ),
                ),
            ),
        ),
    )
    findings = router.router_findings(reading, {THIS_PC})
    vpn_lan, nas, vpn_here, pacs, manual = findings[1:]
    assert vpn_lan.severity is Severity.WARNING  # a VPN is the right way in, but still a door to know about
    # Restricted to one remote host: said, not "anyone on the Internet", and a warning to check.
    assert nas.severity is Severity.WARNING and nas.remote_host == "198.51.100.4"
    assert "198.51.100.4" in nas.advice and "n'importe qui" not in nas.advice
    # The Internet-facing port is shown, not only the inside one.
    assert (pacs.external_port, pacs.port, pacs.service) == (8104, 104, "dicom")
    assert "TCP 8104 → 104" in pacs.title and pacs.severity is Severity.CRITICAL
    assert manual.kind is Kind.ROUTER_MANUAL_CHECK
    assert vpn_here.severity is Severity.CRITICAL  # anything forwarded to this PC
    assert "Freebox (Free)" in findings[0].advice
    assert router.forwarded_here(reading, {THIS_PC}) == {("udp", 1194)}


def test_box_identification():
    assert box_guides.identify("Livebox 5", "Sagemcom") is box_guides.GUIDES[0]
    assert box_guides.identify(None, "Bouygues Telecom", "Bbox").key == "bbox"
    assert box_guides.identify("SFR Box 8").key == "sfr"
    assert box_guides.identify("Freebox Server").key == "freebox"
    assert box_guides.identify("FRITZ!Box 7590", "AVM") is None
    assert "Pour les autres box" in box_guides.manual_steps(None)


@pytest.mark.parametrize(
    ("status", "severity", "title"),
    [
        (("0", "0"), Severity.CRITICAL, "Le pare-feu IPv6 de la box est désactivé"),
        (("1", "1"), Severity.WARNING, "Des appareils peuvent ouvrir le pare-feu IPv6 de la box"),
        (("1", "0"), None, None),
    ],
)
def test_ipv6_firewall_of_the_box(status, severity, title):
    box = FakeBox(description=DESCRIPTION_IPV6, ipv6_firewall=status)
    with FakeIgdServer(box) as server:
        result = run_scan(
            ScanOptions(igd_url=server.description_url, firewall=False),
            _env(collect_local=lambda: local.LocalSnapshot((), False)),
            clock=FakeClock(),
        )
    assert "GetFirewallStatus" in box.actions
    assert set(box.actions) <= upnp.READ_ONLY_ACTIONS
    found = [f for f in result.findings if f.kind is Kind.ROUTER_IPV6_FIREWALL]
    if severity is None:
        assert found == []
        return
    (finding,) = found
    assert (finding.severity, finding.title) == (severity, title)
    answer = {p.key: p.answer for p in propose(result)}["box_port_forwarding"]
    assert answer is (Answer.NO if severity is Severity.CRITICAL else Answer.UNKNOWN)


def test_every_igd_is_read_and_one_that_cannot_be_read_makes_the_list_partial():
    """A repeater with an empty list must not hide the real box, and a box that does not answer in time must
    not let the others pass for the whole story."""
    from core.exposure.ssdp import SsdpResponse

    real = FakeBox(mappings=[Mapping(104, "TCP", "192.168.1.60", 104, "PACS")])
    repeater = FakeBox(description=FakeBox().description.replace("Livebox 6", "Repeteur"))
    slow = FakeBox(drip=0.05)
    with FakeIgdServer(repeater) as first, FakeIgdServer(slow) as second, FakeIgdServer(real) as third:
        answers = tuple(
            SsdpResponse(
                s.description_url, "urn:schemas-upnp-org:device:InternetGatewayDevice:1", "", "", "127.0.0.1"
            )
            for s in (first, second, third)
        )
        result = run_scan(
            ScanOptions(firewall=False, http_timeout=0.5),
            _env(
                collect_local=lambda: local.LocalSnapshot((), False),
                discover=lambda **kw: ssdp.Discovery(answers, 0.1),
            ),
            clock=FakeClock(),
        )
    assert "GetGenericPortMappingEntry" in repeater.actions and "GetGenericPortMappingEntry" in real.actions
    mapping = next(f for f in result.findings if f.kind is Kind.ROUTER_MAPPING)
    assert mapping.port == 104 and mapping.severity is Severity.CRITICAL
    assert result.router.friendly_name == "Livebox 6"  # the box with the rules, not the empty repeater
    assert result.router.state is BoxState.PARTIAL and result.router.reason == "unreadable"
    assert "pas fini de répondre à temps" in result.router.reason_text


def test_the_windows_firewall_shares_what_the_box_left_of_the_timeout():
    asked = []

    def runner(args, timeout):
        asked.append(timeout)
        return None

    def slow_discovery(**kw):
        import time

        time.sleep(0.3)
        return ssdp.Discovery((), 0.3)

    run_scan(
        ScanOptions(box_budget=1.0),
        _env(
            collect_local=lambda: local.LocalSnapshot((), False),
            discover=slow_discovery,
            firewall_runner=runner,
            platform="win32",
        ),
        clock=FakeClock(),
    )
    assert asked and all(t == 2.0 for t in asked)  # the floor: the box's budget was nearly spent
    asked.clear()
    run_scan(
        ScanOptions(upnp=False, box_budget=30.0),
        _env(collect_local=lambda: local.LocalSnapshot((), False), firewall_runner=runner, platform="win32"),
        clock=FakeClock(),
    )
    assert asked and all(t == 6.0 for t in asked)


def test_a_box_that_lists_one_connection_and_refuses_the_other_is_read_in_part():
    gateway = upnp.Gateway("http://192.168.1.1/d.xml", "Box", "", "", ())
    pacs = upnp.PortMapping("", 104, "tcp", 104, "192.168.1.60", True, "PACS", 0)
    reading = router.RouterReading(
        gateways=(router.GatewayReading(gateway, None, (upnp.MappingList((pacs,)),), refused="erreur UPnP 606"),)
    )
    status = router.box_status(reading)
    assert (status.state, status.reason) == (BoxState.PARTIAL, "refused") and "606" in status.text
    kinds = [f.kind for f in router.router_findings(reading, set())]
    assert Kind.ROUTER_LIST_INCOMPLETE in kinds and kinds.count(Kind.ROUTER_MAPPING) == 2  # the rule + the refusal
