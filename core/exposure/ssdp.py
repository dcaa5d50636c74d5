"""SSDP discovery of the internet box (UPnP IGD): one M-SEARCH, answers collected until a short deadline.

The transport is injectable: tests give a loopback target (an SSDP responder on 127.0.0.1) or a fake
transport, so that no test ever sends multicast. A real scan sends the M-SEARCH to the UPnP multicast group
with a TTL of 2 (the UPnP recommendation): it never leaves the local network.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

from core.exposure import finding_texts as texts

MULTICAST_TARGET = ("239.255.255.250", 1900)
SEARCH_TARGETS = (
    "urn:schemas-upnp-org:device:InternetGatewayDevice:1",
    "urn:schemas-upnp-org:device:InternetGatewayDevice:2",
)
MAX_DATAGRAM = 8192
MAX_GATEWAYS = 32  # distinct IGD locations kept; other datagrams (media servers, printers, junk) do not count


@dataclass(frozen=True)
class SsdpResponse:
    location: str
    search_target: str
    usn: str
    server: str
    sender: str


class Transport(Protocol):
    def send(self, data: bytes, target: tuple[str, int]) -> None: ...

    def receive(self, timeout: float) -> tuple[bytes, str] | None:
        """One datagram and its sender's address, or None when ``timeout`` elapsed."""
        ...

    def close(self) -> None: ...


class UdpTransport:
    """A plain UDP socket; multicast TTL 2 keeps the search inside the local network."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
        self._sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 2)

    def send(self, data: bytes, target: tuple[str, int]) -> None:
        self._sock.sendto(data, target)

    def receive(self, timeout: float) -> tuple[bytes, str] | None:
        self._sock.settimeout(max(timeout, 0.001))
        try:
            data, sender = self._sock.recvfrom(MAX_DATAGRAM)
        except (TimeoutError, BlockingIOError, InterruptedError):
            return None
        except ConnectionResetError:
            return b"", ""  # Windows reports an ICMP "port unreachable" here: skip it, keep listening
        return data, str(sender[0])

    def close(self) -> None:
        self._sock.close()


def m_search(search_target: str, mx: int = 2, target: tuple[str, int] = MULTICAST_TARGET) -> bytes:
    host = f"{target[0]}:{target[1]}"
    lines = [
        "M-SEARCH * HTTP/1.1",
        f"HOST: {host}",
        'MAN: "ssdp:discover"',
        f"MX: {int(mx)}",
        f"ST: {search_target}",
        "USER-AGENT: Vigie/1 UPnP/1.1 exposure-check",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("ascii")


def parse_response(data: bytes, sender: str) -> SsdpResponse | None:
    """A search answer (``HTTP/1.1 200 OK`` with a LOCATION), or None for anything else (NOTIFY, junk)."""
    try:
        text = data[:MAX_DATAGRAM].decode("utf-8", errors="replace")
    except Exception:  # pragma: no cover - decode with "replace" does not raise
        return None
    lines = text.split("\r\n") if "\r\n" in text else text.split("\n")
    status = lines[0].strip().split(None, 2) if lines else []
    if len(status) < 2 or not status[0].upper().startswith("HTTP/") or status[1] != "200":
        return None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers.setdefault(name.strip().lower(), value.strip())
    location = headers.get("location", "")
    if not location:
        return None
    return SsdpResponse(
        location=location,
        search_target=headers.get("st", ""),
        usn=headers.get("usn", ""),
        server=headers.get("server", ""),
        sender=sender,
    )


LOCAL_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "::1/128",
        "fe80::/10",
        "fc00::/7",
    )
)


def is_local_address(host: str) -> bool:
    """A private (RFC 1918 / ULA), link-local or loopback IP literal: the only places the scan may talk to.

    An explicit list rather than ``ip.is_private``, which also counts documentation and reserved ranges.
    """
    try:
        ip = ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return any(ip in network for network in LOCAL_NETWORKS if network.version == ip.version)


def is_local_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "http" and parts.hostname is not None and is_local_address(parts.hostname)


@dataclass(frozen=True)
class Discovery:
    """What the search found: IGD answers kept, how long it really listened, what was set aside and why."""

    answers: tuple[SsdpResponse, ...]
    waited: float  # seconds actually spent listening
    other_answers: int = 0  # datagrams that were not an IGD search answer (not counted towards the limit)
    refused: tuple[tuple[str, str], ...] = ()  # (location, French reason) never contacted
    refused_why: tuple[dict[str, Any], ...] = ()  # the same reasons, as nested texts (core.exposure.finding_texts)


def location_problem(answer: SsdpResponse) -> str | None:
    """:func:`location_refusal` in French."""
    why = location_refusal(answer)
    return None if why is None else texts.value(why, "fr")


def location_refusal(answer: SsdpResponse) -> dict[str, Any] | None:
    """Why a LOCATION must not be contacted (a nested text of core.exposure.finding_texts), or None when it is
    the sender's own LAN address.

    A box describes itself: its LOCATION host is the address that sent the answer. Anything else (this PC's
    loopback, a public server, a third machine) would make the scan send requests on someone else's word.
    """
    parts = urlsplit(answer.location)
    host = (parts.hostname or "").split("%", 1)[0]
    if parts.scheme != "http" or not host:
        return texts.text("location.not_http")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return texts.text("location.hostname")
    if ip.is_loopback:
        return texts.text("location.loopback")
    if not is_local_address(host):
        return texts.text("location.not_local")
    try:
        sender = ipaddress.ip_address(answer.sender.split("%", 1)[0])
    except ValueError:
        return texts.text("location.unknown_sender")
    if sender != ip:
        return texts.text("location.other_sender", sender=answer.sender)
    return None


def is_igd_answer(answer: SsdpResponse) -> bool:
    return "InternetGatewayDevice" in answer.search_target or "InternetGatewayDevice" in answer.usn


def discover(
    *,
    timeout: float = 2.5,
    target: tuple[str, int] = MULTICAST_TARGET,
    transport_factory: Callable[[], Transport] = UdpTransport,
    clock: Callable[[], float] = time.monotonic,
    cancelled: Callable[[], bool] = lambda: False,
) -> Discovery:
    """IGD answers, each LOCATION once, listening until ``timeout`` (or Cancel). Only search answers for an
    Internet gateway count towards :data:`MAX_GATEWAYS`; a LOCATION that fails :func:`location_problem` is
    listed in ``refused`` and never contacted."""
    transport = transport_factory()
    seen: dict[str, SsdpResponse] = {}
    refused: dict[str, dict[str, Any]] = {}
    other = 0
    start = clock()
    try:
        mx = max(1, min(5, int(timeout)))
        for st in SEARCH_TARGETS:
            transport.send(m_search(st, mx, target), target)
        deadline = start + timeout
        while len(seen) < MAX_GATEWAYS and not cancelled():
            left = deadline - clock()
            if left <= 0:
                break
            got = transport.receive(min(left, 0.25))
            if got is None:
                continue
            answer = parse_response(*got)
            if answer is None or not is_igd_answer(answer):
                other += 1
                continue
            if answer.location in seen or answer.location in refused:
                continue
            problem = location_refusal(answer)
            if problem is not None:
                refused[answer.location[:200]] = problem
                continue
            seen[answer.location] = answer
    finally:
        transport.close()
    return Discovery(
        tuple(seen.values()),
        max(0.0, clock() - start),
        other,
        tuple((location, texts.value(why, "fr")) for location, why in refused.items()),
        tuple(refused.values()),
    )
