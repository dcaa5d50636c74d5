"""From a scan to proposed checklist answers, by stable keys (see docs/exposure.md for the item ids).

The checklist lives in another feature; it asks these keys for a proposal and shows the reasons and the
findings behind it. A proposal is never an answer by itself: the practitioner confirms it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from core.clock import format_paris
from core.exposure.findings import BoxState, Finding, Kind, ScanResult, Severity
from core.exposure.services_table import Category, by_key
from core.wording import count


class Answer(StrEnum):
    YES = "yes"  # the good practice is met, as far as the scan can see
    NO = "no"  # the scan found the opposite
    UNKNOWN = "unknown"  # the scan cannot tell: a manual check is needed


# Stable keys -> item ids of the checklist catalogue (resources/checklist/catalogue.json), one item per key.
# Not mapped on purpose: RESEAU-02 (remote administration of the box), which UPnP does not reveal.
CHECKLIST_KEYS: dict[str, str] = {
    "box_port_forwarding": "RESEAU-03",  # no port forwarding and no DMZ towards the practice's machines
    "box_upnp": "RESEAU-04",  # UPnP disabled on the box
    "imaging_exposure": "IMAG-01",  # imaging reachable only from the practice network
    "remote_access": "RESEAU-08",  # remote access only through a VPN with MFA or the vendor's service
    "exposure_review": "RESEAU-10",  # what the connection shows to the Internet checked this year
}

KEY_LABELS: dict[str, str] = {
    "box_port_forwarding": "Redirections de ports de la box",
    "box_upnp": "Ouverture automatique de ports (UPnP)",
    "imaging_exposure": "Serveur d'imagerie limité au cabinet",
    "remote_access": "Accès à distance sans port ouvert",
    "exposure_review": "Contrôle périodique de l'exposition",
}
KEY_LABELS_EN: dict[str, str] = {  # the same labels in English (the GUI in English)
    "box_port_forwarding": "Port forwarding on the box",
    "box_upnp": "Automatic port opening (UPnP)",
    "imaging_exposure": "Imaging server limited to the practice",
    "remote_access": "Remote access without an open port",
    "exposure_review": "Regular exposure check",
}

_REMOTE = {Category.REMOTE_DESKTOP, Category.REMOTE_SUPPORT, Category.REMOTE_SHELL}


@dataclass(frozen=True)
class Proposal:
    key: str
    item_id: str
    answer: Answer
    reasons: tuple[str, ...]
    findings: tuple[int, ...]  # positions in ScanResult.findings

    @property
    def label(self) -> str:
        return KEY_LABELS[self.key]


def _category(finding: Finding) -> Category | None:
    service = by_key(finding.service) if finding.service else None
    return service.category if service else None


def _indices(scan: ScanResult, test: Callable[[Finding], bool]) -> tuple[int, ...]:
    return tuple(i for i, f in enumerate(scan.findings) if test(f))


def _box_state(scan: ScanResult) -> str:
    """'read' (whole list obtained), 'partial', 'unreadable' (list refused) or 'unknown' (no box answered)."""
    if not scan.router.answered:
        return "unknown"
    if scan.router.state is BoxState.PARTIAL:
        return "partial"
    if scan.router.state is BoxState.NOT_CHECKED:
        return "unreadable"
    refused = any(f.kind is Kind.ROUTER_MAPPING and f.port is None for f in scan.findings)
    return "unreadable" if refused else "read"


def _active_mapping(f: Finding) -> bool:
    return (f.kind is Kind.ROUTER_MAPPING and f.port is not None and f.severity is not Severity.INFO) or (
        f.kind is Kind.FORWARD_PROBE and f.severity is Severity.CRITICAL
    )


_MANUAL = (
    "L'UPnP ne montre ni les redirections saisies à la main (NAT/PAT) ni la DMZ, ni les autres appareils du "
    "cabinet : vérifiez-les dans la box avant de répondre."
)
_NOT_READ = {
    "partial": "La liste des redirections de la box n'a été lue qu'en partie.",
    "unreadable": "La liste des redirections de la box n'a pas pu être lue.",
    "unknown": "La box n'a pas pu être interrogée.",
}


def propose(scan: ScanResult) -> list[Proposal]:
    box = _box_state(scan)
    when = format_paris(scan.finished_at)
    proposals: list[Proposal] = []

    def add(key: str, answer: Answer, reasons: list[str], found: tuple[int, ...] = ()) -> None:
        proposals.append(Proposal(key, CHECKLIST_KEYS[key], answer, tuple(reasons), found))

    # Port forwarding on the box.
    mapped = _indices(
        scan,
        lambda f: (
            _active_mapping(f) or (f.kind is Kind.ROUTER_IPV6_FIREWALL and f.severity is Severity.CRITICAL)
        ),
    )
    if mapped:
        add(
            "box_port_forwarding",
            Answer.NO,
            [
                "La box laisse entrer des connexions depuis Internet vers le réseau du cabinet "
                f"({count(len(mapped), 'constat', 'constats')})."
            ],
            mapped,
        )
    elif box == "read":
        add(
            "box_port_forwarding",
            Answer.UNKNOWN,
            ["La liste UPnP de la box a été lue en entier et n'annonce aucune redirection active.", _MANUAL],
            _indices(scan, lambda f: f.kind is Kind.ROUTER_MANUAL_CHECK),
        )
    else:
        add(
            "box_port_forwarding",
            Answer.UNKNOWN,
            [_NOT_READ[box], "Vérification manuelle nécessaire (NAT/PAT et DMZ)."],
            _indices(
                scan,
                lambda f: (
                    f.kind
                    in (
                        Kind.ROUTER_UNREACHABLE,
                        Kind.ROUTER_MAPPING,
                        Kind.ROUTER_LIST_INCOMPLETE,
                        Kind.ROUTER_MANUAL_CHECK,
                    )
                ),
            ),
        )

    # UPnP.
    upnp = _indices(scan, lambda f: f.kind is Kind.ROUTER_UPNP)
    if upnp:
        add(
            "box_upnp",
            Answer.NO,
            ["L'UPnP de la box est activé : des appareils peuvent ouvrir des ports seuls."],
            upnp,
        )
    else:
        add(
            "box_upnp",
            Answer.UNKNOWN,
            [
                "Aucune box n'a répondu en UPnP : soit l'UPnP est désactivé, soit la box n'a pas répondu ; "
                "seule l'interface de la box permet de le confirmer."
            ],
            _indices(scan, lambda f: f.kind is Kind.ROUTER_UNREACHABLE),
        )

    # Imaging server exposure.
    imaging = _indices(scan, lambda f: _category(f) is Category.IMAGING)
    exposed = tuple(i for i in imaging if scan.findings[i].severity is Severity.CRITICAL)
    if exposed:
        add(
            "imaging_exposure",
            Answer.NO,
            ["Un service d'imagerie médicale est accessible depuis Internet."],
            exposed,
        )
    elif imaging:
        add(
            "imaging_exposure",
            Answer.UNKNOWN,
            [
                "Un service d'imagerie écoute le réseau du cabinet : vérifiez "
                "avec votre prestataire qu'il exige une authentification."
            ],
            imaging,
        )
    else:
        seen = (
            "Aucun service d'imagerie n'écoute le réseau sur ce poste ni n'apparaît dans la liste UPnP de la box."
            if box == "read"
            else "Aucun service d'imagerie n'écoute le réseau sur ce poste. " + _NOT_READ[box]
        )
        add("imaging_exposure", Answer.UNKNOWN, [seen, _MANUAL])

    # Remote access through an open port rather than a VPN or the vendor's service.
    remote = _indices(scan, lambda f: _category(f) in _REMOTE)
    remote_open = tuple(
        i
        for i in remote
        if _active_mapping(scan.findings[i]) or scan.findings[i].severity is Severity.CRITICAL
    )
    if remote_open:
        add(
            "remote_access",
            Answer.NO,
            ["Un accès à distance passe par un port ouvert sur la box."],
            remote_open,
        )
    else:
        reasons = [
            "Aucun port de prise de main à distance n'apparaît dans la liste UPnP de la box."
            if box == "read"
            else _NOT_READ[box],
            _MANUAL,
            "La double authentification du VPN ou de l'accès de l'éditeur ne se voit pas : confirmez-la.",
        ]
        if remote:
            reasons.append(
                "Des outils de prise de main écoutent le réseau local : gardez-les à jour et protégés."
            )
        add("remote_access", Answer.UNKNOWN, reasons, remote)

    if box == "unknown":
        add(
            "exposure_review",
            Answer.UNKNOWN,
            [
                f"Vérification faite par Vigie le {when}, mais la box n'a pas pu être interrogée : ce que l'on "
                "voit de la connexion depuis Internet n'a pas été vérifié (contrôle manuel de la box, ou relevé "
                "des ports ouverts par un prestataire)."
            ],
            _indices(scan, lambda f: f.kind is Kind.ROUTER_UNREACHABLE),
        )
    else:
        add(
            "exposure_review",
            Answer.YES,
            [
                f"Vérification de l'exposition faite par Vigie le {when}, vue depuis ce "
                "poste ; un contrôle depuis l'extérieur par un prestataire la complète."
            ],
        )
    return proposals
