"""The documented table of services that matter when they are reachable from the network or from the Internet.

Each entry says, in plain French, what the service is, why it matters and what to do. ``local_severity`` is
used when a program of this PC listens on the network for it; a port forwarded by the box towards a service of
this table is always critical (except a VPN, the recommended way in, which stays a warning). Ports follow the
IANA registry and the vendors' documentation (Orthanc 4242/8042, TeamViewer 5938, AnyDesk 7070, Firebird 3050).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.exposure.findings import Severity


class Category(StrEnum):
    IMAGING = "imaging"
    REMOTE_DESKTOP = "remote_desktop"
    REMOTE_SUPPORT = "remote_support"
    REMOTE_SHELL = "remote_shell"
    FILE_SHARING = "file_sharing"
    DATABASE = "database"
    WEB = "web"
    NAS_ADMIN = "nas_admin"
    VPN = "vpn"
    WINDOWS = "windows"
    PRINTING = "printing"


@dataclass(frozen=True)
class RiskyService:
    key: str
    name: str
    category: Category
    ports: tuple[int, ...]
    protocols: tuple[str, ...]
    local_severity: Severity
    explanation: str
    action: str


_CLOSE_OR_LOCAL = (
    "Si vous n'utilisez pas cette fonction, désactivez-la dans le programme concerné ; sinon, demandez à "
    "votre prestataire de la limiter à cet ordinateur (adresse 127.0.0.1) ou aux seuls postes du cabinet."
)
_NEVER_INTERNET = "Ne l'ouvrez jamais vers Internet : pour un accès à distance, utilisez la solution sécurisée de votre éditeur ou un VPN."

TABLE: tuple[RiskyService, ...] = (
    RiskyService(
        "dicom",
        "Serveur d'imagerie médicale (DICOM)",
        Category.IMAGING,
        (104, 11112, 4242, 2762),
        ("tcp",),
        Severity.WARNING,
        "Un logiciel d'imagerie (PACS, console de radiographie, échographe, visionneuse) accepte des images et "
        "des demandes de consultation d'autres appareils. Mal réglé, il permet à quiconque l'atteint de lister "
        "et de télécharger des examens nominatifs : c'est ce qui a valu des sanctions de la CNIL à deux médecins en 2020.",
        "Vérifiez avec votre prestataire d'imagerie que seule la liste des appareils autorisés du cabinet peut "
        "s'y connecter. " + _NEVER_INTERNET,
    ),
    RiskyService(
        "dicom_web",
        "Visionneuse ou portail web d'imagerie (PACS)",
        Category.IMAGING,
        (8042, 3333),
        ("tcp",),
        Severity.WARNING,
        "Une page web permet de consulter les images médicales stockées sur ce poste (Orthanc, portail "
        "OsiriX/Horos ou équivalent). Sans mot de passe solide, toute personne qui l'atteint voit les examens.",
        "Activez l'authentification de la visionneuse et limitez-la au cabinet. " + _NEVER_INTERNET,
    ),
    RiskyService(
        "rdp",
        "Bureau à distance Windows (RDP)",
        Category.REMOTE_DESKTOP,
        (3389,),
        ("tcp", "udp"),
        Severity.WARNING,
        "Le bureau à distance permet de prendre la main sur cet ordinateur. C'est la première porte d'entrée des "
        "rançongiciels quand il est accessible depuis Internet.",
        "Désactivez le bureau à distance s'il ne sert pas (Paramètres > Système > Bureau à distance). "
        + _NEVER_INTERNET,
    ),
    RiskyService(
        "vnc",
        "Prise de main à distance (VNC)",
        Category.REMOTE_DESKTOP,
        (5800, 5900, 5901, 5902, 5903),
        ("tcp",),
        Severity.WARNING,
        "Un serveur VNC permet de voir et de piloter l'écran de cet ordinateur, souvent avec un simple mot de "
        "passe court.",
        "Désinstallez-le s'il ne sert plus, ou réservez-le au réseau du cabinet avec un mot de passe long. "
        + _NEVER_INTERNET,
    ),
    RiskyService(
        "teamviewer",
        "TeamViewer (assistance à distance)",
        Category.REMOTE_SUPPORT,
        (5938,),
        ("tcp", "udp"),
        Severity.INFO,
        "L'outil d'assistance TeamViewer est installé et écoute le réseau. Il permet à un technicien de prendre "
        "la main sur ce poste.",
        "Gardez-le à jour, protégez-le par une authentification à deux facteurs et ne l'ouvrez que pendant une "
        "intervention ; supprimez-le si votre prestataire ne l'utilise plus.",
    ),
    RiskyService(
        "anydesk",
        "AnyDesk (assistance à distance)",
        Category.REMOTE_SUPPORT,
        (7070,),
        ("tcp",),
        Severity.INFO,
        "L'outil d'assistance AnyDesk accepte des connexions directes du réseau. Il permet de prendre la main "
        "sur ce poste ; des escrocs se font souvent passer pour un support technique pour l'utiliser.",
        "Désactivez l'accès sans surveillance s'il ne sert pas, gardez-le à jour et n'acceptez jamais une "
        "connexion que vous n'avez pas demandée.",
    ),
    RiskyService(
        "rustdesk",
        "RustDesk (assistance à distance)",
        Category.REMOTE_SUPPORT,
        (21118, 21119),
        ("tcp",),
        Severity.INFO,
        "L'outil d'assistance RustDesk accepte des connexions directes par adresse IP.",
        "Désactivez l'accès direct par IP s'il ne sert pas et gardez l'outil à jour.",
    ),
    RiskyService(
        "ssh",
        "Accès en ligne de commande (SSH)",
        Category.REMOTE_SHELL,
        (22,),
        ("tcp",),
        Severity.INFO,
        "Un serveur SSH permet d'administrer cet ordinateur à distance en ligne de commande.",
        "S'il ne sert pas, arrêtez-le. Sinon, n'acceptez que des clés, pas de mot de passe. "
        + _NEVER_INTERNET,
    ),
    RiskyService(
        "telnet",
        "Telnet (administration non chiffrée)",
        Category.REMOTE_SHELL,
        (23,),
        ("tcp",),
        Severity.WARNING,
        "Telnet transmet identifiants et commandes en clair sur le réseau.",
        "Arrêtez ce service : il n'a plus sa place sur un poste de cabinet.",
    ),
    RiskyService(
        "ftp",
        "Serveur de fichiers FTP",
        Category.FILE_SHARING,
        (21,),
        ("tcp",),
        Severity.WARNING,
        "Un serveur FTP partage des fichiers sans chiffrement : mots de passe et documents circulent en clair.",
        "Arrêtez-le ; pour échanger des documents, utilisez une messagerie sécurisée de santé. "
        + _NEVER_INTERNET,
    ),
    RiskyService(
        "smb",
        "Partage de fichiers Windows (SMB)",
        Category.FILE_SHARING,
        (139, 445),
        ("tcp",),
        Severity.INFO,
        "Le partage de fichiers et d'imprimantes Windows est actif : c'est courant sur un poste Windows, mais "
        "chaque dossier partagé est lisible par les autres appareils du réseau qui ont les droits.",
        "Vérifiez qu'aucun dossier de patients n'est partagé avec « Tout le monde » et que le Wi-Fi invité est "
        "séparé. Ce partage ne doit jamais être ouvert vers Internet.",
    ),
    RiskyService(
        "netbios",
        "Découverte de voisinage Windows (NetBIOS)",
        Category.WINDOWS,
        (137, 138),
        ("udp",),
        Severity.INFO,
        "Service de nom Windows qui annonce ce poste aux autres ordinateurs du réseau local.",
        "Rien à faire sur le réseau du cabinet ; ce service ne doit jamais être ouvert vers Internet.",
    ),
    RiskyService(
        "discovery",
        "Découverte d'appareils sur le réseau local (mDNS, SSDP, LLMNR)",
        Category.WINDOWS,
        (1900, 3702, 5353, 5355),
        ("udp",),
        Severity.INFO,
        "Ce poste annonce sa présence et cherche imprimantes, écrans et autres appareils du réseau local.",
        "Rien à faire sur le réseau du cabinet ; ce service ne doit jamais être ouvert vers Internet.",
    ),
    RiskyService(
        "system_network",
        "Service réseau du système (adresse, heure, VPN intégré)",
        Category.WINDOWS,
        (68, 123, 500, 4500),
        ("udp",),
        Severity.INFO,
        "Le système reçoit son adresse réseau (DHCP), règle son horloge (NTP) ou attend des connexions VPN "
        "intégrées (IPsec) : c'est normal sur un ordinateur.",
        "Rien à faire sur le réseau du cabinet ; ce service ne doit jamais être ouvert vers Internet.",
    ),
    RiskyService(
        "windows_system",
        "Service système de Windows",
        Category.WINDOWS,
        (5040, 7680),
        ("tcp",),
        Severity.INFO,
        "Service de Windows pour les appareils connectés ou le partage des mises à jour entre postes du réseau.",
        "Rien à faire sur le réseau du cabinet ; ce service ne doit jamais être ouvert vers Internet.",
    ),
    RiskyService(
        "msrpc",
        "Services d'administration Windows (RPC)",
        Category.WINDOWS,
        (135,),
        ("tcp",),
        Severity.INFO,
        "Service système de Windows utilisé par les outils d'administration et de partage.",
        "Rien à faire sur le réseau du cabinet ; ce service ne doit jamais être ouvert vers Internet.",
    ),
    RiskyService(
        "winrm",
        "Administration à distance Windows (WinRM)",
        Category.REMOTE_SHELL,
        (5985, 5986),
        ("tcp",),
        Severity.INFO,
        "L'administration à distance de Windows est activée, souvent par un prestataire ou un outil de gestion.",
        "Demandez à votre prestataire s'il en a besoin ; sinon faites-la désactiver. " + _NEVER_INTERNET,
    ),
    RiskyService(
        "http",
        "Serveur web",
        Category.WEB,
        (80, 443, 8000, 8080, 8443, 8888),
        ("tcp",),
        Severity.INFO,
        "Un programme de cet ordinateur sert des pages web aux autres appareils : logiciel métier en mode "
        "serveur, interface d'un appareil, outil de développement…",
        "Identifiez le programme indiqué. S'il s'agit de votre logiciel métier, demandez à l'éditeur si ce mode "
        "serveur est nécessaire et protégé par mot de passe et chiffrement. " + _NEVER_INTERNET,
    ),
    RiskyService(
        "mysql",
        "Base de données MySQL / MariaDB",
        Category.DATABASE,
        (3306,),
        ("tcp",),
        Severity.WARNING,
        "La base de données d'un logiciel (souvent le logiciel métier) accepte des connexions du réseau : elle "
        "peut contenir tout le dossier des patients.",
        _CLOSE_OR_LOCAL + " " + _NEVER_INTERNET,
    ),
    RiskyService(
        "postgresql",
        "Base de données PostgreSQL",
        Category.DATABASE,
        (5432,),
        ("tcp",),
        Severity.WARNING,
        "La base de données d'un logiciel accepte des connexions du réseau : elle peut contenir tout le "
        "dossier des patients.",
        _CLOSE_OR_LOCAL + " " + _NEVER_INTERNET,
    ),
    RiskyService(
        "mssql",
        "Base de données Microsoft SQL Server",
        Category.DATABASE,
        (1433, 1434),
        ("tcp", "udp"),
        Severity.WARNING,
        "Une base SQL Server, utilisée par plusieurs logiciels médicaux, accepte des connexions du réseau.",
        _CLOSE_OR_LOCAL + " " + _NEVER_INTERNET,
    ),
    RiskyService(
        "oracle",
        "Base de données Oracle",
        Category.DATABASE,
        (1521,),
        ("tcp",),
        Severity.WARNING,
        "Une base Oracle accepte des connexions du réseau.",
        _CLOSE_OR_LOCAL + " " + _NEVER_INTERNET,
    ),
    RiskyService(
        "mongodb",
        "Base de données MongoDB",
        Category.DATABASE,
        (27017,),
        ("tcp",),
        Severity.WARNING,
        "Une base MongoDB accepte des connexions du réseau ; sans authentification, son contenu se lit librement.",
        _CLOSE_OR_LOCAL + " " + _NEVER_INTERNET,
    ),
    RiskyService(
        "firebird",
        "Base de données Firebird",
        Category.DATABASE,
        (3050,),
        ("tcp",),
        Severity.WARNING,
        "Une base Firebird, utilisée par plusieurs logiciels de cabinet, accepte des connexions du réseau.",
        _CLOSE_OR_LOCAL + " " + _NEVER_INTERNET,
    ),
    RiskyService(
        "nas_admin",
        "Administration d'un NAS (Synology, QNAP)",
        Category.NAS_ADMIN,
        (5000, 5001),
        ("tcp",),
        Severity.INFO,
        "L'interface d'administration d'un NAS donne accès à toutes les sauvegardes et fichiers qu'il contient.",
        "Gardez le NAS à jour, activez la double authentification, et désactivez son accès à distance "
        "automatique (QuickConnect, myQNAPcloud) s'il ne sert pas.",
    ),
    RiskyService(
        "printing",
        "Impression réseau",
        Category.PRINTING,
        (631, 9100),
        ("tcp",),
        Severity.INFO,
        "Ce poste partage une imprimante ou accepte des travaux d'impression du réseau.",
        "Rien à faire sur le réseau du cabinet ; ce service ne doit jamais être ouvert vers Internet.",
    ),
    RiskyService(
        "vpn",
        "Serveur VPN (OpenVPN, WireGuard)",
        Category.VPN,
        (1194, 51820),
        ("udp", "tcp"),
        Severity.INFO,
        "Un VPN chiffre l'accès à distance au réseau du cabinet : c'est la bonne façon de travailler depuis "
        "l'extérieur, à condition qu'il soit tenu à jour et protégé par une authentification forte.",
        "Vérifiez avec votre prestataire qu'il est à jour et que chaque accès est personnel.",
    ),
)

_BY_PORT: dict[tuple[str, int], RiskyService] = {}
for _service in TABLE:
    for _port in _service.ports:
        for _proto in _service.protocols:
            _BY_PORT.setdefault((_proto, _port), _service)


def lookup(protocol: str | None, port: int | None) -> RiskyService | None:
    """The table entry for a port; when the protocol is unknown (UPnP says "TCP"/"UDP"), TCP is tried first."""
    if port is None:
        return None
    protocols = [protocol.lower()] if protocol else ["tcp", "udp"]
    for proto in protocols:
        found = _BY_PORT.get((proto, int(port)))
        if found is not None:
            return found
    return None


# Windows system processes that listen on dynamic RPC ports (49152-65535) on every Windows PC.
WINDOWS_RPC_PROGRAMS = frozenset({"lsass.exe", "wininit.exe", "services.exe", "spoolsv.exe", "svchost.exe"})


def lookup_listener(protocol: str, port: int, program: str | None) -> RiskyService | None:
    """Like :func:`lookup`, plus Windows' own RPC listeners on dynamic ports, recognised by their program."""
    found = lookup(protocol, port)
    if (
        found is None
        and protocol == "tcp"
        and port >= 49152
        and (program or "").lower() in WINDOWS_RPC_PROGRAMS
    ):
        return by_key("msrpc")
    return found


def by_key(key: str) -> RiskyService | None:
    return next((s for s in TABLE if s.key == key), None)


def is_risky_from_internet(service: RiskyService | None) -> bool:
    """Every known service is dangerous when forwarded from the Internet, except a VPN (the way to do it)."""
    return service is not None and service.category is not Category.VPN
