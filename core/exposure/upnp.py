"""A read-only UPnP IGD client: device description, external address and the list of port mappings.

Why not a library: ``async-upnp-client`` (well kept) brings aiohttp and an event loop for what is three SOAP
calls here, and exposes write actions we never want within reach. The stdlib does it in one small module with
the care a LAN peer deserves: local addresses only, no proxy, no redirect, bounded sizes, timeouts and count,
hardened XML (:mod:`core.exposure.safe_xml`). Only the actions in :data:`READ_ONLY_ACTIONS` can be sent.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from xml.sax.saxutils import escape

from core.exposure import safe_xml
from core.exposure.ssdp import is_local_url

CONNECTION_SERVICES = (
    "urn:schemas-upnp-org:service:WANIPConnection:",
    "urn:schemas-upnp-org:service:WANPPPConnection:",
)
IPV6_FIREWALL_SERVICE = "urn:schemas-upnp-org:service:WANIPv6FirewallControl:"
READ_ONLY_ACTIONS = frozenset(
    {"GetExternalIPAddress", "GetGenericPortMappingEntry", "GetStatusInfo", "GetFirewallStatus"}
)
MAX_MAPPINGS = 256
MAX_BODY = 256 * 1024
END_OF_LIST_CODES = frozenset({"713", "714"})  # SpecifiedArrayIndexInvalid, NoSuchEntryInArray


class IgdError(Exception):
    """The box could not be read (unreachable, refused, malformed answer). ``reason`` is French."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SoapFault(IgdError):
    def __init__(self, code: str, description: str) -> None:
        super().__init__(f"erreur UPnP {code} {description}".strip())
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


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003 - urllib signature
        return None


HttpPost = Callable[[str, bytes, dict[str, str], float], tuple[int, bytes]]
HttpGet = Callable[[str, float], bytes]

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def _read_bounded(response) -> bytes:  # noqa: ANN001 - http.client.HTTPResponse or HTTPError
    data = response.read(MAX_BODY + 1)
    if len(data) > MAX_BODY:
        raise IgdError("réponse trop volumineuse")
    return data


def http_get(url: str, timeout: float) -> bytes:
    _require_local(url)
    try:
        with _OPENER.open(urllib.request.Request(url, method="GET"), timeout=timeout) as response:
            return _read_bounded(response)
    except urllib.error.HTTPError as exc:
        raise IgdError(f"la box a répondu HTTP {exc.code}") from exc
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        raise IgdError(f"box injoignable ({_reason(exc)})") from exc


def http_post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> tuple[int, bytes]:
    _require_local(url)
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return response.status, _read_bounded(response)
    except urllib.error.HTTPError as exc:  # a SOAP fault comes back as HTTP 500 with a body
        try:
            return exc.code, _read_bounded(exc)
        finally:
            exc.close()
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        raise IgdError(f"box injoignable ({_reason(exc)})") from exc


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    return str(reason) or type(exc).__name__


def _require_local(url: str) -> None:
    if not is_local_url(url):
        raise IgdError("adresse refusée : seule une adresse http du réseau local est interrogée")


class IgdClient:
    """Reads one gateway. ``get``/``post`` are injectable; the defaults enforce local-only plain HTTP."""

    def __init__(
        self,
        *,
        timeout: float = 3.0,
        budget: float = 20.0,
        get: HttpGet = http_get,
        post: HttpPost = http_post,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._timeout = timeout
        self._get = get
        self._post = post
        self._clock = clock
        self._deadline = clock() + budget
        self.actions_sent: list[str] = []

    def _time_left(self) -> float:
        left = self._deadline - self._clock()
        if left <= 0:
            raise IgdError("délai dépassé")
        return min(self._timeout, left)

    # --- description ------------------------------------------------------------------------------------
    def describe(self, description_url: str) -> Gateway:
        _require_local(description_url)
        try:
            root = safe_xml.parse(self._get(description_url, self._time_left()), max_bytes=MAX_BODY)
        except safe_xml.UnsafeXml as exc:
            raise IgdError(f"description de la box refusée ({exc})") from exc
        base = safe_xml.child_text(root, "URLBase") or description_url
        device = next(iter(safe_xml.find_all(root, "device")), None)
        if device is None:
            raise IgdError("la description ne décrit aucun appareil")
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
            friendly_name=safe_xml.child_text(device, "friendlyName") or "",
            manufacturer=safe_xml.child_text(device, "manufacturer") or "",
            model=" ".join(
                t
                for t in (
                    safe_xml.child_text(device, "modelName"),
                    safe_xml.child_text(device, "modelNumber"),
                )
                if t
            ),
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
        self.actions_sent.append(action)
        status, data = self._post(control_url, body, headers, self._time_left())
        try:
            root = safe_xml.parse(data, max_bytes=MAX_BODY)
        except safe_xml.UnsafeXml as exc:
            raise IgdError(f"réponse de la box refusée ({exc})") from exc
        fault = next(iter(safe_xml.find_all(root, "UPnPError")), None)
        if fault is not None or status >= 400:
            code = (safe_xml.child_text(fault, "errorCode") if fault is not None else None) or str(status)
            text = (safe_xml.child_text(fault, "errorDescription") if fault is not None else None) or ""
            raise SoapFault(code, text)
        response = next(iter(safe_xml.find_all(root, f"{action}Response")), None)
        if response is None:
            raise IgdError(f"réponse inattendue à {action}")
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

    def port_mappings(
        self, control_url: str, service_type: str, limit: int = MAX_MAPPINGS
    ) -> list[PortMapping]:
        """Entries 0, 1, 2… until the box answers "no such index" (or after ``limit`` entries)."""
        found: list[PortMapping] = []
        for index in range(limit):
            try:
                entry = self.call(
                    control_url,
                    service_type,
                    "GetGenericPortMappingEntry",
                    {"NewPortMappingIndex": str(index)},
                )
            except SoapFault as fault:
                if fault.code in END_OF_LIST_CODES or index > 0:
                    break
                raise
            mapping = _mapping(entry)
            if mapping is not None:
                found.append(mapping)
        return found


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
