"""Plain HTTP/1.1 to the box, under a wall-clock deadline and a size limit, with no proxy and no redirect.

``urllib`` applies its timeout to each socket operation, so a peer that drips one byte at a time holds it for as
long as it likes. Here bytes are collected under a :class:`~core.exposure.deadline.Deadline` (checked every
quarter of a second, so Cancel works too), and the stdlib's own ``http.client`` parses the collected answer
(status, headers, chunked or sized body). Only ``http://`` IP literals of the local network are reached; the
caller decides which (:func:`core.exposure.ssdp.is_local_url`).
"""

from __future__ import annotations

import http.client
import io
import os
import select
import socket
from typing import Any
from urllib.parse import urlsplit

from core.exposure import finding_texts as texts
from core.exposure.deadline import Deadline, Expired

MAX_HEADER = 32 * 1024


class HttpError(Exception):
    """The answer could not be obtained (refused, reset, too big, malformed). ``value`` says why as a nested text
    of :mod:`core.exposure.finding_texts` (rendered in the reader's language), ``reason`` is its French."""

    def __init__(self, value: dict[str, Any]) -> None:
        self.value = value
        self.reason = texts.value(value, "fr")
        super().__init__(self.reason)


class _Bytes:
    """What ``http.client.HTTPResponse`` needs from a socket: ``makefile``."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def makefile(self, _mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self._data))  # type: ignore[arg-type]


def request(
    url: str,
    deadline: Deadline,
    *,
    method: str = "GET",
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    max_body: int,
) -> tuple[int, bytes]:
    """Status and body. Raises :class:`HttpError`, or :class:`Expired` when the deadline ends first (its
    ``answered`` then says whether any byte of an answer had arrived: a slow box, not a silent one)."""
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname or any(c in url for c in "\r\n\t "):
        raise HttpError(texts.text("why.address_refused"))
    if any(c in f"{k}{v}" for k, v in (headers or {}).items() for c in "\r\n"):
        raise HttpError(texts.text("why.header_refused"))  # a service type from the box's description must not add headers
    host = parts.hostname
    port = parts.port or 80
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    authority = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    lines = [f"{method} {path} HTTP/1.1", f"Host: {authority}", "Connection: close", "User-Agent: Vigie/1"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    if method == "POST":
        lines.append(f"Content-Length: {len(body)}")
    payload = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
    raw = _exchange(host, port, payload, deadline, max_body + MAX_HEADER)
    return _parse(raw, max_body)


def _exchange(host: str, port: int, payload: bytes, deadline: Deadline, limit: int) -> bytes:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setblocking(False)
        try:
            sock.connect((host, port))
        except BlockingIOError:
            pass
        except OSError as exc:
            raise HttpError(texts.text("why.unreachable", error=str(exc.strerror or exc))) from exc
        try:
            _wait_connected(sock, deadline)
        except Expired as exc:
            exc.answered = False
            raise
        sock.settimeout(None)
        view = memoryview(payload)
        while view:
            try:
                sock.settimeout(deadline.slice())
            except Expired as exc:
                exc.answered = False
                raise
            try:
                sent = sock.send(view)
            except TimeoutError:
                continue
            except OSError as exc:  # connected, then cut while asking: nothing came back
                raise HttpError(texts.text("why.cut", error=str(exc.strerror or exc))) from exc
            view = view[sent:]
        received = bytearray()
        while not _complete(received):
            try:
                sock.settimeout(deadline.slice())
                chunk = sock.recv(65536)
            except TimeoutError:
                continue
            except Expired as exc:
                exc.answered = bool(received)
                raise
            except OSError as exc:
                why = "why.interrupted" if received else "why.cut"
                raise HttpError(texts.text(why, error=str(exc.strerror or exc))) from exc
            if not chunk:
                break
            received += chunk
            if len(received) > limit:
                raise HttpError(texts.text("why.too_big"))
        return bytes(received)
    finally:
        sock.close()


def _wait_connected(sock: socket.socket, deadline: Deadline) -> None:
    while True:
        _r, writable, _x = select.select([], [sock], [sock], deadline.slice())
        if writable:
            error = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if error:
                raise HttpError(texts.text("why.unreachable", error=os.strerror(error)))
            return


def _complete(data: bytearray) -> bool:
    """True once a sized or chunked answer is whole: a box may keep the connection open after it."""
    end = data.find(b"\r\n\r\n")
    if end < 0:
        return False
    head = bytes(data[:end]).lower()
    body = len(data) - end - 4
    for line in head.split(b"\r\n")[1:]:
        name, _sep, value = line.partition(b":")
        name, value = name.strip(), value.strip()
        if name == b"content-length" and value.isdigit():
            return body >= int(value)
        if name == b"transfer-encoding" and b"chunked" in value:
            return data.endswith(b"\r\n0\r\n\r\n") or data[end + 4 :].startswith(b"0\r\n\r\n")
    return False


def _parse(raw: bytes, max_body: int) -> tuple[int, bytes]:
    if not raw:
        raise HttpError(texts.text("why.empty"))
    response = http.client.HTTPResponse(_Bytes(raw))  # type: ignore[arg-type]
    try:
        response.begin()
        data = response.read(max_body + 1)
    except (http.client.HTTPException, ValueError, OSError) as exc:
        raise HttpError(texts.text("why.http_unreadable", error=type(exc).__name__)) from exc
    if len(data) > max_body:
        raise HttpError(texts.text("why.too_big"))
    if response.length:  # Content-Length promised more than arrived before the connection closed
        raise HttpError(texts.text("why.truncated"))
    return response.status, data


__all__ = ["Expired", "HttpError", "request"]
