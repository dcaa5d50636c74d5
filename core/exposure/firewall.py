"""Windows firewall profiles and network category, read (never changed) through PowerShell's JSON output.

``netsh`` prints localised text (French Windows says « Actif »), so the parse would depend on the language;
``Get-NetFirewallProfile`` / ``Get-NetConnectionProfile`` piped to ``ConvertTo-Json`` do not. On Linux and
macOS the scan says the check is not available rather than guessing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from typing import Any

from core.exposure.findings import Finding, Kind, Severity

Runner = Callable[[list[str], float], str | None]

UTF8 = "[Console]::OutputEncoding = [System.Text.Encoding]::UTF8; "  # network names may have accents
FIREWALL_SCRIPT = UTF8 + (
    "Get-NetFirewallProfile | Select-Object Name,"
    "@{n='Enabled';e={$_.Enabled.ToString()}} | ConvertTo-Json -Compress"
)
PROFILE_SCRIPT = UTF8 + (
    "Get-NetConnectionProfile | Select-Object Name,InterfaceAlias,"
    "@{n='NetworkCategory';e={$_.NetworkCategory.ToString()}} | ConvertTo-Json -Compress"
)
_CATEGORY_FR = {"Public": "public", "Private": "privé", "DomainAuthenticated": "de domaine"}
_PROFILE_FR = {"Domain": "domaine", "Private": "privé", "Public": "public"}


def run_powershell(script_args: list[str], timeout: float) -> str | None:
    """Run a read-only PowerShell query without a console window; None if it fails or times out."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        done = subprocess.run(
            ["powershell.exe", "-NoProfile", "-NonInteractive", "-Command", *script_args],
            capture_output=True,
            timeout=timeout,
            creationflags=flags,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")


def _as_list(text: str | None) -> list[dict[str, Any]]:
    if not text or not text.strip():
        return []
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return []
    items = data if isinstance(data, list) else [data]
    return [i for i in items if isinstance(i, dict)]


def _enabled(value: Any) -> bool | None:
    text = str(value).strip().lower()
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    return None  # "NotConfigured" (2) or unknown


def firewall_findings(
    platform: str = sys.platform, runner: Runner = run_powershell, timeout: float = 10.0
) -> list[Finding]:
    if not platform.startswith("win"):
        return [
            Finding(
                kind=Kind.FIREWALL,
                title="État du pare-feu : non disponible sur ce système",
                severity=Severity.INFO,
                advice=(
                    "Vigie lit l'état du pare-feu et le type de réseau sur Windows uniquement. Sur ce système, "
                    "vérifiez dans ses réglages que le pare-feu est actif."
                ),
            )
        ]
    out: list[Finding] = []
    profiles = _as_list(runner([FIREWALL_SCRIPT], timeout))
    if not profiles:
        out.append(
            Finding(
                kind=Kind.FIREWALL,
                title="État du pare-feu Windows : lecture impossible",
                severity=Severity.INFO,
                advice="Ouvrez « Sécurité Windows > Pare-feu et protection du réseau » et vérifiez que chaque "
                "réseau indique « Le pare-feu est activé ».",
            )
        )
    off = [str(p.get("Name", "?")) for p in profiles if _enabled(p.get("Enabled")) is False]
    if profiles and off:
        names = ", ".join(_PROFILE_FR.get(n, n) for n in off)
        out.append(
            Finding(
                kind=Kind.FIREWALL,
                title=f"Pare-feu Windows désactivé (profil {names})",
                severity=Severity.WARNING,
                advice=(
                    "Sans pare-feu, tout programme de ce poste qui écoute le réseau est joignable par les autres "
                    "appareils connectés (y compris sur le Wi-Fi). Réactivez-le dans « Sécurité Windows > Pare-feu "
                    "et protection du réseau », ou demandez à votre prestataire pourquoi il a été coupé."
                ),
            )
        )
    elif profiles:
        out.append(
            Finding(
                kind=Kind.FIREWALL,
                title="Pare-feu Windows actif sur tous les profils",
                severity=Severity.INFO,
                advice="Rien à faire. Le pare-feu filtre les connexions entrantes que vous n'avez pas autorisées.",
            )
        )
    for network in _as_list(runner([PROFILE_SCRIPT], timeout)):
        category = str(network.get("NetworkCategory", ""))
        name = str(network.get("Name") or network.get("InterfaceAlias") or "réseau")
        if category == "Private":
            advice = (
                "Ce réseau est déclaré privé : Windows y autorise la découverte du poste et le partage de fichiers. "
                "C'est adapté au réseau du cabinet s'il est réservé à vos appareils ; choisissez « Public » pour "
                "un Wi-Fi partagé ou ouvert aux patients."
            )
        elif category == "Public":
            advice = "Ce réseau est déclaré public : Windows y applique les règles les plus strictes. Rien à faire."
        else:
            advice = "Ce réseau est géré par un domaine d'entreprise : ses règles viennent de votre administrateur."
        out.append(
            Finding(
                kind=Kind.NETWORK_PROFILE,
                title=f"Réseau « {name} » déclaré {_CATEGORY_FR.get(category, category or 'inconnu')}",
                severity=Severity.INFO,
                advice=advice,
            )
        )
    return out
