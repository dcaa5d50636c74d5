"""Logging that cannot leak a patient's data: every record passes a redaction filter before any handler.

Code logs identifiers and error types, never names or health data; the filter is the safety net for the
day someone logs a value by mistake (an e-mail, a phone number, a NIR, a key in hex).
"""

from __future__ import annotations

import logging
import re

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"), "[e-mail]"),
    (re.compile(r"\b[0-9a-fA-F]{32,}\b"), "[hex]"),
    (re.compile(r"\b[12]\s?\d{2}\s?\d{2}\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}(?:\s?\d{2})?\b"), "[NIR]"),
    (re.compile(r"(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b"), "[téléphone]"),
    # Recovery codes in every form the unlock screen accepts: any case, dashes, spaces or none, look-alikes.
    (re.compile(r"\b[A-Za-z0-9]{4}(?:[ \t-]?[A-Za-z0-9]{4}){7}\b"), "[code]"),
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # Keep the exception type, drop its text (it may quote a value) and the traceback locals.
            record.exc_text = redact(f"{type(record.exc_info[1]).__name__}")
            record.exc_info = None
        return True


def setup(level: int = logging.WARNING) -> None:
    """Console logging through the redaction filter; idempotent."""
    root = logging.getLogger()
    if any(isinstance(f, RedactingFilter) for h in root.handlers for f in h.filters):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(level)
