"""A fake internet box on 127.0.0.1: UPnP device description and read-only SOAP answers, for tests only."""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

SERVICE = "urn:schemas-upnp-org:service:WANIPConnection:1"

DESCRIPTION = """<?xml version="1.0"?>
<root xmlns="urn:schemas-upnp-org:device-1-0">
  <specVersion><major>1</major><minor>0</minor></specVersion>
  <device>
    <deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:1</deviceType>
    <friendlyName>Livebox 6</friendlyName>
    <manufacturer>Sagemcom</manufacturer>
    <modelName>Livebox</modelName>
    <modelNumber>6</modelNumber>
    <deviceList>
      <device>
        <deviceType>urn:schemas-upnp-org:device:WANDevice:1</deviceType>
        <deviceList>
          <device>
            <deviceType>urn:schemas-upnp-org:device:WANConnectionDevice:1</deviceType>
            <serviceList>
              <service>
                <serviceType>urn:schemas-upnp-org:service:WANIPConnection:1</serviceType>
                <serviceId>urn:upnp-org:serviceId:WANIPConn1</serviceId>
                <controlURL>/ctl/IPConn</controlURL>
                <eventSubURL>/evt/IPConn</eventSubURL>
                <SCPDURL>/WANIPCn.xml</SCPDURL>
              </service>
            </serviceList>
          </device>
        </deviceList>
      </device>
    </deviceList>
  </device>
</root>
"""


IPV6_SERVICE = """<service>
                <serviceType>urn:schemas-upnp-org:service:WANIPv6FirewallControl:1</serviceType>
                <serviceId>urn:upnp-org:serviceId:WANIPv6Firewall1</serviceId>
                <controlURL>/ctl/IP6FCtl</controlURL>
                <eventSubURL>/evt/IP6FCtl</eventSubURL>
                <SCPDURL>/WANIP6FC.xml</SCPDURL>
              </service>
            </serviceList>"""
DESCRIPTION_IPV6 = DESCRIPTION.replace("</serviceList>", IPV6_SERVICE, 1)


@dataclass
class Mapping:
    external_port: int
    protocol: str
    internal_client: str
    internal_port: int
    description: str = ""
    enabled: bool = True
    remote_host: str = ""


def fault(code: int, text: str) -> str:
    return f"""<?xml version="1.0"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" s:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">
<s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail>
<UPnPError xmlns="urn:schemas-upnp-org:control-1-0"><errorCode>{code}</errorCode>
<errorDescription>{text}</errorDescription></UPnPError></detail></s:Fault></s:Body></s:Envelope>"""


def answer(action: str, values: dict[str, str]) -> str:
    inner = "".join(f"<{k}>{v}</{k}>" for k, v in values.items())
    return f"""<?xml version="1.0"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" s:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">
<s:Body><u:{action}Response xmlns:u="{SERVICE}">{inner}</u:{action}Response></s:Body></s:Envelope>"""


@dataclass
class FakeBox:
    mappings: list[Mapping] = field(default_factory=list)
    external_ip: str = "203.0.113.7"
    description: str = DESCRIPTION
    ipv6_firewall: tuple[str, str] = ("1", "0")  # FirewallEnabled, InboundPinholeAllowed
    soap_override: str | None = None  # raw body to answer every SOAP call with (hostile-XML tests)
    fault_at: int | None = None  # answer GetGenericPortMappingEntry at this index with fault 501
    garbage_at: int | None = None  # answer it at this index with something that is not XML
    drip: float = 0.0  # seconds between bytes of the description (a box that hangs on)
    actions: list[str] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)

    def handle_soap(self, soap_action: str, body: str) -> tuple[int, str]:
        action = soap_action.strip('"').rsplit("#", 1)[-1]
        self.actions.append(action)
        if self.soap_override is not None:
            return 200, self.soap_override
        if action == "GetFirewallStatus":
            enabled, pinholes = self.ipv6_firewall
            return 200, answer(action, {"FirewallEnabled": enabled, "InboundPinholeAllowed": pinholes})
        if action == "GetExternalIPAddress":
            return 200, answer(action, {"NewExternalIPAddress": self.external_ip})
        if action == "GetGenericPortMappingEntry":
            match = re.search(r"<NewPortMappingIndex>(\d+)</NewPortMappingIndex>", body)
            index = int(match.group(1)) if match else -1
            if index == self.fault_at:
                return 500, fault(501, "ActionFailed")
            if index == self.garbage_at:
                return 200, "\x00garbage"
            if not 0 <= index < len(self.mappings):
                return 500, fault(713, "SpecifiedArrayIndexInvalid")
            m = self.mappings[index]
            return 200, answer(
                action,
                {
                    "NewRemoteHost": m.remote_host,
                    "NewExternalPort": str(m.external_port),
                    "NewProtocol": m.protocol,
                    "NewInternalPort": str(m.internal_port),
                    "NewInternalClient": m.internal_client,
                    "NewEnabled": "1" if m.enabled else "0",
                    "NewPortMappingDescription": m.description,
                    "NewLeaseDuration": "0",
                },
            )
        return 500, fault(401, "Invalid Action")


class _Handler(BaseHTTPRequestHandler):
    box: FakeBox

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", 'text/xml; charset="utf-8"')
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self.server.box.requests.append(("GET", self.path))  # type: ignore[attr-defined]
        box = self.server.box  # type: ignore[attr-defined]
        if self.path == "/rootDesc.xml" and box.drip:
            data = box.description.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            try:
                for i in range(len(data)):
                    self.wfile.write(data[i : i + 1])
                    self.wfile.flush()
                    time.sleep(box.drip)
            except OSError:
                pass
        elif self.path == "/rootDesc.xml":
            self._send(200, box.description)
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:9/elsewhere")
            self.end_headers()
        else:
            self._send(404, "")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length).decode("utf-8")
        self.server.box.requests.append(("POST", self.path))  # type: ignore[attr-defined]
        status, text = self.server.box.handle_soap(self.headers.get("SOAPAction", ""), body)  # type: ignore[attr-defined]
        self._send(status, text)


class FakeIgdServer:
    """``with FakeIgdServer(box) as server: server.description_url``; serves on 127.0.0.1 (or, inside a
    network namespace made by the test, on that namespace's own address)."""

    def __init__(self, box: FakeBox, host: str = "127.0.0.1", port: int = 0) -> None:
        self.box = box
        self._httpd = ThreadingHTTPServer((host, port), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.box = box  # type: ignore[attr-defined]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def description_url(self) -> str:
        return self.base + "/rootDesc.xml"

    def __enter__(self) -> FakeIgdServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=2)


@pytest.fixture
def loopback_only(monkeypatch):
    """Belt and braces for the workplace rule: every TCP connect and UDP datagram of the test must target
    loopback (127.0.0.0/8, ::1). Enforced on the socket itself, so the HTTP client, the SSDP search and the
    forwarding probe are all covered."""
    import ipaddress
    import socket

    def checked(address) -> None:
        if isinstance(address, tuple):
            host = str(address[0]).strip("[]").split("%", 1)[0]
            if not ipaddress.ip_address(host).is_loopback:
                raise AssertionError(f"test traffic towards a non-loopback address: {host}")

    real_connect, real_connect_ex, real_sendto = socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto

    def connect(self, address):
        checked(address)
        return real_connect(self, address)

    def connect_ex(self, address):
        checked(address)
        return real_connect_ex(self, address)

    def sendto(self, data, *args):
        checked(args[-1])
        return real_sendto(self, data, *args)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
