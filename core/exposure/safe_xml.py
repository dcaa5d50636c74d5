"""Parse XML from a device on the network without trusting it: ``defusedxml``, bounded size and depth.

A box, or anything pretending to be one on the LAN, chooses what it sends. ``defusedxml`` refuses DTDs, entity
declarations and external references (billion laughs, XXE); on top of it, the document size and nesting depth
are bounded while parsing, so a 10,000-deep document stops at level 41 instead of being built.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from core.exposure import finding_texts as texts

MAX_BYTES = 256 * 1024
MAX_DEPTH = 40


class UnsafeXml(ValueError):
    """The document was refused (too big, too deep, DTD or entities) or is not well-formed. ``value`` says why
    as a nested text of :mod:`core.exposure.finding_texts`; ``str()`` is its French."""

    def __init__(self, value: dict[str, Any]) -> None:
        self.value = value
        super().__init__(texts.value(value, "fr"))


def parse(data: bytes, *, max_bytes: int = MAX_BYTES) -> ET.Element:
    if len(data) > max_bytes:
        raise UnsafeXml(texts.text("xml.too_big", size=len(data)))
    depth = 0
    root: ET.Element | None = None
    try:
        for event, element in iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True):
            if event == "start":
                depth += 1
                if depth > MAX_DEPTH:
                    raise UnsafeXml(texts.text("xml.too_deep"))
                if root is None:
                    root = element
            else:
                depth -= 1
    except DefusedXmlException as exc:
        raise UnsafeXml(texts.text("xml.dtd")) from exc
    except ET.ParseError as exc:
        raise UnsafeXml(texts.text("xml.invalid", error=str(exc))) from exc
    if root is None:
        raise UnsafeXml(texts.text("xml.empty"))
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
