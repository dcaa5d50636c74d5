"""The scan as JSON: what ``exposure scan --json`` prints and what the vault keeps as evidence.

The digest is a SHA-256 of the canonical JSON (sorted keys, no spaces), stored beside the scan so that a later
reader can tell the evidence was not edited after the fact.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from core.clock import from_iso, to_iso
from core.exposure.findings import Finding, RouterInfo, ScanResult, Severity

FORMAT = "vigie.exposure-scan/1"


def scan_to_json(scan: ScanResult) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "started_at": to_iso(scan.started_at),
        "finished_at": to_iso(scan.finished_at),
        "platform": scan.platform,
        "summary": {s.value: scan.count(s) for s in Severity},
        "router": {
            "answered": scan.router.answered,
            "description_url": scan.router.description_url,
            "friendly_name": scan.router.friendly_name,
            "manufacturer": scan.router.manufacturer,
            "model": scan.router.model,
            "external_ip": scan.router.external_ip,
            "mapping_count": scan.router.mapping_count,
        },
        "findings": [f.to_json() for f in scan.findings],
    }


def scan_from_json(data: dict[str, Any]) -> ScanResult:
    router = data.get("router") or {}
    return ScanResult(
        started_at=from_iso(data["started_at"]),
        finished_at=from_iso(data["finished_at"]),
        findings=tuple(Finding.from_json(f) for f in data.get("findings", [])),
        router=RouterInfo(
            answered=bool(router.get("answered", False)),
            description_url=router.get("description_url"),
            friendly_name=router.get("friendly_name"),
            manufacturer=router.get("manufacturer"),
            model=router.get("model"),
            external_ip=router.get("external_ip"),
            mapping_count=int(router.get("mapping_count", 0)),
        ),
        platform=str(data.get("platform", "")),
    )


def canonical(scan: ScanResult) -> str:
    return json.dumps(scan_to_json(scan), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest(scan: ScanResult) -> str:
    return hashlib.sha256(canonical(scan).encode("utf-8")).hexdigest()
