"""Turn what the box said (or did not say) into findings, and say how far the box could be read.

Three states (:class:`~core.exposure.findings.BoxState`): every list read to its end, read in part (what was
read is kept; why it stopped is said), or not checked. Whatever the state, UPnP never shows manual NAT/PAT rules
or a DMZ: a guided manual check is always part of the result, and no verdict says "nothing reachable" from it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from core.exposure import box_guides
from core.exposure import finding_texts as texts
from core.exposure.finding_texts import make
from core.exposure.findings import BoxState, Finding, Kind, RouterInfo, Severity
from core.exposure.hairpin import ProbeResult
from core.exposure.local import Listener, LocalSnapshot, listener_findings
from core.exposure.services_table import is_risky_from_internet, lookup, lookup_listener
from core.exposure.upnp import Gateway, Ipv6FirewallStatus, MappingList, PortMapping, Stop

# Why the box is not (fully) checked: codes of docs/exposure.md.
SKIPPED = "skipped"  # the user chose not to ask the box
NO_ANSWER = "no_answer"  # no IGD answered the search
SEARCH_FAILED = "search_failed"  # the search could not be sent
UNREADABLE = "unreadable"  # a box answered but its description or answers could not be used
UNREACHABLE = "unreachable"  # nothing answered at the box's address (refused, unreachable, silent): not "unusable"
REFUSED = "refused"  # the box refused to give its list of rules
NO_SERVICE = "no_service"  # the device offers no Internet connection service


@dataclass(frozen=True)
class GatewayReading:
    """One IGD: its description, external address, and each connection service's list as far as it was read."""

    gateway: Gateway
    external_ip: str | None = None
    lists: tuple[MappingList, ...] = ()
    refused: str | dict | None = None  # why the box gave no list at all (a nested text of finding_texts)
    ipv6_firewall: Ipv6FirewallStatus | None = None

    @property
    def mappings(self) -> tuple[PortMapping, ...]:
        seen: set[tuple[str, int, str, int]] = set()
        out = []
        for listing in self.lists:
            for m in listing.mappings:
                key = (m.protocol, m.external_port, m.internal_client, m.internal_port)
                if key not in seen:
                    seen.add(key)
                    out.append(m)
        return tuple(out)


@dataclass(frozen=True)
class RouterReading:
    """Raw result of reading the box(es). ``gateways`` empty: nobody usable answered (``reason`` says why)."""

    gateways: tuple[GatewayReading, ...] = ()
    reason: str | None = None
    detail: str | None = None  # French detail of ``reason`` (e.g. the wait, the error)
    detail_value: dict | None = None  # the same as a nested text of core.exposure.finding_texts, when known
    reason_value: dict | None = None  # the whole reason as a nested text, when the reader words it itself
    refused_locations: tuple[tuple[str, str], ...] = ()  # SSDP answers never contacted, and why
    stopped: str | None = None  # Stop.TIME_BUDGET / Stop.CANCELLED before every IGD found was read
    unread: tuple[tuple[str, str | dict], ...] = ()  # IGDs that answered the search but could not be read, and why
    probe: ProbeResult | None = None
    probe_note: str | None = None  # why the forwarding probe was not run

    @property
    def discovery_skipped(self) -> bool:
        return self.reason == SKIPPED

    @property
    def primary(self) -> GatewayReading | None:
        """The box that matters most: the one holding the most rules (a repeater or an inner router with an
        empty list answers too), in discovery order among equals."""
        if not self.gateways:
            return None
        return max(self.gateways, key=lambda g: len(g.mappings))

    @property
    def gateway(self) -> Gateway | None:
        return self.primary.gateway if self.primary else None

    @property
    def external_ip(self) -> str | None:
        primary = self.primary
        if primary is not None and primary.external_ip:
            return primary.external_ip
        return next((g.external_ip for g in self.gateways if g.external_ip), None)

    @property
    def mappings(self) -> tuple[PortMapping, ...]:
        return tuple(m for g in self.gateways for m in g.mappings)


