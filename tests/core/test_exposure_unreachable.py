"""A box that gives no answer at all is said to be unreachable, never "answered but unusable": on every path
(--igd-url, an SSDP answer's LOCATION, the control URL, a second IGD, a list that stops answering), in French and
English. Loopback only: a closed port for "refused", a listener that never answers for "timeout"."""

from __future__ import annotations

import json
import re
import socket
import threading

import jsonschema
import pytest

from core.cli import main
from core.exposure import finding_texts, local, router, ssdp, upnp
from core.exposure.deadline import Deadline
from core.exposure.findings import BoxState, Kind
from core.exposure.scan import ScanOptions, run_scan
from core.exposure.serialize import command_json
from tests.core.fake_igd import DESCRIPTION, FakeBox, FakeIgdServer, Mapping, loopback_only  # noqa: F401
from tests.core.test_exposure_cli import SCHEMA
from tests.core.test_exposure_scan import FakeClock, _env

pytestmark = pytest.mark.usefixtures("loopback_only")

# What an unusable answer says; none of it may be said when nothing answered.
ANSWERED = re.compile(r"a répondu mais|réponse était inutilisable|answered but|answer was unusable|illisible|unreadable")
FRENCH_WORDS = re.compile(r"\b(la|le|les|une|pas|été|adresse|réponse|connexion|indiquée|jointe?)\b|[àé]")


def _closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there any more: connection refused
    return port


@pytest.fixture
def silent_port():
    """A loopback listener that accepts connections (the kernel does) and never says a word."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    yield sock.getsockname()[1]
    sock.close()


@pytest.fixture
def hanging_up_port():
    """A loopback listener that accepts each connection and closes it at once, without a byte."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.settimeout(0.1)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _addr = sock.accept()
            except OSError:
                continue
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield sock.getsockname()[1]
    stop.set()
    thread.join(2)
    sock.close()


def _scan(options: ScanOptions, **env):
    return run_scan(options, _env(collect_local=lambda: local.LocalSnapshot((), False), **env), clock=FakeClock())


def _unreachable_finding(result):
    return next(f for f in result.findings if f.kind is Kind.ROUTER_UNREACHABLE)


def test_a_closed_port_at_the_given_address_is_unreachable_in_both_languages():
    url = f"http://127.0.0.1:{_closed_port()}/rootDesc.xml"
    result = _scan(ScanOptions(igd_url=url, firewall=False))
    assert (result.router.state, result.router.reason) == (BoxState.NOT_CHECKED, "unreachable")
    assert result.router.reason_text == (
        f"la box n'a pas pu être jointe à l'adresse indiquée ({url} : connexion impossible (Connection refused))"
    )
    finding = _unreachable_finding(result)
    assert not ANSWERED.search(finding.advice) and not ANSWERED.search(result.router.reason_text)
    english = finding_texts.advice(finding, "en")
    assert (
        f"Vigie could not read the box: the box could not be reached at the address given ({url}: connection "
        "failed (Connection refused))." in english
    )
    assert not ANSWERED.search(english)
    # The JSON keeps its fields, says the new reason and carries the text as a code with its parameters.
    doc = command_json(result)
    jsonschema.validate(doc, SCHEMA)
    assert doc["box"]["reason"] == "unreachable"
    params = next(f for f in doc["findings"] if f["kind"] == "router_unreachable")["params"]
    assert params["reason"] == {
        "t": "reason.unreachable_given",
        "p": {"location": url, "why": {"t": "why.unreachable", "p": {"error": "Connection refused"}}},
    }


def test_a_listener_that_never_answers_is_unreachable_not_slow(silent_port):
    url = f"http://127.0.0.1:{silent_port}/rootDesc.xml"
    result = _scan(ScanOptions(igd_url=url, firewall=False, http_timeout=0.3, box_budget=5))
    assert result.router.reason == "unreachable"
    assert result.router.reason_text == (
        f"la box n'a pas pu être jointe à l'adresse indiquée ({url} : aucune réponse en 0,3 s)"
    )
    english = finding_texts.advice(_unreachable_finding(result), "en")
    assert f"the box could not be reached at the address given ({url}: no answer within 0.3 s)" in english


