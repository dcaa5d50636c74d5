"""A read-only UPnP IGD client: device description, external address and the list of port mappings.

Own code rather than ``async-upnp-client`` (measured in docs/exposure.md: 16 MB of aiohttp and friends in the
bundle, 150 ms to import against 40 ms, unbounded response bodies, LOCATION never checked against the sender,
and write actions within reach). Local addresses only, no proxy, no redirect, bounded sizes, one wall-clock
deadline (:mod:`core.exposure.deadline`), XML through ``defusedxml`` (:mod:`core.exposure.safe_xml`). Only the
actions in :data:`READ_ONLY_ACTIONS` can be sent. A list that stops early is kept, with why it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.sax.saxutils import escape

from core.exposure import finding_texts as texts
from core.exposure import http_client, safe_xml
from core.exposure.deadline import Deadline, Expired
from core.exposure.ssdp import is_local_url

CONNECTION_SERVICES = (
    "urn:schemas-upnp-org:service:WANIPConnection:",
    "urn:schemas-upnp-org:service:WANPPPConnection:",
)
IPV6_FIREWALL_SERVICE = "urn:schemas-upnp-org:service:WANIPv6FirewallControl:"
READ_ONLY_ACTIONS = frozenset(
    {"GetExternalIPAddress", "GetGenericPortMappingEntry", "GetStatusInfo", "GetFirewallStatus"}
)
MAX_MAPPINGS = 8192  # far above what boxes hold (a few hundred to a few thousand); reaching it is said
MAX_BODY = 256 * 1024
END_OF_LIST_CODES = frozenset({"713", "714"})  # SpecifiedArrayIndexInvalid, NoSuchEntryInArray


class IgdError(Exception):
    """The box could not be read (unreachable, refused, malformed answer). ``value`` says why as a nested text of
    :mod:`core.exposure.finding_texts` (rendered in the reader's language), ``reason`` is its French."""

    def __init__(self, value: dict[str, Any]) -> None:
        self.value = value
        self.reason = texts.value(value, "fr")
        super().__init__(self.reason)


class SoapFault(IgdError):
    def __init__(self, code: str, description: str) -> None:
        if description.strip():
            super().__init__(texts.text("why.soap_fault", code=code, description=description.strip()))
        else:
            super().__init__(texts.text("why.soap_fault_bare", code=code))
        self.code = code
        self.description = description


@dataclass(frozen=True)
class Gateway:
    description_url: str
    friendly_name: str
    manufacturer: str
    model: str
    services: tuple[tuple[str, str], ...]  # (serviceType, absolute control URL)
    ipv6_firewall: tuple[str, str] | None = None  # WANIPv6FirewallControl (IGD:2 boxes only)


@dataclass(frozen=True)
class Ipv6FirewallStatus:
    enabled: bool
    inbound_pinholes_allowed: bool


@dataclass(frozen=True)
class PortMapping:
    remote_host: str
    external_port: int
    protocol: str  # "tcp", "udp", or "" when the box said something else
    internal_port: int
    internal_client: str
    enabled: bool
    description: str
    lease_duration: int


class Stop:
    """Why a list of mappings ended before the box said "no more entries" (codes of docs/exposure.md)."""

    CAP = "cap"  # MAX_MAPPINGS entries read
    FAULT = "fault"  # a SOAP fault other than "no such entry" at ``index``
    UNREADABLE = "unreadable"  # an answer that is not a mapping (garbage, connection cut mid-answer) at ``index``
    UNREACHABLE = "unreachable"  # no answer at all at ``index`` (connection refused or cut, nothing in time)
    TIME_BUDGET = "time_budget"  # the deadline ended the reading at ``index``
    CANCELLED = "cancelled"  # the user pressed Cancel


@dataclass(frozen=True)
class MappingList:
    """Every entry read, in order; ``stop`` None means the box said the list was over (complete)."""

    mappings: tuple[PortMapping, ...]
    stop: str | None = None
    index: int | None = None  # the entry at which reading stopped
    detail: str | dict[str, Any] = ""  # the fault code, or why (a nested text of core.exposure.finding_texts)

    @property
    def complete(self) -> bool:
        return self.stop is None


HttpPost = Callable[[str, bytes, dict[str, str], Deadline], tuple[int, bytes]]
HttpGet = Callable[[str, Deadline], bytes]


def http_get(url: str, deadline: Deadline) -> bytes:
    _require_local(url)
    try:
        status, data = http_client.request(url, deadline, max_body=MAX_BODY)
    except http_client.HttpError as exc:
        raise IgdError(exc.value) from exc
    if status >= 300:
        raise IgdError(texts.text("why.http_status", status=status))
    return data


def http_post(url: str, body: bytes, headers: dict[str, str], deadline: Deadline) -> tuple[int, bytes]:
    """Status and body; a SOAP fault comes back as HTTP 500 with a body, returned like any answer."""
    _require_local(url)
    try:
        return http_client.request(
            url, deadline, method="POST", body=body, headers=headers, max_body=MAX_BODY
        )
    except http_client.HttpError as exc:
        raise IgdError(exc.value) from exc


def _require_local(url: str) -> None:
    if not is_local_url(url):
        raise IgdError(texts.text("why.not_local"))


class IgdClient:
    """Reads gateways under one :class:`Deadline`. ``get``/``post`` are injectable; the defaults enforce
    local-only plain HTTP. Each call also has its own wall-clock limit (``timeout``)."""

    def __init__(
        self,
        deadline: Deadline | None = None,
        *,
        timeout: float = 3.0,
        get: HttpGet = http_get,
        post: HttpPost = http_post,
    ) -> None:
        self._timeout = timeout
        self._get = get
        self._post = post
        self.deadline = deadline or Deadline(20.0)
        self.actions_sent: list[str] = []

    def _call_deadline(self) -> Deadline:
        self.deadline.check()
        return self.deadline.sub(self._timeout)

    def _late(self, exc: Expired) -> IgdError:
        """A call that outlived its own limit (not the scan's): this box is slow, the others may not be."""
        if exc.cancelled or self.deadline.expired:
            raise exc
        code = "why.silent" if exc.answered is False else "why.late"  # nothing at all, or a slow answer
        return IgdError(texts.text(code, seconds={"number": self._timeout}))

    # --- description ------------------------------------------------------------------------------------
    def describe(self, description_url: str) -> Gateway:
        _require_local(description_url)
        try:
            data = self._get(description_url, self._call_deadline())
        except Expired as exc:
            raise self._late(exc) from exc
        try:
            root = safe_xml.parse(data, max_bytes=MAX_BODY)
        except safe_xml.UnsafeXml as exc:
            raise IgdError(texts.text("why.description_refused", xml=exc.value)) from exc
        base = safe_xml.child_text(root, "URLBase") or description_url
        device = next(iter(safe_xml.find_all(root, "device")), None)
        if device is None:
            raise IgdError(texts.text("why.no_device"))
        services: list[tuple[str, str]] = []
        ipv6_firewall = None
        for service in safe_xml.find_all(root, "service"):
            service_type = safe_xml.child_text(service, "serviceType") or ""
            control = safe_xml.child_text(service, "controlURL") or ""
            url = urljoin(base, control)
            if not control or not _same_host(url, description_url):
                continue
            if service_type.startswith(CONNECTION_SERVICES):
                services.append((service_type, url))
            elif service_type.startswith(IPV6_FIREWALL_SERVICE) and ipv6_firewall is None:
                ipv6_firewall = (service_type, url)
        return Gateway(
            description_url=description_url,
            friendly_name=(safe_xml.child_text(device, "friendlyName") or "")[:200],
            manufacturer=(safe_xml.child_text(device, "manufacturer") or "")[:200],
            model=" ".join(
                t
                for t in (
                    safe_xml.child_text(device, "modelName"),
                    safe_xml.child_text(device, "modelNumber"),
                )
                if t
            )[:200],
            services=tuple(services),
            ipv6_firewall=ipv6_firewall,
        )

    # --- SOAP -------------------------------------------------------------------------------------------
    def call(
        self, control_url: str, service_type: str, action: str, args: dict[str, str] | None = None
    ) -> dict[str, str]:
        if action not in READ_ONLY_ACTIONS:
            raise ValueError(f"action UPnP non autorisée : {action}")
        arguments = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in (args or {}).items())
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
            's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body>'
            f'<u:{action} xmlns:u="{escape(service_type)}">{arguments}</u:{action}>'
            "</s:Body></s:Envelope>"
        ).encode()
        headers = {
            "Content-Type": 'text/xml; charset="utf-8"',
            "SOAPAction": f'"{service_type}#{action}"',
        }
        call_deadline = self._call_deadline()
        self.actions_sent.append(action)
        try:
            status, data = self._post(control_url, body, headers, call_deadline)
        except Expired as exc:
            raise self._late(exc) from exc
        try:
            root = safe_xml.parse(data, max_bytes=MAX_BODY)
        except safe_xml.UnsafeXml as exc:
            raise IgdError(texts.text("why.answer_refused", xml=exc.value)) from exc
        fault = next(iter(safe_xml.find_all(root, "UPnPError")), None)
        if fault is not None or status >= 400:
            code = (safe_xml.child_text(fault, "errorCode") if fault is not None else None) or str(status)
            text = (safe_xml.child_text(fault, "errorDescription") if fault is not None else None) or ""
            raise SoapFault(code[:20], text[:200])
        response = next(iter(safe_xml.find_all(root, f"{action}Response")), None)
        if response is None:
            raise IgdError(texts.text("why.unexpected", action=action))
        return {safe_xml.local_name(child.tag): (child.text or "").strip() for child in response}

    def external_ip(self, control_url: str, service_type: str) -> str | None:
        return (
            self.call(control_url, service_type, "GetExternalIPAddress").get("NewExternalIPAddress") or None
        )

    def ipv6_firewall_status(self, control_url: str, service_type: str) -> Ipv6FirewallStatus:
        answer = self.call(control_url, service_type, "GetFirewallStatus")
        return Ipv6FirewallStatus(
            enabled=_flag(answer.get("FirewallEnabled"), default=True),
            inbound_pinholes_allowed=_flag(answer.get("InboundPinholeAllowed"), default=False),
        )

    def port_mappings(self, control_url: str, service_type: str, limit: int = MAX_MAPPINGS) -> MappingList:
        """Entries 0, 1, 2… until the box answers "no such index". Whatever else ends the reading, the
        entries already read are kept and :attr:`MappingList.stop` says why. A refusal at entry 0 (the box
        does not give its list at all) raises :class:`IgdError`."""
        found: list[PortMapping] = []
        for index in range(limit):
            try:
                entry = self.call(
                    control_url,
                    service_type,
                    "GetGenericPortMappingEntry",
                    {"NewPortMappingIndex": str(index)},
                )
            except Expired as exc:
                return MappingList(tuple(found), Stop.CANCELLED if exc.cancelled else Stop.TIME_BUDGET, index)
            except SoapFault as fault:
                if fault.code in END_OF_LIST_CODES:
                    return MappingList(tuple(found))
                if index == 0:
                    raise
                return MappingList(tuple(found), Stop.FAULT, index, fault.code)
            except IgdError as exc:
                if index == 0:
                    raise
                stop = Stop.UNREACHABLE if texts.unanswered(exc.value) else Stop.UNREADABLE
                return MappingList(tuple(found), stop, index, exc.value)
            mapping = _mapping(entry)
            if mapping is not None:
                found.append(mapping)
        return MappingList(tuple(found), Stop.CAP, limit)