def single(
    gateway: Gateway, external_ip: str | None = None, mappings: tuple[PortMapping, ...] = ()
) -> RouterReading:
    """One box whose list was read to its end (demo data and tests)."""
    return RouterReading(gateways=(GatewayReading(gateway, external_ip, (MappingList(tuple(mappings)),)),))


def all_findings(
    snapshot: LocalSnapshot, reading: RouterReading, local_addresses: Collection[str]
) -> list[Finding]:
    """This PC's listeners then the box's findings, each port once: a listener the box forwards is reported
    by the box's rule (with the program's name), not a second time as a listener."""
    here = forwarded_here(reading, local_addresses)
    by_port = {(item.protocol, item.port): item for item in snapshot.listeners}
    return listener_findings(snapshot, skip=here) + router_findings(reading, local_addresses, by_port)


@dataclass(frozen=True)
class BoxStatus:
    state: BoxState
    reason: str | None = None
    text: str | None = None  # French, with its figures (RouterInfo.reason_text)
    value: dict | None = None  # the same as a nested text of core.exposure.finding_texts (any language)


def _status(state: BoxState, reason: str, value: dict) -> BoxStatus:
    return BoxStatus(state, reason, texts.value(value, "fr"), value)


def _stop_value(listing: MappingList) -> dict:
    read = {"n": len(listing.mappings), "plural": "rules_read"}
    params = {"index": listing.index, "detail": listing.detail or "", "read": read}
    code = {
        Stop.CAP: "stop.cap",
        Stop.FAULT: "stop.fault",
        Stop.UNREADABLE: "stop.unreadable",
        Stop.UNREACHABLE: "stop.unreachable",
        Stop.TIME_BUDGET: "stop.time_budget",
    }.get(listing.stop, "stop.cancelled")
    return {"t": code, "p": params}


def _stop_text(listing: MappingList) -> str:
    return texts.value(_stop_value(listing), "fr")


_NOT_CHECKED = {
    SKIPPED: "reason.skipped",
    NO_ANSWER: "reason.no_answer",
    SEARCH_FAILED: "reason.search_failed",
    UNREADABLE: "reason.unreadable",
    NO_SERVICE: "reason.no_service",
    Stop.TIME_BUDGET: "reason.time_budget",
    Stop.CANCELLED: "reason.cancelled",
}


def box_status(reading: RouterReading) -> BoxStatus:
    if not reading.gateways:
        reason = reading.reason or NO_ANSWER
        if reading.reason_value is not None:
            return _status(BoxState.NOT_CHECKED, reason, reading.reason_value)
        code = _NOT_CHECKED.get(reason)
        value: dict = {"t": code} if code else {"join": [reason]}
        if reading.detail:
            detail = reading.detail_value or reading.detail
            value = {"t": "reason.with_detail", "p": {"reason": value, "detail": detail}}
        return _status(BoxState.NOT_CHECKED, reason, value)
    partial: list[tuple[str, dict]] = []
    read_any = False
    for g in reading.gateways:
        if g.refused is not None:
            silent = texts.unanswered(g.refused)
            code = "reason.unanswered_by" if silent else "reason.refused_by"
            partial.append(
                (UNREACHABLE if silent else REFUSED, {"t": code, "p": {"box": _name(g.gateway), "detail": g.refused}})
            )
            if not g.lists:
                continue  # nothing of this box was read
        read_any = True
        for listing in g.lists:
            if not listing.complete:
                partial.append((str(listing.stop), _stop_value(listing)))
    if reading.stopped:
        partial.append((reading.stopped, {"t": "reason.other_stopped"}))
    for location, why in reading.unread:
        silent = texts.unanswered(why)
        code = "reason.other_unreachable" if silent else "reason.other_unreadable"
        partial.append((UNREACHABLE if silent else UNREADABLE, {"t": code, "p": {"location": location, "why": why}}))
    if not read_any:
        reason, value = partial[0] if partial else (REFUSED, {"t": "reason.refused"})
        return _status(BoxState.NOT_CHECKED, reason, value)
    if partial:
        return _status(BoxState.PARTIAL, partial[0][0], {"join": [v for _r, v in partial], "semi": True})
    return BoxStatus(BoxState.COMPLETE)


