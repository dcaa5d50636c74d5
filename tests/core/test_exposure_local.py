"""Local listeners: sockets opened by the test itself, on loopback-safe wildcard binds (nothing is sent)."""

from __future__ import annotations

import os
import socket
from types import SimpleNamespace

import psutil
import pytest

from core.exposure import local
from core.exposure.findings import Kind, Severity


def _bind(kind: int, host: str, ports: tuple[int, ...]) -> socket.socket:
    for port in ports:
        sock = socket.socket(socket.AF_INET, kind)
        try:
            sock.bind((host, port))
        except OSError:
            sock.close()
            continue
        if kind == socket.SOCK_STREAM:
            sock.listen(1)
        return sock
    pytest.skip(f"aucun des ports {ports} n'est libre")


@pytest.fixture
def dicom_server():
    """A DICOM-like server: TCP 11112 (or Orthanc's 4242) on all interfaces, accepting nothing."""
    sock = _bind(socket.SOCK_STREAM, "0.0.0.0", (11112, 4242))
    yield sock.getsockname()[1]
    sock.close()


def _mine(snapshot: local.LocalSnapshot, protocol: str, port: int) -> local.Listener:
    found = [
        x for x in snapshot.listeners if x.protocol == protocol and x.port == port and x.pid == os.getpid()
    ]
    assert len(found) == 1, snapshot.listeners
    return found[0]


def test_wildcard_tcp_listener_is_reported_with_its_process(dicom_server):
    snapshot = local.collect()
    listener = _mine(snapshot, "tcp", dicom_server)
    assert listener.addresses == ("0.0.0.0",)
    assert listener.all_interfaces
    assert listener.program == psutil.Process().name()
    finding = next(
        f
        for f in local.listener_findings(snapshot)
        if f.port == dicom_server and f.protocol == "tcp" and f.program and f"pid {os.getpid()}" in f.program
    )
    assert finding.kind is Kind.LOCAL_LISTENER
    assert finding.service == "dicom"
    assert finding.severity is Severity.WARNING
    assert "imagerie" in finding.title.lower()
    assert "toutes les connexions réseau" in finding.advice
    assert "Internet" in finding.advice


def test_a_forwarded_port_is_left_to_the_box_finding(dicom_server):
    snapshot = local.collect()
    findings = local.listener_findings(snapshot, skip={("tcp", dicom_server)})
    assert not [f for f in findings if f.port == dicom_server and f"pid {os.getpid()}" in (f.program or "")]


def test_loopback_listener_is_not_reported():
    sock = _bind(socket.SOCK_STREAM, "127.0.0.1", (0,))
    port = sock.getsockname()[1]
    try:
        snapshot = local.collect()
        assert not [x for x in snapshot.listeners if x.port == port and x.pid == os.getpid()]
    finally:
        sock.close()


def test_bound_udp_socket_is_reported():
    sock = _bind(socket.SOCK_DGRAM, "0.0.0.0", (0,))
    port = sock.getsockname()[1]
    try:
        listener = _mine(local.collect(), "udp", port)
        assert listener.program_label == f"{psutil.Process().name()} (pid {os.getpid()})"
    finally:
        sock.close()


def test_is_network_reachable():
    assert local.is_network_reachable("0.0.0.0")
    assert local.is_network_reachable("::")
    assert local.is_network_reachable("192.168.1.20")
    assert local.is_network_reachable("fe80::1%eth0")
    assert not local.is_network_reachable("127.0.0.1")
    assert not local.is_network_reachable("127.0.0.53")
    assert not local.is_network_reachable("::1")
    assert not local.is_network_reachable("n'importe quoi")


