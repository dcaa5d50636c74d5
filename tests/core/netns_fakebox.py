"""A hostile or odd internet box, run by the real-IGD test *inside a network namespace it created*.

``python -m tests.core.netns_fakebox MODE --ip ADDR --log FILE`` answers SSDP searches on that namespace's LAN
(multicast group joined on ``ADDR`` only) and serves a fake IGD on ``ADDR:5000``. Modes:

- ``empty``: a second IGD (a repeater) whose list is empty; with ``--junk`` it first sends 40 answers of other
  devices and junk datagrams, as a busy LAN does.
- ``fault``: five rules, DICOM at index 5, then fault 501 at index 6.
- ``drip``: the description comes one byte every half second.
- ``loopback``: the SSDP answer points at ``http://127.0.0.1:PORT/`` (``--port``); no HTTP server.
- ``hairpin``: an IGD that reports ``--external`` as its address and has no rule (the forward is manual, nft).
- ``sink``: an HTTP server on 127.0.0.1:PORT that logs every request (nothing may reach it).

Every request received is appended to ``--log``; ``--log`` + ".ready" is created once serving.
"""

from __future__ import annotations

import argparse
import socket
import struct
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.core.fake_igd import DESCRIPTION, FakeBox, FakeIgdServer, Mapping

GROUP = "239.255.255.250"
IGD_ST = "urn:schemas-upnp-org:device:InternetGatewayDevice:1"


def ssdp_answer(location: str, st: str = IGD_ST) -> bytes:
    return (
        "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\nEXT:\r\n"
        f"LOCATION: {location}\r\nSERVER: Linux UPnP/1.1 fakebox/1\r\nST: {st}\r\nUSN: uuid:fake::{st}\r\n\r\n"
    ).encode()


def respond(ip: str, answers: list[bytes], log: Path) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("", 1900))
    sock.setsockopt(
        socket.IPPROTO_IP,
        socket.IP_ADD_MEMBERSHIP,
        struct.pack("4s4s", socket.inet_aton(GROUP), socket.inet_aton(ip)),
    )
    while True:
        data, sender = sock.recvfrom(8192)
        if not data.startswith(b"M-SEARCH"):
            continue
        with open(log, "a") as out:
            out.write(f"SSDP {sender[0]}\n")
        for answer in answers:
            sock.sendto(answer, sender)


class _Sink(BaseHTTPRequestHandler):
    log_path: Path

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        with open(self.log_path, "a") as out:
            out.write(f"GET {self.path}\n")
        self.send_response(404)
        self.end_headers()

    do_POST = do_GET


class _Logged(list):
    """The fake box's request list, written through to the log as each request arrives."""

    def __init__(self, log: Path) -> None:
        super().__init__()
        self._log = log

    def append(self, item: tuple[str, str]) -> None:
        super().append(item)
        with open(self._log, "a") as out:
            out.write(f"{item[0]} {item[1]}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode")
    parser.add_argument("--ip", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5000)
    parser.add_argument("--external", default="198.18.0.1")
    parser.add_argument("--junk", action="store_true")
    parser.add_argument("--log", type=Path, required=True)
    args = parser.parse_args()
    log: Path = args.log
    log.write_text("")

    if args.mode == "sink":
        _Sink.log_path = log
        server = ThreadingHTTPServer(("127.0.0.1", args.port), _Sink)
        Path(f"{log}.ready").touch()
        server.serve_forever()
        return

    location = f"http://{args.ip}:{args.port}/rootDesc.xml"
    answers = [ssdp_answer(location)]
    if args.mode == "loopback":
        answers = [ssdp_answer(f"http://127.0.0.1:{args.port}/rootDesc.xml")]
    if args.junk:
        noise = [
            ssdp_answer(
                f"http://{args.ip}:{8000 + i}/media{i}.xml", "urn:schemas-upnp-org:device:MediaServer:1"
            )
            for i in range(40)
        ]
        answers = (
            noise
            + [b"\x00\xffjunk", b"HTTP/1.1 200 OK\r\nST: x\r\n\r\n", b"NOTIFY * HTTP/1.1\r\n\r\n"]
            + answers
        )

    box = FakeBox(external_ip=args.external)
    if args.mode == "empty":
        box.description = DESCRIPTION.replace("Livebox 6", "Repeteur Wi-Fi").replace("Sagemcom", "Fake")
    elif args.mode == "fault":
        box.mappings = [Mapping(23000 + i, "UDP", "10.231.0.50", 23000 + i, f"jeu {i}") for i in range(5)]
        box.mappings.append(Mapping(104, "TCP", "10.231.0.60", 104, "PACS"))
        box.mappings += [Mapping(3389, "TCP", "10.231.0.61", 3389, "Bureau")]  # never reached: fault at 6
        box.fault_at = 6
    elif args.mode == "drip":
        box.drip = 0.5
    if args.mode != "loopback":
        box.requests = _Logged(log)
        server = FakeIgdServer(box, host=args.ip, port=args.port)
        server.__enter__()
    Path(f"{log}.ready").touch()
    respond(args.ip, answers, log)


if __name__ == "__main__":
    main()
