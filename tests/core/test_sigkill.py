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
# Fixed so that a failure can be replayed; set VIGIE_KILL_SEED to explore other kill points.
SEED = int(os.environ.get("VIGIE_KILL_SEED", "20261129"))

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
    seed = SEED
    rng = random.Random(seed)
    delays = [round(rng.uniform(0.02, 0.45), 3) for _ in range(7)]
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


KEYFILE_CHILD = """
import os, sys
from core.vault import Vault
vault = Vault.unlock_with_passphrase(sys.argv[1], os.environ["VIGIE_PASSPHRASE"])
print("ready", flush=True)
i = 0
while True:
    vault.change_passphrase("phrase B" if i % 2 == 0 else os.environ["VIGIE_PASSPHRASE"])
    print(i, flush=True)
    i += 1
"""


def test_sigkill_while_rewriting_the_key_file(vault_path):
    from core.paths import keyfile_path
    from core.storage.keyfile import KeyFile

    vault, code = Vault.create(vault_path, PASSPHRASE)
    vault.lock()
    seed = SEED
    rng = random.Random(seed)
    for round_ in range(3):
        delay = round(rng.uniform(0.01, 0.3), 3)
        proc = subprocess.Popen(
            [sys.executable, "-c", KEYFILE_CHILD, str(vault_path)],
            cwd=ROOT,
            env=subprocess_env(VIGIE_PASSPHRASE=PASSPHRASE),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline() == b"ready\n", proc.stderr.read() if proc.stderr else b""
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        # The key file is the old or the new one, complete: it parses and both slots still open the vault.
        KeyFile.load(keyfile_path(vault_path))
        opened = []
        for secret in (PASSPHRASE, "phrase B"):
            try:
                Vault.unlock_with_passphrase(vault_path, secret).lock()
                opened.append(secret)
            except Exception as exc:  # noqa: BLE001 - only WrongPassphrase is acceptable
                from core.errors import WrongPassphrase

                assert isinstance(exc, WrongPassphrase), (seed, exc)
        assert len(opened) == 1, (seed, opened)
        Vault.unlock_with_recovery_code(vault_path, code).lock()
        # Each kill may leave one stray temporary file (never a damaged key file).
        assert len(list(vault_path.parent.glob(".*.part"))) <= round_ + 1
        # Start the next round from the original passphrase.
        if opened == ["phrase B"]:
            with Vault.unlock_with_passphrase(vault_path, "phrase B") as v:
                v.change_passphrase(PASSPHRASE)


DISK_FULL_CHILD = """
import os, resource, signal, sys
from core.vault import Vault
from core.errors import StorageError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
vault = Vault.unlock_with_passphrase(sys.argv[1], os.environ["VIGIE_PASSPHRASE"])
size = os.path.getsize(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 8192, size + 8192))
try:
    with vault.transaction() as conn:
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                         [(f"big-{i}", "z" * 1000) for i in range(2000)])
except StorageError as exc:
    print("storage-error", flush=True)
else:
    print("no-error", flush=True)
vault.lock()
"""


def test_disk_full_is_a_storage_error_and_loses_nothing(vault, vault_path):
    from tests.core.conftest import fill_meta

    fill_meta(vault, rows=50)
    vault.lock()
    result = subprocess.run(
        [sys.executable, "-c", DISK_FULL_CHILD, str(vault_path)],
        cwd=ROOT,
        env=subprocess_env(VIGIE_PASSPHRASE=PASSPHRASE),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "storage-error", result.stderr[-2000:]
    assert vault_path.stat().st_size > 0
    with Vault.unlock_with_passphrase(vault_path, PASSPHRASE) as reopened:
        assert reopened.check().sound
        with reopened.read() as conn:
            assert conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'fill-%'").fetchone()[0] == 50
            assert conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'big-%'").fetchone()[0] == 0
