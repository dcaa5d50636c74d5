"""Run the whole self-check: local sockets, the box (UPnP IGD + forwarding probe), the Windows firewall.

Read-only throughout. Everything said to the box runs under one wall-clock :class:`Deadline` (``box_budget``,
which ``exposure scan --timeout`` sets), which a Cancel also ends. Every collaborator is injectable so tests
(and the GUI's fake scanner) reach only loopback or the network namespaces they create.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from core.clock import Clock, system_clock
from core.exposure import finding_texts, firewall, hairpin, local, router, ssdp, upnp
from core.exposure.deadline import Deadline, Expired
from core.exposure.findings import ScanResult

Progress = Callable[[str], None]

MAX_GATEWAYS_READ = 8  # distinct IGD descriptions read (double NAT, a second router, a repeater)


@dataclass(frozen=True)
class ScanOptions:
    upnp: bool = True  # False: do not look for the box at all
    igd_url: str | None = None  # description URL of the box: skips SSDP discovery
    firewall: bool = True
    box_budget: float = 30.0  # wall-clock seconds for everything said to the box (search, lists, probe)
    discovery_timeout: float = 2.5  # listening for SSDP answers (within box_budget)
    http_timeout: float = 3.0  # wall-clock limit of one HTTP exchange (within box_budget)
    probe: bool = True  # try this PC's TCP ports through the box's external address (hairpin)
    firewall_timeout: float = 6.0  # per PowerShell query (two queries, Windows only)
    language: str = "fr"  # of the progress messages ("fr" or "en"); findings carry codes for any language


@dataclass
class ScanEnvironment:
    """How the scan reaches the machine and the network; the defaults are the real ones."""

    collect_local: Callable[[], local.LocalSnapshot] = local.collect
    local_addresses: Callable[[], Collection[str]] = lambda: set(local.iter_interface_addresses())
    discover: Callable[..., ssdp.Discovery] = ssdp.discover
    ssdp_target: tuple[str, int] = ssdp.MULTICAST_TARGET
    ssdp_transport: Callable[[], ssdp.Transport] = ssdp.UdpTransport
    http_get: upnp.HttpGet = upnp.http_get
    http_post: upnp.HttpPost = upnp.http_post
    connections: hairpin.Connections = hairpin.tcp_connections
    probe: Callable[..., hairpin.ProbeResult] = hairpin.probe
    firewall_runner: firewall.Runner = firewall.run_powershell
    platform: str = sys.platform
    cancel: threading.Event = field(default_factory=threading.Event)


def read_router(
    options: ScanOptions,
    env: ScanEnvironment,
    deadline: Deadline | None = None,
    say: Progress = lambda _text: None,
) -> router.RouterReading:
    if not options.upnp:
        return router.RouterReading(reason=router.SKIPPED)
    deadline = deadline or Deadline(options.box_budget, cancel=env.cancel)
    refused: tuple[tuple[str, str], ...] = ()
    if options.igd_url:
        locations = [options.igd_url]
    else:
        listen = min(options.discovery_timeout, max(0.2, deadline.left() / 3))
        try:
            found = env.discover(
                timeout=listen,
                target=env.ssdp_target,
                transport_factory=env.ssdp_transport,
                cancelled=lambda: deadline.cancelled,
            )
        except OSError as exc:
            return router.RouterReading(reason=router.SEARCH_FAILED, detail=str(exc.strerror or exc))
        refused = found.refused
        refused_why = found.refused_why or tuple(why for _loc, why in refused)
        locations = [a.location for a in found.answers]
        if deadline.cancelled:
            return router.RouterReading(reason=upnp.Stop.CANCELLED, refused_locations=refused)
        if not locations:
            parts: list[object] = [{"t": "no_answer.waited", "p": {"seconds": {"decimal": found.waited}}}]
            if found.other_answers:
                others = {"n": found.other_answers, "plural": "other_answers"}
                parts.append({"t": "no_answer.others", "p": {"others": others}})
            if refused:
                items = [
                    {"t": "no_answer.refused_item", "p": {"location": loc, "why": why}}
                    for (loc, _fr), why in zip(refused[:3], refused_why[:3], strict=False)
                ]
                listed = {"join": items, "semi": True}
                n_refused = {"n": len(refused), "plural": "refused_answers"}
                parts.append({"t": "no_answer.refused", "p": {"n_refused": n_refused, "list": listed}})
            detail_value = {"join": parts, "sep": ""}
            detail = finding_texts.value(detail_value, "fr")
            return router.RouterReading(
                reason=router.NO_ANSWER, detail=detail, refused_locations=refused, detail_value=detail_value
            )
    client = upnp.IgdClient(deadline, timeout=options.http_timeout, get=env.http_get, post=env.http_post)
    readings: list[router.GatewayReading] = []
    described: set[str] = set()
    last_reason, stopped = router.UNREADABLE, None
    last_error: dict | None = None
    last_value: dict | None = None  # the whole reason, when nothing answered at the address
    unread: list[tuple[str, dict]] = []
    for location in locations:
        if len(readings) >= MAX_GATEWAYS_READ:
            break
        if deadline.expired:
            stopped = upnp.Stop.CANCELLED if deadline.cancelled else upnp.Stop.TIME_BUDGET
            break
        say(finding_texts.render("progress.box_read", lang=options.language))
        try:
            gateway = client.describe(location)
        except Expired as exc:
            stopped = upnp.Stop.CANCELLED if exc.cancelled else upnp.Stop.TIME_BUDGET
            if not exc.cancelled and exc.answered is False:  # the time ran out with nothing from that address
                last_error = finding_texts.text("why.nothing_from", location=location[:200])
            break
        except upnp.IgdError as exc:
            last_error, last_value = exc.value, None
            last_reason = router.UNREADABLE
            if finding_texts.unanswered(exc.value):  # nothing answered there: not "an unusable answer"
                last_reason = router.UNREACHABLE
                code = "reason.unreachable_given" if options.igd_url else "reason.unreachable_found"
                last_value = finding_texts.text(code, location=location[:200], why=exc.value)
            unread.append((location[:200], exc.value))
            continue
        if not gateway.services:
            last_reason, last_error, last_value = router.NO_SERVICE, None, None
            continue
        key = "|".join(url for _t, url in gateway.services)
        if key in described:  # the same box answering for IGD:1 and IGD:2 under two locations
            continue
        described.add(key)
        readings.append(_read_gateway(client, gateway, say, options.language))
    if not readings:
        reason = stopped or last_reason
        return router.RouterReading(
            reason=reason,
            detail=None if last_error is None else finding_texts.value(last_error, "fr"),
            detail_value=last_error,
            reason_value=None if stopped else last_value,
            refused_locations=refused,
        )
    return router.RouterReading(
        gateways=tuple(readings), refused_locations=refused, stopped=stopped, unread=tuple(unread)
    )


def _read_gateway(
    client: upnp.IgdClient, gateway: upnp.Gateway, say: Progress, lang: str = "fr"
) -> router.GatewayReading:
    external_ip = None
    lists: list[upnp.MappingList] = []
    refused = None
    for service_type, control_url in gateway.services:
        with contextlib.suppress(upnp.IgdError, Expired):  # some boxes refuse it; the mappings matter more
            external_ip = external_ip or client.external_ip(control_url, service_type)
        say(finding_texts.render("progress.mappings", lang=lang))
        try:
            lists.append(client.port_mappings(control_url, service_type))
        except upnp.IgdError as exc:
            refused = exc.value
        except Expired as exc:
            lists.append(
                upnp.MappingList((), upnp.Stop.CANCELLED if exc.cancelled else upnp.Stop.TIME_BUDGET, 0)
            )
    ipv6 = None
    if gateway.ipv6_firewall is not None:
        service_type, control_url = gateway.ipv6_firewall
        with contextlib.suppress(upnp.IgdError, Expired):
            ipv6 = client.ipv6_firewall_status(control_url, service_type)
    return router.GatewayReading(
        gateway=gateway,
        external_ip=external_ip,
        lists=tuple(lists),
        refused=refused,
        ipv6_firewall=ipv6,
    )


def _probe(
    reading: router.RouterReading,
    snapshot: local.LocalSnapshot,
    addresses: Collection[str],
    deadline: Deadline,
    env: ScanEnvironment,
) -> router.RouterReading:
    from dataclasses import replace

    target = hairpin.probe_target(reading.external_ip, addresses)
    ports = hairpin.probe_ports(snapshot.listeners)
    if not reading.gateways or not ports:
        return reading  # no box address to try, or nothing of this PC to reach
    if target is None:
        return replace(reading, probe_note="no_external_ip")  # a code of core.exposure.finding_texts
    if deadline.expired:
        return replace(reading, probe_note="time_budget")
    result = env.probe(target, ports, deadline, connections=env.connections)
    return replace(reading, probe=result)


def run_scan(
    options: ScanOptions | None = None,
    env: ScanEnvironment | None = None,
    *,
    clock: Clock = system_clock,
    progress: Progress | None = None,
) -> ScanResult:
    options = options or ScanOptions()
    env = env or ScanEnvironment()
    say = progress or (lambda _text: None)
    started = clock()
    lang = options.language
    say(finding_texts.render("progress.local", lang=lang))
    snapshot = env.collect_local()
    addresses = set(env.local_addresses())
    say(finding_texts.render("progress.box_asked" if options.upnp else "progress.box_skipped", lang=lang))
    deadline = Deadline(options.box_budget, cancel=env.cancel)
    reading = read_router(options, env, deadline, say)
    if options.upnp and options.probe:
        say(finding_texts.render("progress.probe", lang=lang))
        reading = _probe(reading, snapshot, addresses, deadline, env)
    findings = router.all_findings(snapshot, reading, addresses)
    if options.firewall and not env.cancel.is_set():
        say(finding_texts.render("progress.firewall", lang=lang))
        # Within what the box left of --timeout, but never under 2 s a query: the command ends within the
        # timeout plus a few seconds even when the box used it all (Windows only; elsewhere nothing runs).
        per_query = min(options.firewall_timeout, max(2.0, deadline.left() / 2))
        findings += firewall.firewall_findings(env.platform, env.firewall_runner, per_query)
    result = ScanResult(
        started_at=started,
        finished_at=clock(),
        findings=tuple(findings),
        router=router.router_info(reading),
        platform=env.platform,
    )
    say(finding_texts.render("progress.cancelled" if env.cancel.is_set() else "progress.done", lang=lang))
    return result
