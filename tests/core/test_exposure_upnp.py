"""The IGD client against a fake box on 127.0.0.1: description, SOAP answers, faults, hostile XML, timeouts."""

from __future__ import annotations

import socket
import time
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.exposure import safe_xml, upnp
from core.exposure.deadline import Deadline, Expired
from tests.core.fake_igd import SERVICE, FakeBox, FakeIgdServer, Mapping, answer, loopback_only  # noqa: F401

pytestmark = pytest.mark.usefixtures("loopback_only")


@pytest.fixture
def box():
    return FakeBox(
        mappings=[
            Mapping(11112, "TCP", "192.168.1.20", 11112, "Imagerie"),
            Mapping(3389, "TCP", "192.168.1.30", 3389, "Bureau"),
            Mapping(8081, "UDP", "192.168.1.40", 8081, "", enabled=False),
        ]
    )


def test_describe_finds_the_connection_service(box):
    with FakeIgdServer(box) as server:
        gateway = upnp.IgdClient().describe(server.description_url)
    assert gateway.friendly_name == "Livebox 6"
    assert gateway.manufacturer == "Sagemcom"
    assert gateway.model == "Livebox 6"
    assert gateway.services == ((SERVICE, server.base + "/ctl/IPConn"),)


def test_external_ip_and_mappings_until_the_end_of_list_fault(box):
    with FakeIgdServer(box) as server:
        client = upnp.IgdClient()
        gateway = client.describe(server.description_url)
        service, control = gateway.services[0]
        assert client.external_ip(control, service) == "203.0.113.7"
        listing = client.port_mappings(control, service)
    assert listing.complete
    mappings = listing.mappings
    assert [(m.external_port, m.protocol, m.internal_client, m.enabled, m.description) for m in mappings] == [
        (11112, "tcp", "192.168.1.20", True, "Imagerie"),
        (3389, "tcp", "192.168.1.30", True, "Bureau"),
        (8081, "udp", "192.168.1.40", False, ""),
    ]
    # Three entries then the fault that ends the list; only read-only actions ever reached the box.
    assert box.actions == ["GetExternalIPAddress"] + ["GetGenericPortMappingEntry"] * 4
    assert set(box.actions) <= upnp.READ_ONLY_ACTIONS


def test_write_actions_cannot_be_sent():
    client = upnp.IgdClient(post=lambda *a: pytest.fail("nothing may be sent"))
    for action in ("AddPortMapping", "DeletePortMapping", "SetConnectionType", "ForceTermination"):
        with pytest.raises(ValueError):
            client.call("http://127.0.0.1:1/ctl", SERVICE, action)


def test_mapping_loop_is_bounded():
    entry = answer(
        "GetGenericPortMappingEntry",
        {
            "NewExternalPort": "80",
            "NewProtocol": "TCP",
            "NewInternalPort": "80",
            "NewInternalClient": "192.168.1.9",
        },
    )
    calls = []

    def post(url, body, headers, timeout):
        calls.append(url)
        return 200, entry.encode()

    listing = upnp.IgdClient(post=post).port_mappings("http://127.0.0.1:1/ctl", SERVICE, limit=5)
    assert len(listing.mappings) == 5 and len(calls) == 5
    # The cap is said, never silent; and it is far above what real boxes hold.
    assert (listing.stop, listing.index, listing.complete) == (upnp.Stop.CAP, 5, False)
    assert upnp.MAX_MAPPINGS >= 4096


def _listing_box(**kwargs) -> FakeBox:
    return FakeBox(
        mappings=[Mapping(2000 + i, "TCP", "192.168.1.9", 2000 + i, f"r{i}") for i in range(5)]
        + [Mapping(104, "TCP", "192.168.1.20", 104, "PACS")]
        + [Mapping(3000 + i, "TCP", "192.168.1.9", 3000 + i) for i in range(3)],
        **kwargs,
    )


@pytest.mark.parametrize(("kwargs", "stop"), [({"fault_at": 6}, "fault"), ({"garbage_at": 6}, "unreadable")])
def test_a_failure_mid_list_keeps_what_was_read_and_says_where(kwargs, stop):
    with FakeIgdServer(_listing_box(**kwargs)) as server:
        listing = upnp.IgdClient().port_mappings(server.base + "/ctl/IPConn", SERVICE)
    assert [m.external_port for m in listing.mappings][-1] == 104  # the DICOM entry before the fault is kept
    assert (listing.stop, listing.index) == (stop, 6) and not listing.complete
    if stop == "fault":
        assert listing.detail == "501"