def test_the_whole_budget_ending_on_a_silent_box_stays_time_budget(silent_port):
    """``--timeout`` shorter than one exchange: the scan's own time ran out, which is what is said."""
    url = f"http://127.0.0.1:{silent_port}/rootDesc.xml"
    result = _scan(ScanOptions(igd_url=url, firewall=False, http_timeout=3.0, box_budget=0.4))
    assert result.router.reason == "time_budget"
    assert result.router.reason_text == f"le temps imparti s'est écoulé avant que la box soit lue (rien n'est revenu de {url})"
    english = finding_texts.advice(_unreachable_finding(result), "en")
    assert f"the time allowed ran out before the box was read (nothing came back from {url})" in english


def test_a_connection_closed_without_a_byte_is_unreachable(hanging_up_port):
    url = f"http://127.0.0.1:{hanging_up_port}/rootDesc.xml"
    result = _scan(ScanOptions(igd_url=url, firewall=False, http_timeout=1.0))
    assert result.router.reason == "unreachable"
    # Closed at once (nothing read), or reset or broken while Vigie was still asking: nothing came back either way.
    said = f"la box n'a pas pu être jointe à l'adresse indiquée ({url} : "
    assert result.router.reason_text == said + "connexion fermée sans aucune réponse)" or (
        result.router.reason_text.startswith(said + "connexion coupée avant toute réponse (")
    ), result.router.reason_text


def test_an_ssdp_answer_whose_address_gives_nothing_says_so():
    location = f"http://127.0.0.1:{_closed_port()}/rootDesc.xml"
    answer = ssdp.SsdpResponse(location, "urn:schemas-upnp-org:device:InternetGatewayDevice:1", "", "", "127.0.0.1")
    result = _scan(ScanOptions(firewall=False), discover=lambda **kw: ssdp.Discovery((answer,), 0.1))
    assert result.router.reason == "unreachable"
    assert result.router.reason_text == (
        "un appareil a répondu à la recherche UPnP, mais n'a pas pu être joint à l'adresse qu'il a annoncée "
        f"({location} : connexion impossible (Connection refused))"
    )
    english = finding_texts.advice(_unreachable_finding(result), "en")
    assert (
        "a device answered the UPnP search, but could not be reached at the address it announced "
        f"({location}: connection failed (Connection refused))" in english
    )


def test_a_control_url_that_gives_nothing_is_not_a_refusal():
    """The description came (the box answered that), its list's address did not: "did not answer", not "refused"."""
    closed = _closed_port()
    description = DESCRIPTION.replace("<device>", f"<URLBase>http://127.0.0.1:{closed}/</URLBase><device>", 1)
    with FakeIgdServer(FakeBox(description=description)) as server:
        result = _scan(ScanOptions(igd_url=server.description_url, firewall=False))
    assert (result.router.state, result.router.reason) == (BoxState.NOT_CHECKED, "unreachable")
    assert result.router.reason_text == (
        "la box (Livebox (Orange)) a donné sa description mais n'a pas répondu à la demande de sa liste "
        "(connexion impossible (Connection refused))"
    )
    finding = next(f for f in result.findings if f.kind is Kind.ROUTER_MAPPING)
    assert finding.code == "router.list_unanswered" and finding.port is None
    assert "a refusé" not in finding.advice and "n'a pas répondu" in finding.advice
    english = finding_texts.advice(finding, "en")
    assert english.startswith(
        "The box gave its description but did not answer when Vigie asked for its list of forwarding rules "
        "(connection failed (Connection refused))."
    )
    assert "refused to" not in english


