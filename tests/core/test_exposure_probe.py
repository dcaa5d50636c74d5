"""The forwarding probe on loopback: a port counts as forwarded only when the connection arrives on this PC's
listener; a connect answered by something else, a refusal or silence never does."""

from __future__ import annotations

import socket

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.exposure import hairpin, http_client
from core.exposure.deadline import Deadline
from core.exposure.local import Listener
from tests.core.fake_igd import loopback_only  # noqa: F401

pytestmark = pytest.mark.usefixtures("loopback_only")


@pytest.fixture
def listener():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)
    yield sock.getsockname()[1]
    sock.close()


def test_a_connection_that_arrives_on_the_listener_is_forwarded(listener):
    result = hairpin.probe("127.0.0.1", [listener], Deadline(5))
    assert result.forwarded == (listener,) and result.conclusive


def test_probe_packets_never_go_beyond_the_box(listener, monkeypatch):
    ttls = []
    real = socket.socket.setsockopt

    def spy(self, level, option, value):
        if (level, option) == (socket.IPPROTO_IP, socket.IP_TTL):
            ttls.append(value)
        return real(self, level, option, value)

    monkeypatch.setattr(socket.socket, "setsockopt", spy)
    hairpin.probe("127.0.0.1", [listener], Deadline(5))
    assert ttls == [2]


def test_a_connect_answered_elsewhere_is_not_claimed(listener):
    # The connect succeeds, but the listener table shows nothing new on that port (as when the box answers
    # itself, e.g. its own web page on port 80).
    result = hairpin.probe("127.0.0.1", [listener], Deadline(5), connections=lambda: [])
    assert [p.outcome for p in result.ports] == ["answered_elsewhere"]
    assert result.forwarded == () and not result.conclusive


def test_refused_ports_and_the_deadline():
    free = socket.socket()
    free.bind(("127.0.0.1", 0))
    port = free.getsockname()[1]
    free.close()
    assert [p.outcome for p in hairpin.probe("127.0.0.1", [port], Deadline(5)).ports] == ["refused"]
    spent = hairpin.probe("127.0.0.1", [port, port], Deadline(0))
    assert spent.ports == () and spent.stopped == "time_budget"


def test_only_the_boxs_own_external_ipv4_and_only_tcp_listeners():
    here = {"192.168.1.20"}
    assert hairpin.probe_target("203.0.113.7", here) == "203.0.113.7"
    for bad in (None, "", "127.0.0.1", "192.168.1.20", "::1", "2001:db8::1", "0.0.0.0", "239.1.1.1", "box"):
        assert hairpin.probe_target(bad, here) is None
    listeners = [
        Listener("tcp", ("0.0.0.0",), 104, 1, "storescp"),
        Listener("udp", ("0.0.0.0",), 5353, 2, "avahi"),
        Listener("tcp", ("::",), 104, 1, "storescp"),
    ]
    assert hairpin.probe_ports(listeners) == [104]


@given(st.binary(max_size=2048))
def test_http_answers_are_parsed_or_refused_never_crash(data):
    try:
        status, body = http_client._parse(data, 1024)
    except http_client.HttpError:
        return
    assert isinstance(status, int) and len(body) <= 1024


@given(st.binary(max_size=512))
def test_completeness_check_never_crashes(data):
    assert http_client._complete(bytearray(data)) in (True, False)


def test_sized_and_chunked_answers():
    sized = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
    assert http_client._complete(bytearray(sized)) and http_client._parse(sized, 100) == (200, b"hello")
    chunked = b"HTTP/1.1 500 Err\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
    assert http_client._complete(bytearray(chunked)) and http_client._parse(chunked, 100) == (500, b"hello")
    with pytest.raises(http_client.HttpError, match="volumineuse"):
        http_client._parse(sized, 3)
    with pytest.raises(http_client.HttpError):
        http_client._parse(b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort", 100)


def test_nothing_from_the_box_can_add_lines_to_a_request():
    deadline = Deadline(1)
    with pytest.raises(http_client.HttpError):
        http_client.request("http://192.168.1.1/ctl\r\nX-Evil: 1", deadline, max_body=10)
    with pytest.raises(http_client.HttpError, match="en-tête"):
        http_client.request(
            "http://192.168.1.1/ctl", deadline, headers={"SOAPAction": '"urn:x\r\nX-Evil: 1#Get"'}, max_body=10
        )
