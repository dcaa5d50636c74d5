"""The exposure check against a real UPnP IGD (miniupnpd 2.3.1 + nftables) and hostile boxes, in network
namespaces this test creates (tests/core/netns.py): discovery by real multicast on the test's own LAN, the scan
run as the command line inside the "pc" namespace. No packet goes anywhere but these namespaces.
"""

from __future__ import annotations

import json
import os
import sys
import time

import jsonschema
import pytest

from tests.core import netns

REASON = netns.missing()
pytestmark = pytest.mark.skipif(REASON is not None, reason=f"real-IGD test skipped: {REASON}")

BASE_RULES = f"""
table inet filter {{
  chain forward {{ type filter hook forward priority 0; policy accept; jump miniupnpd; }}
  chain miniupnpd {{ }}
  chain prerouting {{ type nat hook prerouting priority -100; policy accept; jump manual; jump prerouting_miniupnpd; }}
  chain postrouting {{ type nat hook postrouting priority 100; policy accept;
    ip saddr {netns.LAN} ip daddr {netns.LAN} ct status dnat snat ip to {netns.BOX}; jump postrouting_miniupnpd; }}
  chain manual {{ }}
  chain prerouting_miniupnpd {{ }}
  chain postrouting_miniupnpd {{ }}
}}
"""
# What a practitioner's provider typed into the box: port 104 forwarded to the PC (the box loops back, with
# the usual source NAT above), and 4242 forwarded from the WAN side only (no loop back for that one).
MANUAL_FORWARDS = f"""
add rule inet filter manual ip daddr {netns.WAN_BENCH} tcp dport 104 dnat ip to {netns.PC}:104
add rule inet filter manual iifname "wan0" ip daddr {netns.WAN_BENCH} tcp dport 4242 dnat ip to {netns.PC}:4242
"""

LISTENERS = """
import socket, time
socks = []
for port in (104, 4242):
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("0.0.0.0", port)); s.listen(16); s.setblocking(False); socks.append(s)
open(__import__("sys").argv[1], "w").close()
held = []
while True:
    for s in socks:
        try:
            held.append(s.accept()[0])
        except BlockingIOError:
            pass
    time.sleep(0.02)
"""


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    scratch = tmp_path_factory.mktemp("netns")
    built = netns.Lab(scratch)
    try:
        built.build()
        built.nft(BASE_RULES)
        yield built
    finally:
        built.close()
        assert not any(ns in netns_list() for ns in built.namespaces)


def netns_list() -> str:
    import subprocess

    return subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout


def scan(lab: netns.Lab, *args: str, timeout: float = 60) -> tuple[int, dict, float]:
    start = time.monotonic()
    done = lab.run(
        lab.pc,
        [sys.executable, "main.py", "exposure", "scan", "--json", "--no-firewall", *args],
        timeout=timeout,
        cwd=netns.REPO,
        env={**os.environ, "PYTHONPATH": str(netns.REPO)},
    )
    elapsed = time.monotonic() - start
    assert done.returncode in (0, 1, 3), done.stderr
    data = json.loads(done.stdout)
    jsonschema.validate(data, json.loads((netns.REPO / "docs" / "exposure-scan.schema.json").read_text()))
    return done.returncode, data, elapsed


def add_mappings(lab: netns.Lab, mappings: list[tuple[str, int, int, str, str]]) -> None:
    """With miniupnpc's upnpc, four at a time (each call is a separate client, as programs do)."""
    import concurrent.futures

    url = f"http://{netns.BOX}:5000/rootDesc.xml"

    def add(m: tuple[str, int, int, str, str]) -> str:
        client, internal, external, protocol, name = m
        done = lab.run(
            lab.pc, ["upnpc", "-u", url, "-e", name, "-a", client, str(internal), str(external), protocol]
        )
        return "" if "is redirected to internal" in done.stdout else done.stdout[-300:]

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        failures = [f for f in pool.map(add, mappings) if f]
    assert not failures, failures[:2]


def by_port(data: dict, kind: str = "router_mapping") -> dict[int, dict]:
    return {f["external_port"]: f for f in data["findings"] if f["kind"] == kind and f["external_port"]}


def test_300_mappings_on_igd2_and_igd1_with_a_second_empty_igd_and_a_noisy_lan(lab):
    # miniupnpd lists the newest rule first: RDP added first ends at index 299 (the 300th entry), DICOM added
    # 21st at index 279 (the 280th). Each batch completes before the next, so these two positions are exact.
    batches = [
        [("10.231.0.61", 3389, 3389, "TCP", "Bureau a distance")],
        [("10.231.0.50", 20000 + i, 20000 + i, "UDP", f"jeu {i}") for i in range(19)],
        [("10.231.0.60", 104, 8104, "TCP", "PACS")],
        [("10.231.0.50", 21000 + i, 21000 + i, "UDP", f"jeu {i}") for i in range(279)],
    ]
    lab.miniupnpd()
    extra = None
    try:
        for batch in batches:
            add_mappings(lab, batch)
        # A second IGD (a repeater) with an empty list, behind 40 answers of other devices and junk datagrams.
        extra = lab.fakebox(lab.box2, "empty", "--junk")
        code, data, elapsed = scan(lab, "--no-probe")
    finally:
        lab.stop_miniupnpd()
    assert data["schema"] == "vigie.exposure/2"
    assert data["box"]["state"] == "complete", data["box"]
    assert data["box"]["external_ip"] == netns.WAN_PUBLIC and data["box"]["mapping_count"] == 300
    found = by_port(data)
    assert len(found) == 300
    order = [f["external_port"] for f in data["findings"] if f["kind"] == "router_mapping"]
    assert (order.index(8104), order.index(3389)) == (279, 299)  # entries 280 and 300 of the box's list
    assert found[8104]["severity"] == found[3389]["severity"] == "critical"
    assert (found[8104]["port"], found[8104]["service"], found[8104]["rule"]) == (104, "dicom", "PACS")
    assert found[3389]["address"] == "10.231.0.61" and found[3389]["service"] == "rdp"
    assert code == 3
    # Both IGDs were read: the repeater was described and asked for its (empty) list.
    requests = extra.read_text().split("\n")
    assert "GET /rootDesc.xml" in requests and "POST /ctl/IPConn" in requests
    assert elapsed < 20

    lab.miniupnpd(igd1=True)  # the same rules (kept in its lease file), described as IGD:1
    try:
        code, data, _elapsed = scan(lab, "--no-probe")
    finally:
        lab.stop_miniupnpd()
        for process in lab.processes[-1:]:
            lab.stop(process)
    assert data["box"]["state"] == "complete" and len(by_port(data)) == 300
    assert by_port(data)[8104]["severity"] == "critical" and code == 3


