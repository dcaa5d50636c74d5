"""A finding is plain data: what was seen, how serious it is, and what to do, in French a practitioner reads."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "critical": 2}[self.value]

    @property
    def label(self) -> str:
        return {"info": "Information", "warning": "À vérifier", "critical": "Critique"}[self.value]


class Kind(StrEnum):
    LOCAL_LISTENER = "local_listener"  # a program of this PC accepts connections from the network
    LOCAL_PARTIAL = "local_partial"  # some sockets could not be attributed (no administrator rights)
    ROUTER_MAPPING = "router_mapping"  # the box forwards a port from the Internet to a LAN machine
    ROUTER_UPNP = "router_upnp"  # the box answers UPnP IGD: programs can open ports by themselves
    ROUTER_EXTERNAL_IP = "router_external_ip"  # the public address the box reports
    ROUTER_UNREACHABLE = "router_unreachable"  # no box answered: manual check needed
    ROUTER_IPV6_FIREWALL = "router_ipv6_firewall"  # the box's IPv6 firewall is off or lets devices open it
    FIREWALL = "firewall"  # Windows firewall profile state
    NETWORK_PROFILE = "network_profile"  # Windows network category (public / private / domain)


JSON_FIELDS = ("kind", "title", "address", "port", "protocol", "program", "service", "severity", "advice")


@dataclass(frozen=True)
class Finding:
    kind: Kind
    title: str
    severity: Severity
    advice: str
    address: str | None = None
    port: int | None = None
    protocol: str | None = None  # "tcp" or "udp"
    program: str | None = None  # "name (pid N)" when the OS tells us
    service: str | None = None  # key of the risky-services table, e.g. "dicom"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["severity"] = self.severity.value
        return {name: data[name] for name in JSON_FIELDS}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Finding:
        return cls(
            kind=Kind(data["kind"]),
            title=str(data["title"]),
            severity=Severity(data["severity"]),
            advice=str(data["advice"]),
            address=data.get("address"),
            port=None if data.get("port") is None else int(data["port"]),
            protocol=data.get("protocol"),
            program=data.get("program"),
            service=data.get("service"),
        )


@dataclass(frozen=True)
class RouterInfo:
    """What the box said about itself (empty when no box answered)."""

    answered: bool = False
    description_url: str | None = None
    friendly_name: str | None = None
    manufacturer: str | None = None
    model: str | None = None
    external_ip: str | None = None
    mapping_count: int = 0


@dataclass(frozen=True)
class ScanResult:
    """One dated scan: the evidence stored in the vault and printed in the report."""

    started_at: datetime
    finished_at: datetime
    findings: tuple[Finding, ...]
    router: RouterInfo = field(default_factory=RouterInfo)
    platform: str = ""

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def worst(self) -> Severity:
        ranks = [f.severity for f in self.findings]
        return max(ranks, key=lambda s: s.rank) if ranks else Severity.INFO

    def by_severity(self) -> list[Finding]:
        """Most serious first; stable inside a level so the order of discovery is kept."""
        return sorted(self.findings, key=lambda f: -f.severity.rank)
