"""Parse XML from a device on the network without trusting it: ``defusedxml``, bounded size and depth.

A box, or anything pretending to be one on the LAN, chooses what it sends. ``defusedxml`` refuses DTDs, entity
declarations and external references (billion laughs, XXE); on top of it, the document size and nesting depth
are bounded while parsing, so a 10,000-deep document stops at level 41 instead of being built.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

MAX_BYTES = 256 * 1024
MAX_DEPTH = 40


class UnsafeXml(ValueError):
    """The document was refused (too big, too deep, DTD or entities) or is not well-formed."""


def parse(data: bytes, *, max_bytes: int = MAX_BYTES) -> ET.Element:
    if len(data) > max_bytes:
        raise UnsafeXml(f"document trop volumineux ({len(data)} octets)")
    depth = 0
    root: ET.Element | None = None
    try:
        for event, element in iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True):
            if event == "start":
                depth += 1
                if depth > MAX_DEPTH:
                    raise UnsafeXml("document trop profond")
                if root is None:
                    root = element
            else:
                depth -= 1
    except DefusedXmlException as exc:
        raise UnsafeXml("déclaration de DTD ou d'entité refusée") from exc
    except ET.ParseError as exc:
        raise UnsafeXml(f"XML invalide : {exc}") from exc
    if root is None:
        raise UnsafeXml("XML invalide : document vide")
    return root


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
