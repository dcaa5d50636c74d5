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
from core.exposure.findings import BoxState, Finding, Kind, RouterInfo, Severity
from core.exposure.hairpin import ProbeResult
from core.exposure.local import Listener, LocalSnapshot, listener_findings
from core.exposure.services_table import is_risky_from_internet, lookup, lookup_listener
from core.exposure.upnp import Gateway, Ipv6FirewallStatus, MappingList, PortMapping, Stop
from core.wording import count

# Why the box is not (fully) checked: codes of docs/exposure.md.
SKIPPED = "skipped"  # the user chose not to ask the box
NO_ANSWER = "no_answer"  # no IGD answered the search
SEARCH_FAILED = "search_failed"  # the search could not be sent
UNREADABLE = "unreadable"  # a box answered but its description or answers could not be used
REFUSED = "refused"  # the box refused to give its list of rules
NO_SERVICE = "no_service"  # the device offers no Internet connection service


@dataclass(frozen=True)
class GatewayReading:
    """One IGD: its description, external address, and each connection service's list as far as it was read."""

    gateway: Gateway
    external_ip: str | None = None
    lists: tuple[MappingList, ...] = ()
    refused: str | None = None  # French reason when the box gave no list at all
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
    refused_locations: tuple[tuple[str, str], ...] = ()  # SSDP answers never contacted, and why
    stopped: str | None = None  # Stop.TIME_BUDGET / Stop.CANCELLED before every IGD found was read
    unread: tuple[tuple[str, str], ...] = ()  # IGDs that answered the search but could not be read, and why
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
    text: str | None = None


def _stop_text(listing: MappingList) -> str:
    n = len(listing.mappings)
    read = count(n, "règle lue", "règles lues")
    if listing.stop == Stop.CAP:
        return f"Vigie s'est arrêtée à {listing.index} règles, la limite qu'elle lit"
    if listing.stop == Stop.FAULT:
        return f"la box a renvoyé l'erreur UPnP {listing.detail} à l'entrée n° {listing.index} ({read} avant)"
    if listing.stop == Stop.UNREADABLE:
        return f"réponse illisible à l'entrée n° {listing.index} ({listing.detail} ; {read} avant)"
    if listing.stop == Stop.TIME_BUDGET:
        return f"le temps imparti s'est écoulé à l'entrée n° {listing.index} ({read})"
    return f"vérification annulée à l'entrée n° {listing.index} ({read})"


def box_status(reading: RouterReading) -> BoxStatus:
    if not reading.gateways:
        reason = reading.reason or NO_ANSWER
        texts = {
            SKIPPED: "la box n'a pas été interrogée (choix de l'utilisateur)",
            NO_ANSWER: "aucune box n'a répondu à la recherche UPnP",
            SEARCH_FAILED: "la recherche de la box n'a pas pu être envoyée",
            UNREADABLE: "une box a répondu mais sa réponse était inutilisable",
            NO_SERVICE: "l'appareil qui a répondu ne propose pas de service de connexion Internet",
            Stop.TIME_BUDGET: "le temps imparti s'est écoulé avant que la box soit lue",
            Stop.CANCELLED: "vérification annulée avant que la box soit lue",
        }
        text = texts.get(reason, reason)
        if reading.detail:
            text += f" ({reading.detail})"
        return BoxStatus(BoxState.NOT_CHECKED, reason, text)
    partial: list[tuple[str, str]] = []
    read_any = False
    for g in reading.gateways:
        if g.refused is not None:
            partial.append((REFUSED, f"{_name(g.gateway)} a refusé de donner sa liste ({g.refused})"))
            if not g.lists:
                continue  # nothing of this box was read
        read_any = True
        for listing in g.lists:
            if not listing.complete:
                partial.append((str(listing.stop), _stop_text(listing)))
    if reading.stopped:
        partial.append((reading.stopped, "une autre box trouvée n'a pas pu être lue dans le temps imparti"))
    for location, why in reading.unread:
        partial.append(
            (UNREADABLE, f"un autre appareil qui se dit box ({location}) n'a pas pu être lu : {why}")
        )
    if not read_any:
        reason, text = partial[0] if partial else (REFUSED, "la box a refusé de donner sa liste")
        return BoxStatus(BoxState.NOT_CHECKED, reason, text)
    if partial:
        return BoxStatus(BoxState.PARTIAL, partial[0][0], " ; ".join(t for _r, t in partial))
    return BoxStatus(BoxState.COMPLETE)


