"""Run the whole self-check: local sockets, the box (UPnP IGD), the Windows firewall. Read-only throughout.

Every collaborator is injectable so tests (and the GUI's fake scanner) never touch the real network: the
socket table, this PC's addresses, the SSDP transport and target, the HTTP functions, the firewall runner.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Collection
from dataclasses import dataclass

from core.clock import Clock, system_clock
from core.exposure import firewall, local, router, ssdp, upnp
from core.exposure.findings import ScanResult

Progress = Callable[[str], None]


@dataclass(frozen=True)
class ScanOptions:
    upnp: bool = True  # False: do not look for the box at all
    igd_url: str | None = None  # description URL of the box: skips SSDP discovery
    firewall: bool = True
    discovery_timeout: float = 2.5
    http_timeout: float = 3.0
    router_budget: float = 20.0  # seconds for all the calls to the box together
    firewall_timeout: float = 6.0  # per PowerShell query (two queries, Windows only)


@dataclass
class ScanEnvironment:
    """How the scan reaches the machine and the network; the defaults are the real ones."""

    collect_local: Callable[[], local.LocalSnapshot] = local.collect
    local_addresses: Callable[[], Collection[str]] = lambda: set(local.iter_interface_addresses())
    discover: Callable[..., list[ssdp.SsdpResponse]] = ssdp.discover
    ssdp_target: tuple[str, int] = ssdp.MULTICAST_TARGET
    ssdp_transport: Callable[[], ssdp.Transport] = ssdp.UdpTransport
    http_get: upnp.HttpGet = upnp.http_get
    http_post: upnp.HttpPost = upnp.http_post
    firewall_runner: firewall.Runner = firewall.run_powershell
    platform: str = sys.platform


def read_router(options: ScanOptions, env: ScanEnvironment) -> router.RouterReading:
    if not options.upnp:
        return router.RouterReading(discovery_skipped=True)
    if options.igd_url:
        locations = [options.igd_url]
    else:
        try:
            answers = env.discover(
                timeout=options.discovery_timeout,
                target=env.ssdp_target,
                transport_factory=env.ssdp_transport,
            )
        except OSError as exc:
            return router.RouterReading(error=f"recherche impossible : {exc.strerror or exc}")
        locations = [a.location for a in answers]
        if not locations:
            return router.RouterReading(error=f"aucune réponse en {options.discovery_timeout:g} s")
    client = upnp.IgdClient(
        timeout=options.http_timeout, budget=options.router_budget, get=env.http_get, post=env.http_post
    )
    last_error = None
    for location in locations[:4]:
        try:
            gateway = client.describe(location)
        except upnp.IgdError as exc:
            last_error = exc.reason
            continue
        if not gateway.services:
            last_error = "l'appareil ne propose pas de service de connexion Internet"
            continue
        return _read_gateway(client, gateway)
    return router.RouterReading(error=last_error)


def _read_gateway(client: upnp.IgdClient, gateway: upnp.Gateway) -> router.RouterReading:
    external_ip = None
    mappings: list[upnp.PortMapping] = []
    readable = True
    error = None
    seen: set[tuple[str, int, str, int]] = set()
    for service_type, control_url in gateway.services:
        with contextlib.suppress(upnp.IgdError):  # some boxes refuse it; the mappings matter more
            external_ip = external_ip or client.external_ip(control_url, service_type)
        try:
            for m in client.port_mappings(control_url, service_type):
                key = (m.protocol, m.external_port, m.internal_client, m.internal_port)
                if key not in seen:
                    seen.add(key)
                    mappings.append(m)
        except upnp.IgdError as exc:
            readable = False
            error = exc.reason
    ipv6 = None
    if gateway.ipv6_firewall is not None:
        service_type, control_url = gateway.ipv6_firewall
        with contextlib.suppress(upnp.IgdError):
            ipv6 = client.ipv6_firewall_status(control_url, service_type)
    return router.RouterReading(
        gateway=gateway,
        external_ip=external_ip,
        mappings=tuple(mappings),
        mappings_readable=readable,
        error=error,
        ipv6_firewall=ipv6,
    )


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
    say("Lecture des programmes qui écoutent le réseau sur cet ordinateur…")
    snapshot = env.collect_local()
    addresses = set(env.local_addresses())
    say("Interrogation de la box internet…" if options.upnp else "Box internet : non interrogée.")
    reading = read_router(options, env)
    here = router.forwarded_here(reading, addresses)
    findings = local.listener_findings(snapshot, lambda proto, port: (proto, port) in here)
    findings += router.router_findings(reading, addresses)
    if options.firewall:
        say("Lecture de l'état du pare-feu…")
        findings += firewall.firewall_findings(env.platform, env.firewall_runner, options.firewall_timeout)
    result = ScanResult(
        started_at=started,
        finished_at=clock(),
        findings=tuple(findings),
        router=router.router_info(reading),
        platform=env.platform,
    )
    say("Vérification terminée.")
    return result
