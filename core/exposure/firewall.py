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

from core.exposure.finding_texts import make
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
        return [make(Kind.FIREWALL, "firewall.unavailable", Severity.INFO)]
    out: list[Finding] = []
    profiles = _as_list(runner([FIREWALL_SCRIPT], timeout))
    if not profiles:
        out.append(make(Kind.FIREWALL, "firewall.unreadable", Severity.INFO))
    off = [str(p.get("Name", "?")) for p in profiles if _enabled(p.get("Enabled")) is False]
    if profiles and off:
        names = [{"t": f"profile.{n}"} if n in _PROFILE_FR else n for n in off]
        out.append(make(Kind.FIREWALL, "firewall.off", Severity.WARNING, {"profiles": {"join": names}}))
    elif profiles:
        out.append(make(Kind.FIREWALL, "firewall.on", Severity.INFO))
    for network in _as_list(runner([PROFILE_SCRIPT], timeout)):
        category = str(network.get("NetworkCategory", ""))
        raw_name = network.get("Name") or network.get("InterfaceAlias")
        name = str(raw_name) if raw_name else {"t": "network.unnamed"}
        code = {"Private": "network.private", "Public": "network.public"}.get(category, "network.domain")
        shown = (
            {"t": f"category.{category}"}
            if category in _CATEGORY_FR
            else (category or {"t": "category.unknown"})
        )
        params = {"name": name, "category": shown}
        out.append(make(Kind.NETWORK_PROFILE, code, Severity.INFO, params))
    return out