def _name(gateway: Gateway) -> str:
    guide = box_guides.identify(gateway.friendly_name, gateway.manufacturer, gateway.model)
    named = guide.name if guide else gateway.friendly_name
    return f"la box ({named})" if named else "la box"


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
    if status.state is BoxState.PARTIAL:
        out.append(
            Finding(
                kind=Kind.ROUTER_LIST_INCOMPLETE,
                title="Liste incomplète : toutes les redirections de la box n'ont pas pu être lues",
                severity=Severity.WARNING,
                address=_host(reading.gateway.description_url if reading.gateway else None),
                advice=(
                    f"Raison : {status.text}. Les règles lues sont listées, mais d'autres peuvent manquer, "
                    "y compris vers un serveur d'imagerie ou un bureau à distance. Relancez la vérification ; si la "
                    "liste reste incomplète, lisez-la dans l'interface de la box : "
                    + box_guides.manual_steps(guide)
                ),
            )
        )
    out.extend(_probe_findings(reading, local_addresses, listeners))
    out.append(
        Finding(
            kind=Kind.ROUTER_MANUAL_CHECK,
            title="À vérifier à la main : redirections manuelles (NAT/PAT) et DMZ de la box",
            severity=Severity.WARNING,
            advice=box_guides.manual_check(guide),
        )
    )
    return out


