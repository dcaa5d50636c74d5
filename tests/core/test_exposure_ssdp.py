"""SSDP discovery with a responder on 127.0.0.1 and with an injected transport: never any multicast."""

from __future__ import annotations

import socket
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.exposure import ssdp
from tests.core.fake_igd import loopback_only  # noqa: F401

pytestmark = pytest.mark.usefixtures("loopback_only")

IGD1 = "urn:schemas-upnp-org:device:InternetGatewayDevice:1"


def _answer(location: str, st_value: str = IGD1) -> bytes:
    return (
        "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\nEXT:\r\n"
        f"LOCATION: {location}\r\nSERVER: Linux/4.9 UPnP/1.0 Livebox/6\r\nST: {st_value}\r\n"
        f"USN: uuid:1234::{st_value}\r\n\r\n"
    ).encode()


class Responder:
    """An SSDP responder bound to 127.0.0.1 that answers each M-SEARCH with the given datagrams."""

    def __init__(self, replies: list[bytes]) -> None:
        self.replies = replies
        self.received: list[bytes] = []
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def target(self) -> tuple[str, int]:
        return self.sock.getsockname()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                data, sender = self.sock.recvfrom(4096)
            except (TimeoutError, OSError):
                continue
            self.received.append(data)
            if data.startswith(b"M-SEARCH") and b'MAN: "ssdp:discover"' in data:
                for reply in self.replies:
                    self.sock.sendto(reply, sender)

    def __enter__(self) -> Responder:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=1)
        self.sock.close()


def test_discovery_against_a_loopback_responder_never_contacts_loopback():
    replies = [
        _answer("http://127.0.0.1:49152/rootDesc.xml"),
        _answer("http://127.0.0.1:49152/rootDesc.xml"),  # same answer twice: listed once
        _answer("http://203.0.113.9/rootDesc.xml"),  # points outside the local network
        _answer("http://127.0.0.1:1900/tv.xml", "urn:schemas-upnp-org:device:MediaRenderer:1"),  # not a box
        b"NOTIFY * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nLOCATION: http://127.0.0.1/x\r\n\r\n",
    ]
    with Responder(replies) as responder:
        found = ssdp.discover(timeout=0.5, target=responder.target)
    # A LOCATION on this PC's loopback is never a box: refused, like a public address.
    assert found.answers == ()
    assert dict(found.refused) == {
        "http://127.0.0.1:49152/rootDesc.xml": "adresse de cet ordinateur (boucle locale)",
        "http://203.0.113.9/rootDesc.xml": "adresse hors du réseau local",
    }
    assert found.other_answers >= 2 and 0.45 <= found.waited < 1.0  # per search sent
    assert len(responder.received) == len(ssdp.SEARCH_TARGETS)
    assert all(b"ST: urn:schemas-upnp-org:device:InternetGatewayDevice:" in d for d in responder.received)


def test_silent_network_returns_nothing_in_time():
    with Responder([]) as responder:
        found = ssdp.discover(timeout=0.3, target=responder.target)
    assert found.answers == () and 0.25 <= found.waited < 0.8


class FakeTransport:
    def __init__(self, datagrams: list[tuple[bytes, str]]) -> None:
        self.sent: list[tuple[bytes, tuple[str, int]]] = []
        self.datagrams = list(datagrams)
        self.closed = False

    def send(self, data, target):
        self.sent.append((data, target))

    def receive(self, timeout):
        return self.datagrams.pop(0) if self.datagrams else None

    def close(self):
        self.closed = True


def test_injected_transport_receives_the_search_and_is_closed():
    transport = FakeTransport([(_answer("http://192.168.1.1:5000/rootDesc.xml"), "192.168.1.1")])
    found = ssdp.discover(timeout=0.3, transport_factory=lambda: transport)
    assert [a.location for a in found.answers] == ["http://192.168.1.1:5000/rootDesc.xml"]
    assert transport.closed
    assert [t for _d, t in transport.sent] == [ssdp.MULTICAST_TARGET] * 2
    first = transport.sent[0][0].decode()
    assert first.startswith("M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\n")
    assert first.endswith("\r\n\r\n")


