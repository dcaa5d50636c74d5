"""Is a port of this PC forwarded from the Internet, whatever made the rule? Ask the box itself ("hairpin").

Many boxes "loop back": a connection from the LAN to the box's own external address is handled as if it came
from the Internet, so a forwarded port leads back to this PC. A successful connect proves nothing (the box may
answer itself, e.g. its web page on port 80); the port counts as forwarded only when a new connection appears on
this PC's own listener while the probe holds its connection open. Only the box's own external address is ever
contacted, and only on TCP ports this PC listens on; UDP cannot be confirmed this way and is not probed.

The address is the one the box reported over UPnP, so a device on the LAN posing as the box could name someone
else's. The probe's packets therefore leave with a TTL of 2: enough to reach the box (one hop) and come back to
this PC through its loop back (a second hop), never further than the provider's first router.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from core.exposure.deadline import Deadline, Expired
from core.exposure.local import Listener

MAX_PORTS = 64
CONNECT_TIMEOUT = 1.0
ARRIVAL_WAIT = 0.6  # seconds to look for the connection on this PC's listener
PROBE_TTL = 2  # the box, and back to this PC through its loop back: never beyond the provider's first router

# (local ip, local port, remote ip, remote port) of this PC's TCP connections, listening sockets excluded
Connections = Callable[[], Iterable[tuple[str, int, str, int]]]


@dataclass(frozen=True)
class PortProbe:
    port: int
    outcome: (
        str  # "arrived" (forwarded), "answered_elsewhere" (connected, nothing arrived), "refused", "silent"
    )


@dataclass(frozen=True)
class ProbeResult:
    external_ip: str
    ports: tuple[PortProbe, ...]
    stopped: str | None = None  # "time_budget" / "cancelled" when not every port was tried

    @property
    def forwarded(self) -> tuple[int, ...]:
        return tuple(p.port for p in self.ports if p.outcome == "arrived")

    @property
    def conclusive(self) -> bool:
        """At least one connection came back: the box loops back, so ports that did not are not forwarded
        to this PC under the same number."""
        return bool(self.forwarded)


def tcp_connections() -> list[tuple[str, int, str, int]]:
    import psutil

    out = []
    for conn in psutil.net_connections(kind="tcp"):
        if conn.status == psutil.CONN_LISTEN or not conn.laddr or not conn.raddr:
            continue
        out.append((str(conn.laddr.ip), int(conn.laddr.port), str(conn.raddr.ip), int(conn.raddr.port)))
    return out


def probe_target(external_ip: str | None, local_addresses: Collection[str]) -> str | None:
    """The box's external IPv4 address when it can be probed: never loopback, never this PC's own address."""
    if not external_ip:
        return None
    try:
        ip = ipaddress.ip_address(external_ip)
    except ValueError:
        return None
    if (
        ip.version != 4
        or ip.is_loopback
        or ip.is_unspecified
        or ip.is_multicast
        or external_ip in local_addresses
    ):
        return None
    return external_ip


def probe_ports(listeners: Iterable[Listener]) -> list[int]:
    """TCP ports this PC listens on for the network (loopback-only sockets are already left out)."""
    return sorted({item.port for item in listeners if item.protocol == "tcp"})[:MAX_PORTS]


def probe(
    external_ip: str,
    ports: Iterable[int],
    deadline: Deadline,
    *,
    connections: Connections = tcp_connections,
    clock: Callable[[], float] = time.monotonic,
) -> ProbeResult:
    results: list[PortProbe] = []
    stopped = None
    for port in ports:
        try:
            results.append(_one(external_ip, port, deadline, connections, clock))
        except Expired as exc:
            stopped = "cancelled" if exc.cancelled else "time_budget"
            break
    return ProbeResult(external_ip, tuple(results), stopped)


def _inbound(connections: Connections, port: int) -> set[tuple[str, int, str, int]]:
    """Connections accepted on ``port`` (the probe's own socket has an ephemeral local port, never this one)."""
    return {c for c in connections() if c[1] == port}


def _one(
    external_ip: str, port: int, deadline: Deadline, connections: Connections, clock: Callable[[], float]
) -> PortProbe:
    before = _inbound(connections, port)
    deadline.check()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, PROBE_TTL)
        sock.settimeout(max(0.05, min(CONNECT_TIMEOUT, deadline.left())))
        try:
            sock.connect((external_ip, port))
        except ConnectionRefusedError:
            return PortProbe(port, "refused")
        except OSError:
            return PortProbe(port, "silent")
        end = clock() + ARRIVAL_WAIT
        while True:
            if _inbound(connections, port) - before:
                return PortProbe(port, "arrived")
            if clock() >= end:
                return PortProbe(port, "answered_elsewhere")
            deadline.check()
            time.sleep(0.03)
    finally:
        sock.close()