def _name(gateway: Gateway) -> dict:
    guide = box_guides.identify(gateway.friendly_name, gateway.manufacturer, gateway.model)
    if guide is not None:
        return {"t": "box.the_named", "p": {"name": {"guide": guide.key, "part": "name"}}}
    if gateway.friendly_name:
        return {"t": "box.the_named", "p": {"name": gateway.friendly_name}}
    return {"t": "box.the"}


def router_info(reading: RouterReading) -> RouterInfo:
    gw = reading.gateway
    status = box_status(reading)
    return RouterInfo(
        answered=gw is not None,
        description_url=gw.description_url if gw else None,
        friendly_name=gw.friendly_name if gw else None,
        manufacturer=gw.manufacturer if gw else None,
        model=gw.model if gw else None,
        external_ip=reading.external_ip,
        mapping_count=len(reading.mappings),
        state=status.state,
        reason=status.reason,
        reason_text=status.text,
    )


def forwarded_here(reading: RouterReading, local_addresses: Collection[str]) -> set[tuple[str, int]]:
    """(protocol, internal port) pairs that the box forwards to this PC: enabled mappings and probed ports."""
    found: set[tuple[str, int]] = set()
    for m in reading.mappings:
        if m.enabled and m.internal_client in local_addresses:
            for protocol in (m.protocol,) if m.protocol else ("tcp", "udp"):
                found.add((protocol, m.internal_port))
    if reading.probe is not None:
        found.update(("tcp", port) for port in reading.probe.forwarded)
    return found


def router_findings(
    reading: RouterReading,
    local_addresses: Collection[str],
    listeners: Mapping[tuple[str, int], Listener] | None = None,
) -> list[Finding]:
    """Findings about the box. ``listeners`` (this PC's, by protocol and port) name the program behind a rule
    towards this PC: that port then has one finding, here, and none in the listener list."""
    listeners = listeners or {}
    if reading.discovery_skipped:
        return []
    status = box_status(reading)
    out: list[Finding] = []
    guide = None
    if not reading.gateways:
        out.append(_unreachable(status))
    for g in reading.gateways:
        gw = g.gateway
        guide = guide or box_guides.identify(gw.friendly_name, gw.manufacturer, gw.model)
        out.extend(_gateway_findings(g, local_addresses, listeners))
    key = guide.key if guide else None
    if status.state is BoxState.PARTIAL:
        out.append(
            make(
                Kind.ROUTER_LIST_INCOMPLETE,
                "router.list_incomplete",
                Severity.WARNING,
                {"reason": status.value, "steps": {"guide": key, "part": "manual_steps"}},
                address=_host(reading.gateway.description_url if reading.gateway else None),
            )
        )
    out.extend(_probe_findings(reading, local_addresses, listeners))
    out.append(
        make(
            Kind.ROUTER_MANUAL_CHECK,
            "router.manual_check",
            Severity.WARNING,
            {"check": {"guide": key, "part": "manual_check"}},
        )
    )
    return out


