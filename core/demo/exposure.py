"""Demo exposure scans: the 2020 story (imaging server forwarded by the box), then the scan after the fix.

Built with the real rules (listener and router findings), so the demo reads exactly like a real scan.
"""

from __future__ import annotations

import random
from datetime import timedelta

from core.clock import Clock
from core.exposure import firewall, local, router, upnp
from core.exposure.findings import ScanResult
from core.services.exposure import ExposureService
from core.vault import Vault

THIS_PC = "192.168.1.20"
_GATEWAY = upnp.Gateway(
    "http://192.168.1.1:49152/rootDesc.xml",
    "Livebox 6",
    "Sagemcom",
    "Livebox 6",
    (("urn:schemas-upnp-org:service:WANIPConnection:1", "http://192.168.1.1:49152/ctl/IPConn"),),
)
_FIREWALL_OK = '[{"Name":"Domain","Enabled":"True"},{"Name":"Private","Enabled":"True"},{"Name":"Public","Enabled":"True"}]'
_NETWORK = '{"Name":"Cabinet","InterfaceAlias":"Ethernet","NetworkCategory":"Private"}'


def demo_scan(exposed: bool, finished_at, rng: random.Random) -> ScanResult:  # noqa: ANN001 - datetime
    listeners = [
        local.Listener("tcp", ("0.0.0.0", "::"), 445, 4, "System"),
        local.Listener("tcp", ("0.0.0.0",), 7070, 3120, "AnyDesk.exe"),
    ]
    if exposed:
        listeners.append(local.Listener("tcp", ("0.0.0.0",), 4242, 2876, "Orthanc.exe"))
        listeners.append(local.Listener("tcp", ("0.0.0.0",), 8042, 2876, "Orthanc.exe"))
    else:
        listeners.append(local.Listener("tcp", ("127.0.0.1",), 8042, 2876, "Orthanc.exe"))
    snapshot = local.LocalSnapshot(
        tuple(x for x in listeners if local.is_network_reachable(x.addresses[0])), False
    )
    mappings: tuple[upnp.PortMapping, ...] = ()
    if exposed:
        mappings = (
            upnp.PortMapping("", 4242, "tcp", 4242, THIS_PC, True, "Imagerie", 0),
            upnp.PortMapping("", 8042, "tcp", 8042, THIS_PC, True, "Orthanc web", 0),
            upnp.PortMapping("", 5001, "tcp", 5001, "192.168.1.30", True, "NAS", 0),
        )
    reading = router.single(_GATEWAY, f"203.0.113.{rng.randint(2, 250)}", mappings)
    findings = router.all_findings(snapshot, reading, {THIS_PC})
    answers = {firewall.FIREWALL_SCRIPT: _FIREWALL_OK, firewall.PROFILE_SCRIPT: _NETWORK}
    findings += firewall.firewall_findings("win32", lambda args, timeout: answers[args[0]])
    return ScanResult(
        started_at=finished_at - timedelta(seconds=4),
        finished_at=finished_at,
        findings=tuple(findings),
        router=router.router_info(reading),
        platform="win32",
    )


def seed(vault: Vault, size: str, rng: random.Random, clock: Clock) -> None:
    now = clock()
    service = ExposureService(vault, clock)
    if size == "large":
        for month in range(24, 1, -1):
            service.save(demo_scan(month > 12, now - timedelta(days=30 * month), rng), "contrôle mensuel")
    service.save(demo_scan(True, now - timedelta(days=21), rng), "Premier contrôle avec Vigie")
    service.save(
        demo_scan(False, now - timedelta(days=20), rng),
        "Après suppression des redirections par le prestataire",
    )
