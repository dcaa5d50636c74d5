"""Turn what the box said (or did not say) into findings: mappings, UPnP itself, external address."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from core.exposure import box_guides
from core.exposure.findings import Finding, Kind, RouterInfo, Severity
from core.exposure.services_table import is_risky_from_internet, lookup
from core.exposure.upnp import Gateway, Ipv6FirewallStatus, PortMapping


@dataclass(frozen=True)
class RouterReading:
    """Raw result of reading the box: ``gateway`` None means nobody answered (``error`` says why, in French)."""

    gateway: Gateway | None = None
    external_ip: str | None = None
    mappings: tuple[PortMapping, ...] = ()
    mappings_readable: bool = True
    error: str | None = None
    discovery_skipped: bool = False
    ipv6_firewall: Ipv6FirewallStatus | None = None


def router_info(reading: RouterReading) -> RouterInfo:
    gw = reading.gateway
    return RouterInfo(
        answered=gw is not None,
        description_url=gw.description_url if gw else None,
        friendly_name=gw.friendly_name if gw else None,
        manufacturer=gw.manufacturer if gw else None,
        model=gw.model if gw else None,
        external_ip=reading.external_ip,
        mapping_count=len(reading.mappings),
    )


def forwarded_here(reading: RouterReading, local_addresses: Collection[str]) -> set[tuple[str, int]]:
    """(protocol, internal port) pairs that the box forwards to this PC (enabled mappings only)."""
    found: set[tuple[str, int]] = set()
    for m in reading.mappings:
        if m.enabled and m.internal_client in local_addresses:
            for protocol in (m.protocol,) if m.protocol else ("tcp", "udp"):
                found.add((protocol, m.internal_port))
    return found


def router_findings(reading: RouterReading, local_addresses: Collection[str]) -> list[Finding]:
    gw = reading.gateway
    if gw is None:
        return [] if reading.discovery_skipped else [_unreachable(reading.error)]
    guide = box_guides.identify(gw.friendly_name, gw.manufacturer, gw.model)
    named = guide.name if guide else gw.friendly_name
    box = f"Votre box ({named})" if named else "Votre box"
    out = [
        Finding(
            kind=Kind.ROUTER_UPNP,
            title="L'ouverture automatique de ports (UPnP) est activée sur la box",
            severity=Severity.WARNING,
            address=_host(gw.description_url),
            advice=(
                f"{box} accepte que les appareils du réseau ouvrent eux-mêmes des ports vers Internet, sans vous "
                "le demander : un logiciel d'imagerie, une caméra ou un programme malveillant peut ainsi se "
                "rendre accessible depuis Internet. Désactivez l'UPnP dans la box si aucun appareil du cabinet "
                "n'en a besoin. " + box_guides.manual_steps(guide)
            ),
        )
    ]
    if reading.external_ip:
        out.append(
            Finding(
                kind=Kind.ROUTER_EXTERNAL_IP,
                title=f"Adresse publique de la connexion : {reading.external_ip}",
                severity=Severity.INFO,
                address=reading.external_ip,
                advice=(
                    "C'est l'adresse sous laquelle le cabinet apparaît sur Internet. Tout port redirigé par la "
                    "box est joignable à cette adresse par n'importe qui."
                ),
            )
        )
    if not reading.mappings_readable:
        out.append(
            Finding(
                kind=Kind.ROUTER_MAPPING,
                title="La liste des redirections de la box n'a pas pu être lue",
                severity=Severity.WARNING,
                address=_host(gw.description_url),
                advice=(
                    f"La box a répondu mais n'a pas donné la liste de ses redirections ({reading.error or 'refus'}). "
                    "Vérifiez-la à la main : " + box_guides.manual_steps(guide)
                ),
            )
        )
    out.extend(_ipv6_findings(reading.ipv6_firewall, gw.description_url, guide))
    out.extend(_mapping_finding(m, local_addresses) for m in reading.mappings)
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


def _mapping_finding(mapping: PortMapping, local_addresses: Collection[str]) -> Finding:
    protocol = mapping.protocol or None
    service = lookup(protocol, mapping.internal_port) or lookup(protocol, mapping.external_port)
    where = f"{mapping.protocol.upper()} {mapping.external_port}".strip()
    to_this_pc = mapping.internal_client in local_addresses
    target = "cet ordinateur" if to_this_pc else f"l'appareil {mapping.internal_client}"
    what = (service.name[0].lower() + service.name[1:]) if service else "service non identifié"
    label = f" (règle « {mapping.description} »)" if mapping.description else ""
    port_text = f"port {mapping.external_port}" + (
        f" vers le port {mapping.internal_port}" if mapping.internal_port != mapping.external_port else ""
    )
    if not mapping.enabled:
        return Finding(
            kind=Kind.ROUTER_MAPPING,
            title=f"Redirection désactivée : {port_text} vers {target}",
            severity=Severity.INFO,
            address=mapping.internal_client,
            port=mapping.internal_port,
            protocol=protocol,
            service=service.key if service else None,
            advice=(
                f"La box garde une règle de redirection inactive{label}. Supprimez-la si elle ne sert plus, pour "
                "qu'elle ne soit pas réactivée par erreur."
            ),
        )
    critical = to_this_pc or is_risky_from_internet(service)
    severity = Severity.CRITICAL if critical else Severity.WARNING
    restricted = (
        f" Seule l'adresse {mapping.remote_host} est autorisée à l'utiliser, ce qui limite le risque sans le supprimer."
        if mapping.remote_host and mapping.remote_host not in ("*", "0.0.0.0")
        else ""
    )
    why = service.explanation + " " if service else ""
    do = (
        service.action
        if service
        else "Si personne au cabinet ne sait à quoi elle sert, supprimez-la ; pour travailler à distance, utilisez "
        "un VPN ou la solution sécurisée de votre éditeur."
    )
    return Finding(
        kind=Kind.ROUTER_MAPPING,
        title=f"Ouvert sur Internet par la box : {what} de {target} ({where})",
        severity=severity,
        address=mapping.internal_client,
        port=mapping.internal_port,
        protocol=protocol,
        service=service.key if service else None,
        advice=(
            f"Votre box redirige le {port_text} depuis Internet vers {target}{label} : n'importe qui sur "
            f"Internet peut s'y connecter.{restricted} {why}Supprimez cette redirection dans la box (rubrique "
            f"NAT/PAT ou redirection de ports), sauf si votre prestataire en a documenté la nécessité. {do}"
        ),
    )


def _unreachable(error: str | None) -> Finding:
    detail = f" ({error})" if error else ""
    return Finding(
        kind=Kind.ROUTER_UNREACHABLE,
        title="La box n'a pas répondu : vérification manuelle nécessaire",
        severity=Severity.WARNING,
        advice=(
            f"Aucune box n'a répondu à la recherche UPnP{detail}. C'est plutôt bon signe si l'UPnP est désactivé "
            "sur la box, mais Vigie ne peut alors pas lire les redirections de ports, ni savoir si un mode DMZ "
            "expose un appareil. Vérifiez-le vous-même ou faites-le vérifier : " + box_guides.manual_steps()
        ),
    )


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    return urlsplit(url).hostname