def _gateway_findings(
    g: GatewayReading, local_addresses: Collection[str], listeners: Mapping[tuple[str, int], Listener]
) -> list[Finding]:
    gw = g.gateway
    guide = box_guides.identify(gw.friendly_name, gw.manufacturer, gw.model)
    key = guide.key if guide else None
    if guide is not None:
        box: dict = {"t": "box.your_named", "p": {"name": {"guide": key, "part": "name"}}}
    elif gw.friendly_name:
        box = {"t": "box.your_named", "p": {"name": gw.friendly_name}}
    else:
        box = {"t": "box.your"}
    upnp_where = {"guide": key, "part": "upnp_where"}
    out = [
        make(
            Kind.ROUTER_UPNP,
            "router.upnp",
            Severity.WARNING,
            {"box": box, "upnp_where": upnp_where},
            address=_host(gw.description_url),
        )
    ]
    if g.external_ip:
        out.append(
            make(
                Kind.ROUTER_EXTERNAL_IP,
                "router.external_ip",
                Severity.INFO,
                {"ip": g.external_ip},
                address=g.external_ip,
            )
        )
    if g.refused is not None:
        out.append(
            make(
                Kind.ROUTER_MAPPING,
                "router.list_unanswered" if texts.unanswered(g.refused) else "router.refused",
                Severity.WARNING,
                {"detail": g.refused, "steps": {"guide": key, "part": "manual_steps"}},
                address=_host(gw.description_url),
            )
        )
    out.extend(_ipv6_findings(g.ipv6_firewall, gw.description_url, guide))
    out.extend(_mapping_finding(m, local_addresses, listeners, guide) for m in g.mappings)
    return out


def _ipv6_findings(
    status: Ipv6FirewallStatus | None, description_url: str, guide: box_guides.BoxGuide | None
) -> list[Finding]:
    if status is None:
        return []
    if not status.enabled:
        steps = {"guide": guide.key if guide else None, "part": "manual_steps"}
        return [
            make(
                Kind.ROUTER_IPV6_FIREWALL,
                "router.ipv6_off",
                Severity.CRITICAL,
                {"steps": steps},
                address=_host(description_url),
            )
        ]
    if status.inbound_pinholes_allowed:
        return [
            make(
                Kind.ROUTER_IPV6_FIREWALL,
                "router.ipv6_pinholes",
                Severity.WARNING,
                address=_host(description_url),
            )
        ]
    return []


def _restricted(remote_host: str) -> bool:
    return bool(remote_host) and remote_host not in ("*", "0.0.0.0", "::")


def _mapping_finding(
    mapping: PortMapping,
    local_addresses: Collection[str],
    listeners: Mapping[tuple[str, int], Listener],
    guide: box_guides.BoxGuide | None,
) -> Finding:
    protocol = mapping.protocol or None
    to_this_pc = mapping.internal_client in local_addresses
    listener = listeners.get((mapping.protocol or "tcp", mapping.internal_port)) if to_this_pc else None
    service = (
        (
            lookup_listener(listener.protocol, listener.port, listener.program)
            if listener is not None
            else None
        )
        or lookup(protocol, mapping.internal_port)
        or lookup(protocol, mapping.external_port)
    )
    proto = mapping.protocol.upper() or "TCP/UDP"
    ports = (
        f"{proto} {mapping.external_port}"
        if mapping.internal_port == mapping.external_port
        else f"{proto} {mapping.external_port} → {mapping.internal_port}"
    )
    target: dict = (
        {"t": "target.this_pc"}
        if to_this_pc
        else {"t": "target.device", "p": {"address": mapping.internal_client}}
    )
    rule = mapping.description or None
    label: dict = {"t": "label.named", "p": {"rule": rule}} if rule else {"t": "label.unnamed"}
    program = listener.program_label if listener is not None else None
    common = {
        "address": mapping.internal_client,
        "port": mapping.internal_port,
        "protocol": protocol,
        "service": service.key if service else None,
        "program": program,
        "external_port": mapping.external_port,
        "rule": rule,
        "remote_host": mapping.remote_host if _restricted(mapping.remote_host) else None,
    }
    if not mapping.enabled:
        return make(
            Kind.ROUTER_MAPPING,
            "router.mapping_disabled",
            Severity.INFO,
            {"ports": ports, "target": target, "label": label},
            **common,
        )
    restricted = _restricted(mapping.remote_host)
    risky = to_this_pc or is_risky_from_internet(service)
    severity = Severity.WARNING if restricted or not risky else Severity.CRITICAL
    who: dict = (
        {"t": "who.restricted", "p": {"remote": mapping.remote_host}} if restricted else {"t": "who.anyone"}
    )
    port_text: dict = {
        "t": "port_text.other" if mapping.internal_port != mapping.external_port else "port_text.same",
        "p": {
            "proto": proto,
            "external": mapping.external_port,
            "internal": mapping.internal_port,
            "target": target,
        },
    }
    params = {
        "what": {"service": service.key, "part": "name", "lower": True}
        if service
        else {"t": "service.unknown"},
        "target": target,
        "ports": ports,
        "port_text": port_text,
        "label": label,
        "who": who,
        "runs": {"t": "runs.program", "p": {"program": program}} if program else "",
        "why": {"join": [{"service": service.key, "part": "explanation"}, ""], "sep": " "} if service else "",
        "remove": {"guide": guide.key if guide else None, "part": "remove_upnp_rule", "rule": rule},
        "do": {"service": service.key, "part": "action"} if service else {"t": "mapping.do_unknown"},
    }
    return make(Kind.ROUTER_MAPPING, "router.mapping", severity, params, **common)


