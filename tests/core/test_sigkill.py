"""Killing the process (SIGKILL) during a stream of committed writes loses no acknowledged commit."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest

from core.vault import Vault
from tests.conftest import PASSPHRASE, ROOT
from tests.core.conftest import subprocess_env

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL harness is Linux-only")

ROWS_PER_TX = 3

# The child commits small transactions of ROWS_PER_TX rows each and prints the transaction id once COMMIT
# has returned: every printed id is a promise that the parent checks after the kill.
CHILD = f"""
import os, sys
from core.vault import Vault
vault = Vault.unlock_with_passphrase(sys.argv[1], os.environ["VIGIE_PASSPHRASE"])
start = int(sys.argv[2])
print("ready", flush=True)
i = start
while True:
    with vault.transaction() as conn:
        for j in range({ROWS_PER_TX}):
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (f"tx-{{i}}-{{j}}", "v" * (50 + i % 300)))
        if i % 7 == 0:
            conn.execute("DELETE FROM meta WHERE key LIKE ?", (f"tx-{{i - 5}}-%",))
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (f"gone-{{i - 5}}", "x"))
    print(i, flush=True)
    i += 1
"""


def _run_and_kill(path, start: int, delay: float) -> list[int]:
    """Start the writer, let it commit for ``delay`` seconds, SIGKILL it; the acknowledged ids."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(start)],
        cwd=ROOT,
        env=subprocess_env(VIGIE_PASSPHRASE=PASSPHRASE),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    ready = threading.Event()

    def reader() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.endswith("\n"):  # a line cut by the kill is not an acknowledgement
                lines.append(line.strip())
                ready.set()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    started = ready.wait(timeout=20)
    if started:
        time.sleep(delay)
    was_running = proc.poll() is None
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    thread.join(timeout=10)
    stderr = proc.stderr.read() if proc.stderr else ""
    assert started and was_running, f"the writer did not get going: {stderr[-2000:]}"
    assert proc.returncode == -signal.SIGKILL
    return [int(x) for x in lines if x != "ready"]


def test_sigkill_loses_no_acknowledged_commit(vault, vault_path):
    vault.lock()
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    delays = [round(rng.uniform(0.02, 0.6), 3) for _ in range(8)]
    context = f"seed={seed} delays={delays}"
    all_acked: set[int] = set()
    next_id = 1
    t0 = time.monotonic()
    for delay in delays:
        acked = _run_and_kill(vault_path, next_id, delay)
        all_acked.update(acked)
        # Reopening rolls back a hot journal, if the kill left one; the vault must then be sound.
        with Vault.unlock_with_passphrase(vault_path, PASSPHRASE) as reopened:
            report = reopened.check()
            assert report.sound, (context, report.problems)
            with reopened.read() as conn:
                keys = [k for (k,) in conn.execute("SELECT key FROM meta WHERE key LIKE 'tx-%'")]
                gone = {int(k[5:]) for (k,) in conn.execute("SELECT key FROM meta WHERE key LIKE 'gone-%'")}
        present: dict[int, int] = {}
        for key in keys:
            tx = int(key.split("-")[1])
            present[tx] = present.get(tx, 0) + 1
        # No partial transaction: each id has all of its rows, or none (deleted by a later committed one).
        assert all(n == ROWS_PER_TX for n in present.values()), (context, present)
        assert not set(present) & gone, context
        missing = sorted(i for i in all_acked if i not in present and i not in gone)
        assert not missing, (context, missing)
        # Only the transaction in flight at the kill may have committed without being acknowledged.
        unacked = [i for i in present if i >= next_id and i not in all_acked]
        assert len(unacked) <= 1, (context, unacked)
        next_id = max([next_id, *present, *all_acked]) + 1
    assert len(all_acked) >= 20, f"the kills came too early to prove anything ({context})"
    assert time.monotonic() - t0 < 30, context
