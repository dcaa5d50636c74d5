"""Parse XML from a device on the network without trusting it: no DTD, no entity, bounded size and depth.

A box, or anything pretending to be one on the LAN, chooses what it sends. ``xml.etree`` never fetches
external entities, but internal ones still expand ("billion laughs"); rather than rely on the expat version,
a first pass refuses any DOCTYPE or entity declaration outright. UPnP documents never need one.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.parsers import expat

MAX_BYTES = 256 * 1024
MAX_DEPTH = 40


class UnsafeXml(ValueError):
    """The document was refused (too big, too deep, DTD or entities) or is not well-formed."""


def parse(data: bytes, *, max_bytes: int = MAX_BYTES) -> ET.Element:
    if len(data) > max_bytes:
        raise UnsafeXml(f"document trop volumineux ({len(data)} octets)")
    _screen(data)
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise UnsafeXml(f"XML invalide : {exc}") from exc


def _screen(data: bytes) -> None:
    parser = expat.ParserCreate()
    depth = 0

    def refuse(*_args: object) -> None:
        raise UnsafeXml("déclaration de DTD ou d'entité refusée")

    def start(_name: str, _attrs: object) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise UnsafeXml("document trop profond")

    def end(_name: str) -> None:
        nonlocal depth
        depth -= 1

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise UnsafeXml(f"XML invalide : {exc}") from exc


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def child_text(element: ET.Element, name: str) -> str | None:
    """Text of the first direct child called ``name``, whatever its namespace."""
    for child in element:
        if local_name(child.tag) == name:
            return (child.text or "").strip()
    return None


def find_all(element: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in element.iter() if local_name(e.tag) == name]