class _FakePsutil:
    """psutil as macOS without root answers: the system-wide table is refused, some processes too."""

    AccessDenied = psutil.AccessDenied
    NoSuchProcess = psutil.NoSuchProcess
    ZombieProcess = psutil.ZombieProcess
    CONN_LISTEN = psutil.CONN_LISTEN

    def net_connections(self, kind):
        raise psutil.AccessDenied()

    def process_iter(self, attrs):
        addr = SimpleNamespace
        readable = SimpleNamespace(
            pid=501,
            net_connections=lambda kind: [
                SimpleNamespace(
                    type=socket.SOCK_STREAM,
                    status=psutil.CONN_LISTEN,
                    laddr=addr(ip="0.0.0.0", port=3306),
                    raddr=(),
                ),
                SimpleNamespace(
                    type=socket.SOCK_STREAM,
                    status=psutil.CONN_LISTEN,
                    laddr=addr(ip="::", port=3306),
                    raddr=(),
                ),
                SimpleNamespace(
                    type=socket.SOCK_STREAM,
                    status=psutil.CONN_ESTABLISHED,
                    laddr=addr(ip="192.168.1.20", port=50000),
                    raddr=addr(ip="192.168.1.1", port=443),
                ),
                SimpleNamespace(
                    type=socket.SOCK_DGRAM,
                    status=psutil.CONN_NONE,
                    laddr=addr(ip="127.0.0.1", port=53),
                    raddr=(),
                ),
            ],
        )

        def denied(kind):
            raise psutil.AccessDenied()

        secret = SimpleNamespace(pid=1, net_connections=denied)
        return [readable, secret]

    def Process(self, pid):  # noqa: N802 - psutil's name
        return SimpleNamespace(name=lambda: "mysqld")


def test_degrades_without_privileges():
    snapshot = local.collect(_FakePsutil())
    assert snapshot.hidden_owners
    assert [(x.protocol, x.port, x.pid, x.program, x.addresses) for x in snapshot.listeners] == [
        ("tcp", 3306, 501, "mysqld", ("0.0.0.0", "::")),
    ]
    findings = local.listener_findings(snapshot)
    assert findings[0].service == "mysql" and findings[0].severity is Severity.WARNING
    assert findings[0].address == "0.0.0.0, ::"
    assert findings[-1].kind is Kind.LOCAL_PARTIAL
    assert "administrateur" in findings[-1].advice


def test_unknown_port_is_information_and_unnamed_program_is_said():
    snapshot = local.LocalSnapshot((local.Listener("tcp", ("192.168.1.20",), 40123, None, None),), True)
    finding = local.listener_findings(snapshot)[0]
    assert finding.severity is Severity.INFO
    assert finding.service is None and finding.program is None
    assert finding.advice.startswith("Un programme non identifié attend")
    assert "192.168.1.20" in finding.advice


def test_interface_addresses_include_loopback():
    assert "127.0.0.1" in set(local.iter_interface_addresses())


def test_windows_noise_is_explained_not_unknown():
    snapshot = local.LocalSnapshot(
        (
            local.Listener("tcp", ("0.0.0.0",), 49664, 812, "lsass.exe"),
            local.Listener("tcp", ("0.0.0.0",), 49700, 999, "teams.exe"),
            local.Listener("udp", ("0.0.0.0",), 5353, 1400, "svchost.exe"),
            local.Listener("tcp", ("0.0.0.0",), 7680, 1500, "svchost.exe"),
        ),
        False,
    )
    services = [f.service for f in local.listener_findings(snapshot)]
    assert services == ["msrpc", None, "discovery", "windows_system"]


def test_services_table_is_consistent():
    from core.exposure.services_table import TABLE, Category, is_risky_from_internet, lookup

    keys = [s.key for s in TABLE]
    assert len(keys) == len(set(keys))
    for service in TABLE:
        assert service.explanation.endswith((".", "…")) and service.action.endswith(".")
        assert all(0 < p < 65536 for p in service.ports)
        assert set(service.protocols) <= {"tcp", "udp"}
    for port in (104, 11112, 4242):
        assert lookup("tcp", port).category is Category.IMAGING
    for port, key in (
        (3389, "rdp"),
        (5900, "vnc"),
        (445, "smb"),
        (22, "ssh"),
        (3306, "mysql"),
        (5432, "postgresql"),
        (1433, "mssql"),
        (1521, "oracle"),
        (27017, "mongodb"),
        (3050, "firebird"),
        (5938, "teamviewer"),
        (7070, "anydesk"),
        (8443, "http"),
    ):
        assert lookup("tcp", port).key == key
    assert lookup(None, 1194).key == "vpn" and not is_risky_from_internet(lookup(None, 1194))
    assert lookup("tcp", 40000) is None
