"""Network namespaces for the real-IGD test: a practice LAN the test builds and tears down itself.

Topology (names unique per run; nothing is attached to the host's own network, so no packet can leave):

    pc (10.231.0.2) ─┐
    box2 (10.231.0.3)┼─ br0 in "lan" ── lan0 (10.231.0.1) box ── wan0 ═ eth0 (wan, 11.231.0.2)
                     │                                     (11.231.0.1 and 198.18.0.1 on wan0)

"box" runs miniupnpd (or a fake box) and nftables; miniupnpd's SSDP is bound to lan0 only (its HTTP port has
no such option and listens on the box namespace's interfaces: lan0, wan0 towards the test's own "wan", and lo); "pc" runs the scan and listeners; "box2" runs a second,
odd or hostile box. miniupnpd 2.3.1 disables port forwarding when its external address is a special-purpose
one (198.18/15, the TEST-NETs, 100.64/10 are all refused), so wan0 also carries 11.231.0.1: an address that
exists only inside these namespaces and to which no test ever sends anything (the scan against miniupnpd runs
with --no-probe; the forwarding probe runs against a fake box reporting 198.18.0.1).
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LAN = "10.231.0.0/24"
BOX, PC, BOX2 = "10.231.0.1", "10.231.0.2", "10.231.0.3"
WAN_PUBLIC = "11.231.0.1"  # miniupnpd's external address (see the module docstring); never contacted
WAN_BENCH = "198.18.0.1"  # the fake boxes' external address, target of the forwarding probe


def missing() -> str | None:
    """Why the test cannot run here, or None."""
    if os.geteuid() != 0:
        return "needs root to create network namespaces"
    for tool in ("ip", "nft", "miniupnpd", "upnpc"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian packages iproute2, nftables, miniupnpd, miniupnpc)"
    probe = f"v15x{secrets.token_hex(3)}"
    if subprocess.run(["ip", "netns", "add", probe], capture_output=True).returncode != 0:
        return "network namespaces are not available here"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return None


class Lab:
    """The namespaces and every process started in them; :meth:`close` removes all, whatever happened."""

    def __init__(self, scratch: Path) -> None:
        tag = secrets.token_hex(3)
        self.scratch = scratch
        self.lan, self.box, self.pc, self.box2, self.wan = (f"v15{r}{tag}" for r in "lbpcw")
        self.namespaces: list[str] = []
        self.processes: list[subprocess.Popen] = []
        self.pidfiles: list[Path] = []

    # --- building ---------------------------------------------------------------------------------------
    def ip(self, ns: str, *args: str) -> None:
        subprocess.run(["ip", "-n", ns, *args], check=True, capture_output=True)

    def build(self) -> Lab:
        for ns in (self.lan, self.box, self.pc, self.box2, self.wan):
            subprocess.run(["ip", "netns", "add", ns], check=True, capture_output=True)
            self.namespaces.append(ns)
            self.ip(ns, "link", "set", "lo", "up")
        self.ip(self.lan, "link", "add", "br0", "type", "bridge", "mcast_snooping", "0")
        self.ip(self.lan, "link", "set", "br0", "up")
        for ns, inside, port, address in (
            (self.box, "lan0", "pbox", BOX),
            (self.pc, "eth0", "ppc", PC),
            (self.box2, "eth0", "pbox2", BOX2),
        ):
            self.ip(ns, "link", "add", inside, "type", "veth", "peer", "name", port, "netns", self.lan)
            self.ip(self.lan, "link", "set", port, "master", "br0")
            self.ip(self.lan, "link", "set", port, "up")
            self.ip(ns, "addr", "add", f"{address}/24", "dev", inside)
            self.ip(ns, "link", "set", inside, "up")
        self.ip(self.box, "link", "add", "wan0", "type", "veth", "peer", "name", "eth0", "netns", self.wan)
        self.ip(self.box, "addr", "add", f"{WAN_PUBLIC}/24", "dev", "wan0")
        self.ip(self.box, "addr", "add", f"{WAN_BENCH}/24", "dev", "wan0")
        self.ip(self.box, "link", "set", "wan0", "up")
        self.ip(self.wan, "addr", "add", "11.231.0.2/24", "dev", "eth0")
        self.ip(self.wan, "link", "set", "eth0", "up")
        self.ip(self.pc, "route", "add", "default", "via", BOX)
        self.run(self.box, ["sysctl", "-qw", "net.ipv4.ip_forward=1"])
        return self

    def nft(self, ruleset: str) -> None:
        subprocess.run(
            ["ip", "netns", "exec", self.box, "nft", "-f", "-"], input=ruleset.encode(), check=True
        )

    # --- running ----------------------------------------------------------------------------------------
    def run(self, ns: str, args: Sequence[str], timeout: float = 60, **kw) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["ip", "netns", "exec", ns, *args], capture_output=True, text=True, timeout=timeout, **kw
        )

    def spawn(self, ns: str, args: Sequence[str], ready: Path | None = None) -> subprocess.Popen:
        process = subprocess.Popen(
            ["ip", "netns", "exec", ns, *args],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=subprocess.DEVNULL,
            stderr=open(self.scratch / f"spawn-{len(self.processes)}.err", "w"),  # noqa: SIM115
        )
        self.processes.append(process)
        if ready is not None:
            end = time.monotonic() + 10
            while not ready.exists():
                if process.poll() is not None or time.monotonic() > end:
                    raise RuntimeError(f"{args[0]} did not start: {process.returncode}")
                time.sleep(0.05)
        return process

    def fakebox(self, ns: str, mode: str, *extra: str, ip: str = BOX2) -> Path:
        log = self.scratch / f"{mode}-{len(self.processes)}.log"
        self.spawn(
            ns,
            [
                sys.executable,
                "-m",
                "tests.core.netns_fakebox",
                mode,
                "--ip",
                ip,
                "--log",
                str(log),
                *extra,
            ],
            ready=Path(f"{log}.ready"),
        )
        return log

    def miniupnpd(self, *, igd1: bool = False) -> None:
        """miniupnpd bound to the box's LAN interface only; daemonised (its debug mode logs every rule to the
        console, which makes each answer take ~0.1 s), stopped through its pid file."""
        conf = self.scratch / "miniupnpd.conf"
        pidfile = self.scratch / "miniupnpd.pid"
        conf.write_text(
            "\n".join(
                [
                    "ext_ifname=wan0",
                    "listening_ip=lan0",
                    "http_port=5000",
                    "enable_natpmp=no",
                    "enable_upnp=yes",
                    "secure_mode=no",
                    "system_uptime=no",
                    "notify_interval=60",
                    f"uuid=3c4d5e6f-0000-4000-8000-{secrets.token_hex(6)}",
                    "friendly_name=Livebox test",
                    "model_name=Livebox",
                    "model_number=6",
                    f"force_igd_desc_v1={'yes' if igd1 else 'no'}",
                    "upnp_table_name=filter",
                    "upnp_nat_table_name=filter",
                    "upnp_forward_chain=miniupnpd",
                    "upnp_nat_chain=prerouting_miniupnpd",
                    "upnp_nat_postrouting_chain=postrouting_miniupnpd",
                    f"lease_file={self.scratch / 'leases'}",
                    f"allow 1-65535 {LAN} 1-65535",
                    "deny 0-65535 0.0.0.0/0 0-65535",
                    "",
                ]
            )
        )
        pidfile.unlink(missing_ok=True)
        self.pidfiles.append(pidfile)
        subprocess.run(
            ["ip", "netns", "exec", self.box, "miniupnpd", "-f", str(conf), "-P", str(pidfile)],
            check=True,
            capture_output=True,
        )
        end = time.monotonic() + 10
        while time.monotonic() < end:
            if (
                self.run(
                    self.pc, ["upnpc", "-u", f"http://{BOX}:5000/rootDesc.xml", "-s"], timeout=10
                ).returncode
                == 0
            ):
                return
            time.sleep(0.1)
        raise RuntimeError("miniupnpd did not answer")

    def stop_miniupnpd(self) -> None:
        for pidfile in self.pidfiles:
            _kill_pidfile(pidfile)

    def stop(self, process: subprocess.Popen) -> None:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)

    # --- teardown ---------------------------------------------------------------------------------------
    def close(self) -> None:
        self.stop_miniupnpd()
        for process in self.processes:
            self.stop(process)
        for ns in self.namespaces:
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)


def _kill_pidfile(pidfile: Path) -> None:
    try:
        pid = int(pidfile.read_text().strip())
    except (OSError, ValueError):
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    for _ in range(50):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