def test_a_fault_after_the_dicom_entry_keeps_it_and_says_the_list_is_incomplete(lab):
    box = lab.fakebox(lab.box2, "fault")
    try:
        code, data, _elapsed = scan(lab, "--no-probe")
    finally:
        lab.stop(lab.processes[-1])
    assert data["box"]["state"] == "partial" and data["box"]["reason"] == "fault"
    assert "erreur UPnP 501 à l'entrée n° 6" in data["box"]["reason_text"]
    assert by_port(data)[104]["severity"] == "critical"  # read before the fault, kept
    assert any(f["kind"] == "router_list_incomplete" for f in data["findings"])
    assert code == 3
    assert "POST /ctl/IPConn" in box.read_text()


def test_a_silent_network_never_says_nothing_is_reachable(lab):
    code, data, elapsed = scan(lab, "--no-probe", "--timeout", "4")
    assert data["box"] == {**data["box"], "state": "not_checked", "reason": "no_answer"}
    assert code == 1  # a warning at least: the box is not checked
    text = json.dumps(data, ensure_ascii=False)
    assert "Rien d'accessible" not in text and "plutôt bon signe" not in text
    kinds = {f["kind"] for f in data["findings"]}
    assert {"router_unreachable", "router_manual_check"} <= kinds
    assert elapsed < 4 + 5


def test_a_slow_drip_box_ends_within_the_timeout_with_valid_json(lab):
    box = lab.fakebox(lab.box2, "drip")
    try:
        code, data, elapsed = scan(lab, "--no-probe", "--timeout", "3")
    finally:
        lab.stop(lab.processes[-1])
    assert elapsed < 3 + 4, elapsed  # the Python start-up and the local part included
    assert data["box"]["state"] == "not_checked" and data["box"]["reason"] == "time_budget"
    assert code == 1
    assert "GET /rootDesc.xml" in box.read_text()


def test_a_loopback_location_gets_no_request(lab):
    sink = lab.fakebox(lab.pc, "sink", "--port", "5099", ip="127.0.0.1")
    liar = lab.fakebox(lab.box2, "loopback", "--port", "5099")
    try:
        code, data, _elapsed = scan(lab, "--no-probe", "--timeout", "4")
    finally:
        for process in lab.processes[-2:]:
            lab.stop(process)
    assert sink.read_text() == ""  # nothing reached the service on the PC's own loopback
    assert "SSDP" in liar.read_text()  # the search did reach the liar
    assert data["box"]["state"] == "not_checked"
    assert "boucle locale" in data["box"]["reason_text"]
    assert code == 1


def test_the_hairpin_probe_finds_a_manual_forward(lab):
    lab.nft(MANUAL_FORWARDS)
    ready = lab.scratch / "listeners.ready"
    lab.spawn(lab.pc, [sys.executable, "-c", LISTENERS, str(ready)], ready=ready)
    # The box itself (no miniupnpd now): UPnP on, empty list, external address 198.18.0.1.
    lab.fakebox(lab.box, "hairpin", "--external", netns.WAN_BENCH, ip=netns.BOX)
    try:
        code, data, _elapsed = scan(lab, "--timeout", "10")
        forwarded = [
            f for f in data["findings"] if f["kind"] == "forward_probe" and f["severity"] == "critical"
        ]
        assert [(f["port"], f["external_port"], f["service"]) for f in forwarded] == [(104, 104, "dicom")]
        assert "python" in (forwarded[0]["program"] or "")
        # 4242 is forwarded from the WAN side only: the box does not loop it back, so it is not claimed, and
        # the listener is reported once, as a listener.
        assert [f["kind"] for f in data["findings"] if f["port"] == 4242] == ["local_listener"]
        assert not [f for f in data["findings"] if f["kind"] == "local_listener" and f["port"] == 104]
        assert code == 3

        lab.nft("flush chain inet filter manual")
        code, data, _elapsed = scan(lab, "--timeout", "10")
        (probe,) = [f for f in data["findings"] if f["kind"] == "forward_probe"]
        assert probe["severity"] == "info" and "sans conclusion" in probe["title"]
        assert code != 3 or any(
            f["severity"] == "critical" and f["kind"] == "local_listener" for f in data["findings"]
        )
    finally:
        for process in lab.processes[-2:]:
            lab.stop(process)
