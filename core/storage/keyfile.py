"""The key file beside the vault: the data key wrapped under the passphrase and under the recovery code.

It holds no secret in clear: without the passphrase or the recovery code it is useless. It is rewritten
atomically, so a crash during a passphrase change leaves the old or the new file, both complete.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import CorruptKeyFile, KeyFileMissing
from core.storage.atomic import write_atomic

FORMAT = "vigie.keys/1"


@dataclass
class KeyFile:
    db_uuid: str
    kcv: str
    slots: dict[str, dict[str, Any]]
    created_at: str
    cipher: dict[str, Any] = field(default_factory=dict)
    anchor: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> bytes:
        doc = {
            "format": FORMAT,
            "db_uuid": self.db_uuid,
            "created_at": self.created_at,
            "cipher": self.cipher,
            "kcv": self.kcv,
            "slots": self.slots,
            "anchor": self.anchor,
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_json())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeyFileMissing(path=str(path)) from exc
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise ValueError("format")
            slots = doc["slots"]
            if not isinstance(slots, dict) or "passphrase" not in slots:
                raise ValueError("slots")
            return cls(
                db_uuid=str(doc["db_uuid"]),
                kcv=str(doc["kcv"]),
                slots={str(k): dict(v) for k, v in slots.items()},
                created_at=str(doc.get("created_at", "")),
                cipher=dict(doc.get("cipher") or {}),
                anchor=dict(doc.get("anchor") or {}),
            )
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise CorruptKeyFile(path=str(path)) from exc
