"""Why the box's answer was unusable (refusal, unreadable XML, too slow, refused LOCATION) is a code too: the
English advice says it in English, the French stays as it was (title, advice, reason_text, JSON)."""

from __future__ import annotations

import re
import socket

import pytest

from core.exposure import finding_texts, local, ssdp, upnp
from core.exposure.findings import BoxState, Kind
from core.exposure.scan import ScanOptions, run_scan
from core.exposure.serialize import command_json
from tests.core.fake_igd import FakeBox, FakeIgdServer, Mapping, loopback_only  # noqa: F401
from tests.core.test_exposure_scan import FakeClock, _env

pytestmark = pytest.mark.usefixtures("loopback_only")

FRENCH_WORDS = re.compile(r"erreur|refusée?|injoignable|répondu|échange|illisible|boucle|adresse|réponse|\bla box\b")
FAULT_606 = (
    "<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body><s:Fault><detail><UPnPError>"
    "<errorCode>606</errorCode><errorDescription>Action not authorized</errorDescription></UPnPError></detail>"
    "</s:Fault></s:Body></s:Envelope>"
)


def _scan(options: ScanOptions, **env):
    return run_scan(options, _env(collect_local=lambda: local.LocalSnapshot((), False), **env), clock=FakeClock())


def _english(finding) -> str:
    """Title and advice in English, without the boxes' own menu names (quoted “…” as the box shows them)."""
    text = finding_texts.title(finding, "en") + " " + finding_texts.advice(finding, "en")
    return re.sub(r"\u201c[^\u201d]*\u201d", "", text)


def test_a_box_refusing_its_list_is_quoted_in_english_in_the_english_advice():
    with FakeIgdServer(FakeBox(soap_override=FAULT_606)) as server:
        result = _scan(ScanOptions(igd_url=server.description_url, firewall=False))
    refused = next(f for f in result.findings if f.code == "router.refused")
    # French as before: the box's own words ("Action not authorized") are quoted as they came.
    assert "(erreur UPnP 606 Action not authorized)" in refused.advice
    english = finding_texts.advice(refused, "en")
    assert english.startswith(
        "The box answered but did not give its list of forwarding rules (UPnP error 606 Action not authorized)."
    )
    assert not FRENCH_WORDS.search(english), english
    assert result.router.state is BoxState.NOT_CHECKED
    assert "a refusé de donner sa liste (erreur UPnP 606 Action not authorized)" in result.router.reason_text
    # The JSON keeps its French fields and carries the detail as a code with its parameters.
    doc = next(f for f in command_json(result)["findings"] if f.get("code") == "router.refused")
    assert doc["advice"] == refused.advice
    assert doc["params"]["detail"] == {
        "t": "why.soap_fault",
        "p": {"code": "606", "description": "Action not authorized"},
    }


def test_an_unreachable_box_reads_in_english():
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    port = silent.getsockname()[1]
    silent.close()
    result = _scan(ScanOptions(igd_url=f"http://127.0.0.1:{port}/rootDesc.xml", firewall=False))
    finding = next(f for f in result.findings if f.kind is Kind.ROUTER_UNREACHABLE)
    assert "connexion impossible (" in finding.advice
    english = _english(finding)
    assert "connection failed (" in english and not FRENCH_WORDS.search(english), english


def test_a_slow_box_and_a_hostile_description_read_in_english():
    """A box that does not answer in time makes the list partial; its reason is in English with its figure."""
    real = FakeBox(mappings=[Mapping(104, "TCP", "192.168.1.60", 104, "PACS")])
    slow = FakeBox(drip=0.05)
    with FakeIgdServer(slow) as first, FakeIgdServer(real) as second:
        answers = tuple(
            ssdp.SsdpResponse(
                s.description_url, "urn:schemas-upnp-org:device:InternetGatewayDevice:1", "", "", "127.0.0.1"
            )
            for s in (first, second)
        )
        result = _scan(
            ScanOptions(firewall=False, http_timeout=0.5),
            discover=lambda **kw: ssdp.Discovery(answers, 0.1),
        )
    partial = next(f for f in result.findings if f.kind is Kind.ROUTER_LIST_INCOMPLETE)
    assert "(0,5 s par échange)" in partial.advice
    english = finding_texts.advice(partial, "en")
    assert "the box did not finish answering in time (0.5 s per exchange)" in english
    assert "par échange" not in english and "répondu" not in english

    hostile = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "x">]><r>&a;</r>'
    with pytest.raises(upnp.IgdError) as caught:
        upnp.IgdClient(get=lambda url, deadline: hostile).describe("http://192.168.1.1/rootDesc.xml")
    assert caught.value.reason == "description de la box refusée (déclaration de DTD ou d'entité refusée)"
    assert finding_texts.value(caught.value.value, "en") == "box description refused (DTD or entity declaration refused)"


def test_a_refused_location_reads_in_english():
    loopback = ssdp.SsdpResponse(
        "http://127.0.0.1:49152/rootDesc.xml", "urn:schemas-upnp-org:device:InternetGatewayDevice:1", "", "", "127.0.0.1"
    )
    why = ssdp.location_refusal(loopback)
    assert ssdp.location_problem(loopback) == "adresse de cet ordinateur (boucle locale)"
    assert finding_texts.value(why, "en") == "this computer's own address (loopback)"
    discovery = ssdp.Discovery((), 0.4, 0, ((loopback.location, ssdp.location_problem(loopback)),), (why,))
    result = _scan(ScanOptions(firewall=False), discover=lambda **kw: discovery)
    finding = next(f for f in result.findings if f.kind is Kind.ROUTER_UNREACHABLE)
    assert "http://127.0.0.1:49152/rootDesc.xml (adresse de cet ordinateur (boucle locale))" in finding.advice
    english = finding_texts.advice(finding, "en")
    assert "1 answer set aside: http://127.0.0.1:49152/rootDesc.xml (this computer's own address (loopback))" in english
    assert "boucle" not in english


def test_progress_messages_follow_the_language_asked():
    """The GUI passes its language: an English page does not show French while the scan runs."""
    french: list[str] = []
    english: list[str] = []
    quiet = local.LocalSnapshot((), False)
    run_scan(ScanOptions(upnp=False, firewall=False), _env(collect_local=lambda: quiet), progress=french.append)
    run_scan(
        ScanOptions(upnp=False, firewall=False, language="en"),
        _env(collect_local=lambda: quiet),
        progress=english.append,
    )
    assert french == [
        "Lecture des programmes qui écoutent le réseau sur cet ordinateur…",
        "Box internet : non interrogée.",
        "Vérification terminée.",
    ]
    assert english == [
        "Reading the programs that listen on the network on this computer…",
        "Internet box: not asked.",
        "Check finished.",
    ]
