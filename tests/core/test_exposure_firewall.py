"""Windows firewall and network profile, read through an injected PowerShell runner."""

from __future__ import annotations

import json
import shutil

import pytest

from core.exposure import firewall
from core.exposure.findings import Kind, Severity


def _runner(profiles, networks):
    def run(args, timeout):
        assert timeout <= 10
        script = args[0]
        assert "Set-" not in script and "netsh" not in script  # read-only queries
        if script == firewall.FIREWALL_SCRIPT:
            return profiles if profiles is None else json.dumps(profiles)
        if script == firewall.PROFILE_SCRIPT:
            return networks if networks is None else json.dumps(networks)
        raise AssertionError(script)

    return run


def test_not_available_outside_windows():
    for platform in ("linux", "darwin"):
        (finding,) = firewall.firewall_findings(
            platform, runner=lambda *a: (_ for _ in ()).throw(AssertionError())
        )
        assert finding.kind is Kind.FIREWALL and finding.severity is Severity.INFO
        assert "non disponible sur ce système" in finding.title


def test_disabled_profile_is_a_warning_and_private_network_is_explained():
    profiles = [
        {"Name": "Domain", "Enabled": "True"},
        {"Name": "Private", "Enabled": "False"},
        {"Name": "Public", "Enabled": 1},
    ]
    networks = {"Name": "Cabinet-WiFi", "InterfaceAlias": "Wi-Fi", "NetworkCategory": "Private"}
    findings = firewall.firewall_findings("win32", _runner(profiles, networks))
    assert findings[0].severity is Severity.WARNING
    assert findings[0].title == "Pare-feu Windows désactivé (profil privé)"
    assert findings[1].kind is Kind.NETWORK_PROFILE
    assert findings[1].title == "Réseau « Cabinet-WiFi » déclaré privé"
    assert "Public" in findings[1].advice


def test_all_enabled_and_public_network():
    profiles = [{"Name": n, "Enabled": "True"} for n in ("Domain", "Private", "Public")]
    networks = [
        {"Name": "Réseau 2", "NetworkCategory": "Public"},
        {"Name": "Corp", "NetworkCategory": "DomainAuthenticated"},
    ]
    findings = firewall.firewall_findings("win32", _runner(profiles, networks))
    assert [f.severity for f in findings] == [Severity.INFO] * 3
    assert findings[0].title == "Pare-feu Windows actif sur tous les profils"
    assert findings[2].title == "Réseau « Corp » déclaré de domaine"


def test_unreadable_state_is_said_plainly():
    findings = firewall.firewall_findings("win32", _runner(None, "pas du json"))
    assert [f.title for f in findings] == ["État du pare-feu Windows : lecture impossible"]


@pytest.mark.skipif(shutil.which("powershell.exe") is not None, reason="PowerShell present")
def test_real_runner_returns_none_when_powershell_is_missing():
    assert firewall.run_powershell(["Get-Date"], 1.0) is None