def _probe_findings(
    reading: RouterReading, local_addresses: Collection[str], listeners: Mapping[tuple[str, int], Listener]
) -> list[Finding]:
    result = reading.probe
    if result is None:
        if reading.probe_note is None:
            return []
        note = reading.probe_note
        shown = {"t": f"probe.note.{note}"} if f"probe.note.{note}" in texts.TEXTS else note
        return [make(Kind.FORWARD_PROBE, "probe.not_run", Severity.INFO, {"note": shown})]
    covered = {
        m.internal_port
        for m in reading.mappings
        if m.enabled
        and m.internal_client in local_addresses
        and m.protocol in ("tcp", "")
        and m.external_port == m.internal_port
    }
    out = []
    for port in result.forwarded:
        if port in covered:
            continue  # already a finding (the UPnP rule); the probe only confirms it
        listener = listeners.get(("tcp", port))
        program = listener.program_label if listener is not None else None
        service = lookup_listener("tcp", port, listener.program if listener else None)
        params: dict = {
            "what": {"service": service.key, "part": "name", "lower": True}
            if service
            else {"t": "probe.listening"},
            "port": port,
            "ip": result.external_ip,
            "tail": (
                {
                    "t": "probe.service_tail",
                    "p": {
                        "explanation": {"service": service.key, "part": "explanation"},
                        "action": {"service": service.key, "part": "action"},
                    },
                }
                if service
                else ""
            ),
        }
        out.append(
            make(
                Kind.FORWARD_PROBE,
                "probe.forwarded",
                Severity.CRITICAL,
                params,
                address=result.external_ip,
                port=port,
                protocol="tcp",
                program=program,
                service=service.key if service else None,
                external_port=port,
            )
        )
    if not result.forwarded:
        tried = ", ".join(str(p.port) for p in result.ports) or {"t": "probe.none"}
        out.append(
            make(
                Kind.FORWARD_PROBE,
                "probe.inconclusive",
                Severity.INFO,
                {
                    "tried": tried,
                    "ip": result.external_ip,
                    "stopped": {"t": "probe.stopped"} if result.stopped else "",
                },
                address=result.external_ip,
            )
        )
    return out


def _unreachable(status: BoxStatus) -> Finding:
    return make(
        Kind.ROUTER_UNREACHABLE,
        "router.unreachable",
        Severity.WARNING,
        {"reason": status.value, "steps": {"guide": None, "part": "manual_steps"}},
    )


def _host(url: str | None) -> str | None:
    if not url:
        return None
    return urlsplit(url).hostname
