"""The scan as JSON: what ``exposure scan --json`` prints and what the vault keeps as evidence.

The digest is a SHA-256 of the canonical JSON (sorted keys, no spaces), stored beside the scan so that a later
reader can tell the evidence was not edited after the fact.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from core.clock import from_iso, to_iso
from core.exposure.findings import TEXT_FIELDS, V2_FIELDS, BoxState, Finding, RouterInfo, ScanResult, Severity

FORMAT = "vigie.exposure-scan/1"  # the stored, digested form (kept: saved scans must keep their digest)
SCHEMA = "vigie.exposure/2"  # what ``exposure scan --json`` prints


def _finding(f: Finding) -> dict[str, Any]:
    data = f.to_json()
    for name in V2_FIELDS + TEXT_FIELDS:
        if data[name] is None:
            del data[name]
    return data


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
            **{
                name: value
                for name, value in (
                    ("state", scan.router.state.value if scan.router.state else None),
                    ("reason", scan.router.reason),
                    ("reason_text", scan.router.reason_text),
                )
                if value is not None
            },
        },
        "findings": [_finding(f) for f in scan.findings],
    }


def _model(router: RouterInfo) -> str | None:
    """ "Livebox 6" or "Freebox Server (Freebox v7)": the box's friendly name, and its model when it adds to it."""
    name, model = router.friendly_name or "", router.model or ""
    if model and model.lower() not in name.lower():
        return f"{name} ({model})" if name else model
    return name or None


def command_json(scan: ScanResult) -> dict[str, Any]:
    """``exposure scan --json`` (schema ``vigie.exposure/2``, docs/exposure.md): the box's state, then findings."""
    r = scan.router
    return {
        "schema": SCHEMA,
        "started_at": to_iso(scan.started_at),
        "finished_at": to_iso(scan.finished_at),
        "platform": scan.platform,
        "summary": {s.value: scan.count(s) for s in Severity},
        "box": {
            "state": r.box_state.value,
            "reason": r.reason,
            "reason_text": r.reason_text,
            "model": _model(r),
            "manufacturer": r.manufacturer,
            "external_ip": r.external_ip,
            "description_url": r.description_url,
            "mapping_count": r.mapping_count,
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
            state=BoxState(router["state"]) if router.get("state") else None,
            reason=router.get("reason"),
            reason_text=router.get("reason_text"),
        ),
        platform=str(data.get("platform", "")),
    )


def canonical(scan: ScanResult) -> str:
    return json.dumps(scan_to_json(scan), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest(scan: ScanResult) -> str:
    return hashlib.sha256(canonical(scan).encode("utf-8")).hexdigest()