def test_only_igd_answers_count_towards_the_limit():
    # 40 answers of other devices first (the case that hid the real box), then the box.
    noise = [
        (_answer(f"http://192.168.1.{10 + i}/d.xml", "urn:schemas-upnp-org:device:MediaServer:1"), f"192.168.1.{10 + i}")
        for i in range(40)
    ]
    junk = [(b"\x00\xff junk", "192.168.1.66"), (b"HTTP/1.1 200 OK\r\n\r\n", "192.168.1.67")]
    box = [(_answer("http://192.168.1.1:5000/rootDesc.xml"), "192.168.1.1")]
    found = ssdp.discover(timeout=0.3, transport_factory=lambda: FakeTransport(noise + junk + box))
    assert [a.location for a in found.answers] == ["http://192.168.1.1:5000/rootDesc.xml"]
    assert found.other_answers == 42


def test_a_flood_of_igd_answers_is_bounded():
    flood = [(_answer(f"http://192.168.1.1:{5000 + i}/d.xml"), "192.168.1.1") for i in range(500)]
    transport = FakeTransport(flood)
    found = ssdp.discover(timeout=1, transport_factory=lambda: transport)
    assert len(found.answers) == ssdp.MAX_GATEWAYS
    assert len(transport.datagrams) == 500 - ssdp.MAX_GATEWAYS


@pytest.mark.parametrize(
    ("location", "sender", "problem"),
    [
        ("http://192.168.1.1:5000/d.xml", "192.168.1.1", None),
        ("http://[fe80::1]:5000/d.xml", "fe80::1%eth0", None),
        ("http://192.168.1.1:5000/d.xml", "192.168.1.50", "adresse différente de l'expéditeur (192.168.1.50)"),
        ("http://127.0.0.1:5000/d.xml", "192.168.1.1", "adresse de cet ordinateur (boucle locale)"),
        ("http://127.0.0.1:5000/d.xml", "127.0.0.1", "adresse de cet ordinateur (boucle locale)"),
        ("http://8.8.8.8/d.xml", "8.8.8.8", "adresse hors du réseau local"),
        ("http://box.lan/d.xml", "192.168.1.1", "nom d'hôte au lieu d'une adresse"),
        ("https://192.168.1.1/d.xml", "192.168.1.1", "adresse non http"),
    ],
)
def test_location_must_be_the_senders_own_lan_address(location, sender, problem):
    answer = ssdp.SsdpResponse(location, "urn:schemas-upnp-org:device:InternetGatewayDevice:1", "", "", sender)
    assert ssdp.location_problem(answer) == problem


def test_deadline_uses_the_clock():
    now = iter([0.0, 10.0, 10.0])
    transport = FakeTransport([(_answer("http://192.168.1.1/d.xml"), "192.168.1.1")])
    found = ssdp.discover(timeout=1, transport_factory=lambda: transport, clock=lambda: next(now))
    assert found.answers == ()


def test_parse_response_variants():
    parsed = ssdp.parse_response(
        b"HTTP/1.1 200 OK\nlocation: http://192.168.0.254/igd.xml\nst: x\n\n", "192.168.0.254"
    )
    assert parsed is not None and parsed.location == "http://192.168.0.254/igd.xml"
    assert ssdp.parse_response(b"HTTP/1.1 404 Not Found\r\nLOCATION: http://x/\r\n\r\n", "1.2.3.4") is None
    assert ssdp.parse_response(b"HTTP/1.1 200 OK\r\nST: x\r\n\r\n", "1.2.3.4") is None
    assert ssdp.parse_response(b"", "1.2.3.4") is None


@given(st.binary(max_size=2048))
def test_parse_response_never_raises(data):
    result = ssdp.parse_response(data, "192.168.1.1")
    assert result is None or result.location


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("192.168.1.1", True),
        ("10.0.0.138", True),
        ("172.16.5.4", True),
        ("127.0.0.1", True),
        ("fe80::1", True),
        ("fd00::1", True),
        ("169.254.1.1", True),
        ("8.8.8.8", False),
        ("203.0.113.9", False),
        ("100.64.0.1", False),
        ("239.255.255.250", False),
        ("0.0.0.0", False),
        ("livebox.home", False),
        ("", False),
    ],
)
def test_local_address_rule(host, local):
    assert ssdp.is_local_address(host) is local
