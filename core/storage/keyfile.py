"""The key file beside the vault: the data key wrapped under the passphrase and under the recovery code.

It holds no secret in clear: without the passphrase or the recovery code it is useless. It is rewritten
atomically, so a crash during a passphrase change leaves the old or the new file, both complete.

Each slot and the header (``db_uuid``, key check value) carry a SHA-256 checksum written with them. AES-GCM
cannot tell a wrong secret from an altered slot; the checksum can: a flipped byte is reported as damage of
that slot, not as a mistyped passphrase. Files written before the checksums existed load as ``legacy`` and
get them on the next write.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import CorruptKeyFile, KeyFileMissing
from core.storage.atomic import write_atomic

FORMAT = "vigie.keys/1"
HEADER = "header"
# Sizes of a well-formed slot (base64-decoded): scrypt salt, GCM nonce, sealed 32-byte key + 16-byte tag.
_FIELD_SIZES = {"salt": 16, "nonce": 12, "sealed": 48}


def _digest(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def slot_check(name: str, slot: dict[str, Any], db_uuid: str) -> str:
    body = {k: v for k, v in slot.items() if k != "check"}
    return _digest(["slot", name, db_uuid, body])


def header_check(db_uuid: str, kcv: str) -> str:
    return _digest(["header", db_uuid, kcv])


def slot_shape_problem(slot: dict[str, Any]) -> str:
    """Why a slot cannot be a sealed key (empty when its shape is right); needs no secret."""
    if slot.get("kdf") != "scrypt":
        return "kdf"
    for name in ("n", "r", "p"):
        if not isinstance(slot.get(name), int):
            return name
    for name, size in _FIELD_SIZES.items():
        try:
            raw = base64.b64decode(str(slot.get(name, "")).encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            return name
        if len(raw) != size:
            return name
    return ""


@dataclass
class KeyFile:
    db_uuid: str
    kcv: str
    slots: dict[str, dict[str, Any]]
    created_at: str
    cipher: dict[str, Any] = field(default_factory=dict)
    anchor: dict[str, Any] = field(default_factory=dict)
    # Set by load(): the parts whose checksum or shape is wrong ("header" or a slot name), and whether the
    # file predates the checksums. Never written.
    damaged: tuple[str, ...] = ()
    legacy: bool = False

    def to_json(self) -> bytes:
        slots = {
            name: {
                **{k: v for k, v in slot.items() if k != "check"},
                "check": slot_check(name, slot, self.db_uuid),
            }
            for name, slot in self.slots.items()
        }
        doc = {
            "format": FORMAT,
            "db_uuid": self.db_uuid,
            "created_at": self.created_at,
            "cipher": self.cipher,
            "kcv": self.kcv,
            "check": header_check(self.db_uuid, self.kcv),
            "slots": slots,
            "anchor": self.anchor,
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def replaced(self, **changes: Any) -> KeyFile:
        """A copy with some fields changed (checksums are recomputed when written)."""
        values = {k: v for k, v in self.__dict__.items() if k not in ("damaged", "legacy")}
        return KeyFile(**{**values, **changes})

    def slot_damage(self, slot: str) -> str:
        """ "header" or the slot's name when that part is damaged, else ""."""
        if HEADER in self.damaged:
            return HEADER
        return slot if slot in self.damaged else ""

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
            db_uuid, kcv = str(doc["db_uuid"]), str(doc["kcv"])
            parsed = {str(k): dict(v) for k, v in slots.items()}
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise CorruptKeyFile(path=str(path), part="") from exc
        legacy = "check" not in doc
        damaged: list[str] = []
        if not legacy and doc.get("check") != header_check(db_uuid, kcv):
            damaged.append(HEADER)
        for name, slot in parsed.items():
            if slot_shape_problem(slot) or (
                ("check" in slot or not legacy) and slot.get("check") != slot_check(name, slot, db_uuid)
            ):
                damaged.append(name)
        anchor = doc.get("anchor")
        return cls(
            db_uuid=db_uuid,
            kcv=kcv,
            slots=parsed,
            created_at=str(doc.get("created_at", "")),
            cipher=dict(doc.get("cipher") or {}) if isinstance(doc.get("cipher"), dict) else {},
            # Kept as found (a malformed anchor is a verify failure, not a reason to refuse the key file).
            anchor={} if anchor is None else (anchor if isinstance(anchor, dict) else {"malformed": True}),
            damaged=tuple(damaged),
            legacy=legacy,
        )