def test_the_time_budget_keeps_what_was_read():
    now = [0.0]

    def slow_post(*args):
        now[0] += 1.0  # each answer takes one (fake) second
        return upnp.http_post(*args)

    deadline = Deadline(3.5, clock=lambda: now[0])
    with FakeIgdServer(_listing_box()) as server:
        listing = upnp.IgdClient(deadline, post=slow_post).port_mappings(server.base + "/ctl/IPConn", SERVICE)
    assert listing.stop == "time_budget" and 0 < len(listing.mappings) == listing.index < 9


def test_a_slow_drip_description_ends_at_the_wall_clock_limit():
    box = FakeBox(drip=0.05)  # the description is ~1.5 kB: half a minute at this pace
    with FakeIgdServer(box) as server:
        start = time.monotonic()
        with pytest.raises(Expired):
            upnp.IgdClient(Deadline(1.0), timeout=5).describe(server.description_url)
        assert time.monotonic() - start < 2.5  # 1 s budget; slack for a loaded machine
        start = time.monotonic()
        with pytest.raises(upnp.IgdError, match="pas fini de répondre à temps"):  # the per-call limit is wall-clock too
            upnp.IgdClient(Deadline(30), timeout=0.6).describe(server.description_url)
        assert time.monotonic() - start < 2.0


def test_cancel_ends_a_slow_read_within_a_quarter_of_a_second():
    import threading

    box = FakeBox(drip=0.05)
    cancel = threading.Event()
    with FakeIgdServer(box) as server:
        threading.Timer(0.3, cancel.set).start()
        start = time.monotonic()
        with pytest.raises(Expired) as caught:
            upnp.IgdClient(Deadline(30, cancel=cancel), timeout=30).describe(server.description_url)
        assert caught.value.cancelled and time.monotonic() - start < 1.5