def _gateway_findings(
    g: GatewayReading, local_addresses: Collection[str], listeners: Mapping[tuple[str, int], Listener]
) -> list[Finding]:
    gw = g.gateway
    guide = box_guides.identify(gw.friendly_name, gw.manufacturer, gw.model)
    named = guide.name if guide else gw.friendly_name
    box = f"Votre box « {named} »" if named else "Votre box"
    upnp_where = f" ({guide.upnp})" if guide else ""
    out = [
        Finding(
            kind=Kind.ROUTER_UPNP,
            title="L'ouverture automatique de ports (UPnP) est activée sur la box",
            severity=Severity.WARNING,
            address=_host(gw.description_url),
            advice=(
                f"{box} accepte que les appareils du réseau ouvrent eux-mêmes des ports vers Internet, sans vous "
                "le demander : un logiciel d'imagerie, une caméra ou un programme malveillant peut ainsi se "
                f"rendre accessible depuis Internet. Désactivez l'UPnP dans la box{upnp_where} si aucun appareil "
                "du cabinet n'en a besoin."
            ),
        )
    ]
    if g.external_ip:
        out.append(
            Finding(
                kind=Kind.ROUTER_EXTERNAL_IP,
                title=f"Adresse publique de la connexion : {g.external_ip}",
                severity=Severity.INFO,
                address=g.external_ip,
                advice=(
                    "C'est l'adresse sous laquelle le cabinet apparaît sur Internet. Tout port redirigé par la "
                    "box est joignable à cette adresse depuis Internet."
                ),
            )
        )
    if g.refused is not None:
        out.append(
            Finding(
                kind=Kind.ROUTER_MAPPING,
                title="La liste des redirections de la box n'a pas pu être lue",
                severity=Severity.WARNING,
                address=_host(gw.description_url),
                advice=(
                    f"La box a répondu mais n'a pas donné la liste de ses redirections ({g.refused}). "
                    "Vérifiez-la à la main : " + box_guides.manual_steps(guide)
                ),
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
        return [
            Finding(
                kind=Kind.ROUTER_IPV6_FIREWALL,
                title="Le pare-feu IPv6 de la box est désactivé",
                severity=Severity.CRITICAL,
                address=_host(description_url),
                advice=(
                    "En IPv6, chaque appareil du cabinet a sa propre adresse sur Internet : sans le pare-feu IPv6 "
                    "de la box, tout programme qui écoute le réseau (imagerie, partage de fichiers, bureau à "
                    "distance) peut être joint directement depuis Internet, sans aucune redirection de port. "
                    "Activez le pare-feu IPv6 de la box (ou désactivez l'IPv6 si vous ne savez pas le régler). "
                    + box_guides.manual_steps(guide)
                ),
            )
        ]
    if status.inbound_pinholes_allowed:
        return [
            Finding(
                kind=Kind.ROUTER_IPV6_FIREWALL,
                title="Des appareils peuvent ouvrir le pare-feu IPv6 de la box",
                severity=Severity.WARNING,
                address=_host(description_url),
                advice=(
                    "Le pare-feu IPv6 de la box est actif mais accepte que les appareils du réseau y ouvrent "
                    "eux-mêmes des accès entrants (UPnP). Vigie ne peut pas lister ces ouvertures : désactivez "
                    "cette possibilité si aucun appareil n'en a besoin."
                ),
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
    target = "cet ordinateur" if to_this_pc else f"l'appareil {mapping.internal_client}"
    what = (service.name[0].lower() + service.name[1:]) if service else "service non identifié"
    rule = mapping.description or None
    label = f" (règle « {mapping.description} »)" if mapping.description else " (règle sans nom)"
    program = listener.program_label if listener is not None else None
    port_text = f"port {proto} {mapping.external_port} d'Internet " + (
        f"vers le port {mapping.internal_port} de {target}"
        if mapping.internal_port != mapping.external_port
        else f"vers {target}"
    )
    common = {
        "kind": Kind.ROUTER_MAPPING,
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
        return Finding(
            title=f"Redirection désactivée : {ports} vers {target}",
            severity=Severity.INFO,
            advice=(
                f"La box garde une règle de redirection inactive{label}. Supprimez-la si elle ne sert plus, pour "
                "qu'elle ne soit pas réactivée par erreur."
            ),
            **common,
        )
    restricted = _restricted(mapping.remote_host)
    risky = to_this_pc or is_risky_from_internet(service)
    severity = Severity.WARNING if restricted or not risky else Severity.CRITICAL
    who = (
        f"seule l'adresse Internet {mapping.remote_host} est autorisée par la règle, ce qui limite le risque sans "
        "le supprimer (une adresse peut changer de main ou être usurpée)"
        if restricted
        else "n'importe qui sur Internet peut s'y connecter"
    )
    runs = f" Programme qui écoute ce port sur cet ordinateur : {program}." if program else ""
    why = service.explanation + " " if service else ""
    do = (
        service.action
        if service
        else "Si personne au cabinet ne sait à quoi elle sert, supprimez-la ; pour travailler à distance, utilisez "
        "un VPN ou la solution sécurisée de votre éditeur."
    )
    return Finding(
        title=f"Ouvert sur Internet par la box : {what} de {target} ({ports})",
        severity=severity,
        advice=(
            f"Votre box redirige le {port_text}{label}, une règle ouverte par un programme "
            f"(UPnP) : {who}.{runs} {why}{box_guides.remove_upnp_rule(guide, rule)} {do}"
        ),
        **common,
    )


def _probe_findings(
    reading: RouterReading, local_addresses: Collection[str], listeners: Mapping[tuple[str, int], Listener]
) -> list[Finding]:
    result = reading.probe
    if result is None:
        if reading.probe_note is None:
            return []
        return [
            Finding(
                kind=Kind.FORWARD_PROBE,
                title="Essai de redirection par l'adresse de la box : non réalisé",
                severity=Severity.INFO,
                advice=f"{reading.probe_note}. Seule la vérification manuelle de la box reste possible.",
            )
        ]
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
        what = service.name if service else "Programme à l'écoute"
        out.append(
            Finding(
                kind=Kind.FORWARD_PROBE,
                title=f"Accessible depuis Internet (règle manuelle ou DMZ) : {what[0].lower()}{what[1:]} "
                f"de cet ordinateur (TCP {port})",
                severity=Severity.CRITICAL,
                address=result.external_ip,
                port=port,
                protocol="tcp",
                program=program,
                service=service.key if service else None,
                external_port=port,
                advice=(
                    f"Vigie s'est connectée à l'adresse Internet de la box ({result.external_ip}), port {port}, et "
                    "la connexion est arrivée sur ce programme de cet ordinateur : la box redirige ce port depuis "
                    "Internet. Aucune règle UPnP ne l'explique : c'est une redirection saisie dans la box "
                    "(NAT/PAT) ou le mode DMZ. Supprimez la redirection ou désactivez la DMZ dans la box, puis "
                    "relancez la vérification. "
                    + (service.explanation + " " if service else "")
                    + (service.action if service else "")
                ).strip(),
            )
        )
    if not result.forwarded:
        tried = ", ".join(str(p.port) for p in result.ports) or "aucun"
        stopped = " (interrompu avant la fin)" if result.stopped else ""
        out.append(
            Finding(
                kind=Kind.FORWARD_PROBE,
                title="Essai de redirection par l'adresse de la box : sans conclusion",
                severity=Severity.INFO,
                address=result.external_ip,
                advice=(
                    f"Vigie a essayé de joindre les ports TCP de cet ordinateur ({tried}) par l'adresse Internet "
                    f"de la box ({result.external_ip}){stopped} : aucune connexion n'est revenue sur cet "
                    "ordinateur. Soit ces ports ne sont pas redirigés, soit la box ne renvoie pas vers le réseau "
                    "local les connexions faites à sa propre adresse : l'essai ne permet pas de trancher. "
                    "Seule la vérification manuelle des redirections et de la DMZ le peut."
                ),
            )
        )
    return out


def _unreachable(status: BoxStatus) -> Finding:
    return Finding(
        kind=Kind.ROUTER_UNREACHABLE,
        title="Box non vérifiée : vérification manuelle nécessaire",
        severity=Severity.WARNING,
        advice=(
            f"Vigie n'a pas pu lire la box : {status.text}. Cela ne dit rien de ce qui est ouvert sur Internet : "
            "une box dont l'UPnP est désactivé (ce qui est souhaitable), une box qui ne répond pas et une box "
            "qui répond mal se ressemblent ici, et aucune ne montre ses redirections manuelles ni sa DMZ. "
            "Vérifiez-le vous-même ou faites-le vérifier : " + box_guides.manual_steps()
        ),
    )


def _host(url: str | None) -> str | None:
    if not url:
        return None
    return urlsplit(url).hostname