def test_a_second_box_that_gives_nothing_is_named_unreachable():
    real = FakeBox(mappings=[Mapping(104, "TCP", "192.168.1.60", 104, "PACS")])
    ghost = f"http://127.0.0.1:{_closed_port()}/rootDesc.xml"
    with FakeIgdServer(real) as server:
        answers = tuple(
            ssdp.SsdpResponse(url, "urn:schemas-upnp-org:device:InternetGatewayDevice:1", "", "", "127.0.0.1")
            for url in (ghost, server.description_url)
        )
        result = _scan(ScanOptions(firewall=False), discover=lambda **kw: ssdp.Discovery(answers, 0.1))
    assert (result.router.state, result.router.reason) == (BoxState.PARTIAL, "unreachable")
    assert result.router.reason_text == (
        f"un autre appareil qui se dit box ({ghost}) n'a pas pu être joint : connexion impossible (Connection refused)"
    )
    incomplete = next(f for f in result.findings if f.kind is Kind.ROUTER_LIST_INCOMPLETE)
    english = finding_texts.advice(incomplete, "en")
    assert f"another device calling itself a box ({ghost}) could not be reached: connection failed" in english


def test_a_list_that_stops_answering_midway_says_so():
    entries = iter(range(100))

    def post(url, body, headers, deadline):
        if next(entries) == 2:
            raise upnp.IgdError(finding_texts.text("why.cut", error="Connection reset by peer"))
        status, text = box.handle_soap(headers["SOAPAction"], body.decode())
        return status, text.encode()

    box = FakeBox(mappings=[Mapping(p, "TCP", "192.168.1.60", p, "") for p in (80, 443, 8080)])

    client = upnp.IgdClient(Deadline(10), post=post)
    listing = client.port_mappings("http://127.0.0.1:1/ctl", "urn:schemas-upnp-org:service:WANIPConnection:1")
    assert (listing.stop, listing.index, len(listing.mappings)) == (upnp.Stop.UNREACHABLE, 2, 2)
    gateway = upnp.Gateway("http://127.0.0.1:1/d.xml", "", "", "", ())
    reading = router.RouterReading(gateways=(router.GatewayReading(gateway, lists=(listing,)),))
    status = router.box_status(reading)
    assert (status.state, status.reason) == (BoxState.PARTIAL, "unreachable")
    assert status.text == (
        "la box n'a plus répondu à l'entrée n° 2 (connexion coupée avant toute réponse (Connection reset by peer) ; "
        "2 règles lues avant)"
    )
    assert finding_texts.value(status.value, "en") == (
        "the box stopped answering at entry no. 2 (connection cut before any answer (Connection reset by peer); "
        "2 rules read before)"
    )


def test_a_slow_answer_is_still_an_answer():
    """Bytes came, too slowly: that box did answer, and it is said as before (unreadable, "not in time")."""
    with FakeIgdServer(FakeBox(drip=0.05)) as server:
        result = _scan(ScanOptions(igd_url=server.description_url, firewall=False, http_timeout=0.3, box_budget=5))
    assert result.router.reason == "unreadable"
    assert result.router.reason_text == (
        "une box a répondu mais sa réponse était inutilisable (la box n'a pas fini de répondre à temps "
        "(0,3 s par échange))"
    )


def test_the_command_says_it_in_its_json(capsys):
    url = f"http://127.0.0.1:{_closed_port()}/rootDesc.xml"
    code = main(["exposure", "scan", "--json", "--igd-url", url, "--no-firewall", "--no-probe", "--timeout", "5"])
    assert code in (1, 3)  # a box not checked is a warning (3 if this machine listens on a risky port)
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, SCHEMA)
    assert data["box"]["state"] == "not_checked" and data["box"]["reason"] == "unreachable"
    assert data["box"]["reason_text"].startswith("la box n'a pas pu être jointe à l'adresse indiquée")


def test_every_no_answer_code_reads_without_claiming_an_answer():
    for code in finding_texts.UNANSWERED:
        params = {"error": "Connection refused", "seconds": {"number": 3}}
        for lang in ("fr", "en"):
            why = finding_texts.render(code, params, lang)
            assert not ANSWERED.search(why), (code, why)
            if lang == "en":
                assert not FRENCH_WORDS.search(why), (code, why)