def test_fault_on_the_first_entry_is_an_error_not_an_empty_list():
    box = FakeBox()
    box.soap_override = (
        '<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>'
        '<detail><UPnPError xmlns="urn:schemas-upnp-org:control-1-0"><errorCode>606</errorCode>'
        "<errorDescription>Action not authorized</errorDescription></UPnPError></detail></s:Fault></s:Body>"
        "</s:Envelope>"
    )
    with FakeIgdServer(box) as server, pytest.raises(upnp.SoapFault) as caught:
        upnp.IgdClient().port_mappings(server.base + "/ctl/IPConn", SERVICE)
    assert caught.value.code == "606"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<root xmlns="urn:schemas-upnp-org:device-1-0"><device><friendlyName>&lol3;</friendlyName></device></root>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE root [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<root><device><friendlyName>&xxe;</friendlyName></device></root>"""


@pytest.mark.parametrize("document", [BILLION_LAUGHS, EXTERNAL_ENTITY, b"<!DOCTYPE root><root/>"])
def test_hostile_xml_is_refused(document):
    with pytest.raises(safe_xml.UnsafeXml):
        safe_xml.parse(document)


def test_huge_and_deep_xml_are_refused():
    with pytest.raises(safe_xml.UnsafeXml):
        safe_xml.parse(b"<root>" + b"x" * (safe_xml.MAX_BYTES + 1) + b"</root>")
    with pytest.raises(safe_xml.UnsafeXml):
        safe_xml.parse(b"<a>" * 100 + b"</a>" * 100)
    with pytest.raises(safe_xml.UnsafeXml):
        safe_xml.parse(b"<root><unclosed></root>")


def test_hostile_description_served_by_the_box_is_refused():
    box = FakeBox(description=BILLION_LAUGHS.decode())
    with FakeIgdServer(box) as server, pytest.raises(upnp.IgdError) as caught:
        upnp.IgdClient().describe(server.description_url)
    assert "refusée" in caught.value.reason


def test_hostile_soap_answer_is_refused():
    box = FakeBox(soap_override=BILLION_LAUGHS.decode())
    with FakeIgdServer(box) as server, pytest.raises(upnp.IgdError):
        upnp.IgdClient().external_ip(server.base + "/ctl/IPConn", SERVICE)


def test_oversized_answer_is_refused():
    box = FakeBox(description="<root>" + "x" * (upnp.MAX_BODY + 10) + "</root>")
    with FakeIgdServer(box) as server, pytest.raises(upnp.IgdError) as caught:
        upnp.IgdClient().describe(server.description_url)
    assert "volumineuse" in caught.value.reason


def test_silent_box_times_out_quickly():
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # the connection is accepted by the kernel, but nobody ever answers
    port = silent.getsockname()[1]
    try:
        start = time.monotonic()
        with pytest.raises(upnp.IgdError, match="aucune réponse en 0,3 s"):
            upnp.IgdClient(timeout=0.3).describe(f"http://127.0.0.1:{port}/rootDesc.xml")
        assert time.monotonic() - start < 2
    finally:
        silent.close()


def test_overall_budget_stops_the_client():
    now = [0.0]
    client = upnp.IgdClient(Deadline(10, clock=lambda: now[0]), get=lambda url, deadline: b"<root><device/></root>")
    client.describe("http://192.168.1.1/d.xml")  # within the budget
    now[0] = 100.0
    with pytest.raises(Expired):
        client.describe("http://192.168.1.1/d.xml")


def test_redirects_are_not_followed(box):
    with FakeIgdServer(box) as server, pytest.raises(upnp.IgdError):
        upnp.http_get(server.base + "/redirect", Deadline(1.0))
    assert ("GET", "/redirect") in box.requests


@pytest.mark.parametrize(
    "url",
    [
        "http://8.8.8.8/rootDesc.xml",
        "https://192.168.1.1/rootDesc.xml",
        "http://box.example.fr/desc.xml",
        "file:///etc/passwd",
        "http://100.64.0.1/desc.xml",
        "http://239.255.255.250:1900/",
    ],
)
def test_only_local_plain_http_is_ever_contacted(url):
    with pytest.raises(upnp.IgdError, match="réseau local"):
        upnp.http_get(url, Deadline(1.0))
    with pytest.raises(upnp.IgdError, match="réseau local"):
        upnp.IgdClient(get=lambda *a: pytest.fail("no traffic")).describe(url)


def test_control_url_on_another_host_is_ignored():
    description = (
        b'<root xmlns="urn:schemas-upnp-org:device-1-0"><device><friendlyName>Box</friendlyName><serviceList>'
        b"<service><serviceType>urn:schemas-upnp-org:service:WANPPPConnection:1</serviceType>"
        b"<controlURL>http://192.168.1.77/ctl</controlURL></service>"
        b"<service><serviceType>urn:schemas-upnp-org:service:WANIPConnection:2</serviceType>"
        b"<controlURL>ctl/ip</controlURL></service></serviceList></device></root>"
    )
    gateway = upnp.IgdClient(get=lambda url, timeout: description).describe(
        "http://192.168.1.1:5000/desc/root.xml"
    )
    assert gateway.services == (
        ("urn:schemas-upnp-org:service:WANIPConnection:2", "http://192.168.1.1:5000/desc/ctl/ip"),
    )


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4096))
def test_safe_xml_only_ever_raises_unsafe_xml(data):
    try:
        root = safe_xml.parse(data)
    except safe_xml.UnsafeXml:
        return
    assert isinstance(root, ET.Element)  # well-formed, entity-free input parses; nothing else escapes


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "NewExternalPort",
                "NewInternalPort",
                "NewProtocol",
                "NewInternalClient",
                "NewEnabled",
                "NewLeaseDuration",
                "NewPortMappingDescription",
                "NewRemoteHost",
            ]
        ),
        st.text(max_size=300),
    )
)
def test_mapping_entries_from_a_box_never_crash(entry):
    mapping = upnp._mapping(entry)
    if mapping is not None:
        assert 0 < mapping.external_port < 65536 and 0 < mapping.internal_port < 65536
        assert mapping.protocol in ("tcp", "udp", "") and len(mapping.description) <= 200


def test_odd_entries_are_dropped_or_normalised():
    assert upnp._mapping({"NewExternalPort": "70000"}) is None
    assert upnp._mapping({"NewExternalPort": "-1"}) is None
    odd = upnp._mapping({"NewExternalPort": "443", "NewProtocol": "SCTP", "NewInternalPort": "x"})
    assert (odd.protocol, odd.internal_port, odd.enabled) == ("", 443, True)
