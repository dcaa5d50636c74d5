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
    ROUTER_LIST_INCOMPLETE = "router_list_incomplete"  # the box's list was read in part (cap, fault, time)
    ROUTER_MANUAL_CHECK = "router_manual_check"  # NAT/PAT rules and DMZ: UPnP never shows them
    FORWARD_PROBE = "forward_probe"  # a port reached through the box's external address (hairpin)
    FIREWALL = "firewall"  # Windows firewall profile state
    NETWORK_PROFILE = "network_profile"  # Windows network category (public / private / domain)


JSON_FIELDS = (
    "kind",
    "title",
    "address",
    "port",
    "protocol",
    "program",
    "service",
    "severity",
    "advice",
    "external_port",
    "rule",
    "remote_host",
    "code",
    "params",
)
# Added by vigie.exposure/2; left out of the stored canonical form when empty so that scans saved before them
# keep their digest.
V2_FIELDS = ("external_port", "rule", "remote_host")
# The text's code and parameters (core.exposure.finding_texts renders them in French or English); added after
# vigie.exposure/2 was published, left out of the stored form when empty like V2_FIELDS.
TEXT_FIELDS = ("code", "params")


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
    external_port: int | None = None  # the port opened on the Internet side of the box (``port`` is inside)
    rule: str | None = None  # the box's name for the rule (UPnP description), as the box gave it
    remote_host: str | None = None  # the only Internet address the rule admits, when it is restricted
    code: str | None = None  # text code of core.exposure.finding_texts; None in scans saved before it
    params: dict[str, Any] | None = None  # its parameters (plain JSON values and nested texts)

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
            external_port=None if data.get("external_port") is None else int(data["external_port"]),
            rule=data.get("rule"),
            remote_host=data.get("remote_host"),
            code=data.get("code"),
            params=data.get("params"),
        )


@dataclass(frozen=True)
class BoxState(StrEnum):
    COMPLETE = "complete"  # every gateway's list read to its end
    PARTIAL = "partial"  # a list read in part: what was read is kept, ``reason`` says why it stopped
    NOT_CHECKED = "not_checked"  # silent, refused, unreadable, or not asked


@dataclass(frozen=True)
class RouterInfo:
    """What the box said about itself (empty when no box answered) and how far it could be read."""

    answered: bool = False
    description_url: str | None = None
    friendly_name: str | None = None
    manufacturer: str | None = None
    model: str | None = None
    external_ip: str | None = None
    mapping_count: int = 0
    state: BoxState | None = None  # None only in scans saved before the three states existed
    reason: str | None = None  # code (docs/exposure.md), e.g. "fault", "time_budget", "no_answer"
    reason_text: str | None = None  # the same in French, with its figures (index, fault code, seconds)

    @property
    def box_state(self) -> BoxState:
        if self.state is not None:
            return self.state
        return BoxState.COMPLETE if self.answered else BoxState.NOT_CHECKED


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