def _flag(text: str | None, *, default: bool) -> bool:
    value = (text or "").strip().lower()
    if value in ("1", "true", "yes"):
        return True
    if value in ("0", "false", "no"):
        return False
    return default


def _port(text: str | None) -> int | None:
    text = (text or "").strip()
    if not text.isascii() or not text.isdigit():
        return None
    value = int(text)
    return value if 0 < value < 65536 else None


def _mapping(entry: dict[str, str]) -> PortMapping | None:
    """One entry as the box gave it, or None when its ports make no sense; text fields are capped."""
    external = _port(entry.get("NewExternalPort"))
    if external is None:
        return None
    internal = _port(entry.get("NewInternalPort")) or external
    lease = entry.get("NewLeaseDuration", "").strip()
    protocol = entry.get("NewProtocol", "").strip().lower()
    return PortMapping(
        remote_host=entry.get("NewRemoteHost", "").strip()[:100],
        external_port=external,
        protocol=protocol if protocol in ("tcp", "udp") else "",
        internal_port=internal,
        internal_client=entry.get("NewInternalClient", "").strip()[:100],
        enabled=entry.get("NewEnabled", "1").strip().lower() not in ("0", "false", "no"),
        description=entry.get("NewPortMappingDescription", "").strip()[:200],
        lease_duration=int(lease) if lease.isascii() and lease.isdigit() else 0,
    )


def _same_host(url: str, reference: str) -> bool:
    return urlsplit(url).hostname == urlsplit(reference).hostname and urlsplit(url).scheme == "http"
