"""Listening sockets of this PC that other machines can reach, with their owning program when the OS tells.

Only sockets bound to a non-loopback address count: a program listening on 127.0.0.1 is reachable from this
PC alone. Without administrator rights some operating systems hide the owning process (Linux for other
users' processes, macOS and Windows for system services); the scan then says so instead of failing.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

import psutil

from core.exposure.finding_texts import make
from core.exposure.findings import Finding, Kind, Severity
from core.exposure.services_table import lookup_listener

ALL_INTERFACES = ("0.0.0.0", "::")


@dataclass(frozen=True)
class Listener:
    protocol: str  # "tcp" or "udp"
    addresses: tuple[str, ...]
    port: int
    pid: int | None
    program: str | None

    @property
    def all_interfaces(self) -> bool:
        return any(a in ALL_INTERFACES for a in self.addresses)

    @property
    def program_label(self) -> str | None:
        if self.program and self.pid is not None:
            return f"{self.program} (pid {self.pid})"
        if self.program:
            return self.program
        return None if self.pid is None else f"pid {self.pid}"


@dataclass(frozen=True)
class LocalSnapshot:
    listeners: tuple[Listener, ...]
    hidden_owners: bool  # some sockets' process could not be read (no rights)


def _strip_zone(address: str) -> str:
    return address.split("%", 1)[0]


def is_network_reachable(address: str) -> bool:
    """True for wildcard and LAN/public addresses, False for loopback (and unparsable text)."""
    try:
        return not ipaddress.ip_address(_strip_zone(address)).is_loopback
    except ValueError:
        return False


def _raw_connections(ps: Any) -> tuple[list[Any], bool]:
    """System-wide table; on AccessDenied (macOS without root) fall back to each readable process."""
    try:
        return list(ps.net_connections(kind="inet")), False
    except (ps.AccessDenied, PermissionError):
        pass
    found: list[Any] = []
    hidden = False
    for proc in ps.process_iter(["pid"]):
        try:
            for conn in proc.net_connections(kind="inet"):
                found.append(_WithPid(conn, proc.pid))
        except (ps.AccessDenied, ps.NoSuchProcess, ps.ZombieProcess, PermissionError):
            hidden = True
    return found, hidden


@dataclass(frozen=True)
class _WithPid:
    """A per-process connection (which lacks ``pid``) given the pid of the process it came from."""

    conn: Any
    pid: int

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


def collect(ps: Any = psutil) -> LocalSnapshot:
    """Read the listening TCP sockets and bound UDP sockets; never opens or closes anything."""
    raw, hidden = _raw_connections(ps)
    names: dict[int, str | None] = {}

    def name_of(pid: int | None) -> str | None:
        nonlocal hidden
        if pid is None:
            return None
        if pid not in names:
            try:
                names[pid] = ps.Process(pid).name()
            except (ps.AccessDenied, ps.NoSuchProcess, ps.ZombieProcess, PermissionError):
                names[pid] = None
                hidden = True
        return names[pid]

    merged: dict[tuple[str, int, int | None], set[str]] = {}
    for conn in raw:
        laddr = getattr(conn, "laddr", None)
        if not laddr:
            continue
        kind = getattr(conn, "type", None)
        if kind == socket.SOCK_STREAM:
            if conn.status != ps.CONN_LISTEN:
                continue
            protocol = "tcp"
        elif kind == socket.SOCK_DGRAM:
            if getattr(conn, "raddr", None):
                continue  # a connected UDP socket talks to one peer; it does not wait for the network
            protocol = "udp"
        else:
            continue
        address = _strip_zone(str(laddr.ip))
        if not is_network_reachable(address):
            continue
        pid = getattr(conn, "pid", None)
        if pid is None:
            hidden = True
        merged.setdefault((protocol, int(laddr.port), pid), set()).add(address)

    listeners = [
        Listener(protocol, tuple(sorted(addresses)), port, pid, name_of(pid))
        for (protocol, port, pid), addresses in merged.items()
    ]
    listeners.sort(key=lambda item: (item.protocol, item.port, item.pid or 0))
    return LocalSnapshot(tuple(listeners), hidden)


def _where(listener: Listener) -> dict:
    if listener.all_interfaces:
        return {"t": "where.all"}
    return {"t": "where.addresses", "p": {"addresses": ", ".join(listener.addresses)}}


def listener_findings(snapshot: LocalSnapshot, skip: Collection[tuple[str, int]] = ()) -> list[Finding]:
    """One finding per listener, except the (protocol, port) pairs in ``skip``: those the box forwards here,
    which the box's finding reports with this program's name (one port, one finding)."""
    out: list[Finding] = []
    for item in snapshot.listeners:
        if (item.protocol, item.port) in skip:
            continue
        service = lookup_listener(item.protocol, item.port, item.program)
        who = (
            {"t": "who.program", "p": {"program": item.program_label}}
            if item.program_label
            else {"t": "who.unknown"}
        )
        params: dict = {"who": who, "where": _where(item), "proto": item.protocol.upper(), "port": item.port}
        if service is not None:
            code, severity = "local.listener.service", service.local_severity
            params["service"] = {"service": service.key, "part": "name"}
            params["explanation"] = {"service": service.key, "part": "explanation"}
            params["action"] = {"service": service.key, "part": "action"}
        else:
            code, severity = "local.listener.other", Severity.INFO
        out.append(
            make(
                Kind.LOCAL_LISTENER,
                code,
                severity,
                params,
                address=", ".join(item.addresses),
                port=item.port,
                protocol=item.protocol,
                program=item.program_label,
                service=service.key if service else None,
            )
        )
    if snapshot.hidden_owners:
        out.append(make(Kind.LOCAL_PARTIAL, "local.partial", Severity.INFO))
    return out


def iter_interface_addresses(ps: Any = psutil) -> Iterable[str]:
    """This PC's own addresses (no traffic: read from the OS), to recognise mappings that point here."""
    for addresses in ps.net_if_addrs().values():
        for addr in addresses:
            if addr.family in (socket.AF_INET, socket.AF_INET6):
                yield _strip_zone(str(addr.address))
