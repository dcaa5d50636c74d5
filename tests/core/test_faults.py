"""Fault injection with child processes (issue 7 "Fault tests"; security model scenarios #6, #8, #9, #10).

Each scenario runs in a process forked from ``tests/core/fault_child.py`` (started with ``sys.executable``
from the repository root, cheap key derivation injected by tests/child_site), is killed with SIGKILL after a small random delay,
and the parent then checks the files on disk with a fresh unlock. The seed is in every assertion message.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from core.errors import CorruptVault, WrongPassphrase
from core.paths import keyfile_path
from core.services import backup as B
from core.services.setup import create_vault
from core.storage import ledger
from core.storage.keyfile import KeyFile
from core.storage.repositories import practice as meta_repo
from core.storage.staging import staged_paths
from core.vault import PENDING_RECOVERY_SLOT, Vault
from tests.conftest import child_pythonpath

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="SIGKILL/rlimit tests: Linux only"
)

ROOT = Path(__file__).resolve().parents[2]


class ForkServer:
    def __init__(self, env: dict[str, str]):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.core.fault_child"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        first = self._next(timeout=60)
        assert first.startswith("server "), first

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("<eof>")

    def _next(self, timeout: float = 30) -> str:
        line = self.lines.get(timeout=timeout)
        assert line != "<eof>", "fault server died"
        return line

    def start(self, mode: str, **args: object) -> int:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"mode": mode, "args": args}) + "\n")
        self.proc.stdin.flush()
        line = self._next()
        assert line.startswith("ready "), line
        return int(line.split()[1])

    def finish(self, pid: int) -> list[str]:
        """Every line the worker printed after ``ready``, up to its end."""
        out = []
        while True:
            try:
                line = self._next()
            except queue.Empty as timeout:
                try:
                    state = Path(f"/proc/{pid}/stat").read_text().split()[2]
                    wchan = Path(f"/proc/{pid}/wchan").read_text()
                    stack = Path(f"/proc/{pid}/syscall").read_text()
                except OSError as exc:
                    state, wchan, stack = "gone", str(exc), ""
                raise AssertionError(
                    f"worker {pid} did not end: state {state} wchan {wchan} {stack} {out[-3:]}"
                ) from timeout
            if line.startswith(f"exit {pid} "):
                return out
            out.append(line)

    def run_and_kill(self, mode: str, delay: float, **args: object) -> list[str]:
        pid = self.start(mode, **args)
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        out = self.finish(pid)
        errors = [line for line in out if line.startswith("error ")]
        assert not errors, errors
        return out

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("fault-home")
    env = {k: v for k, v in os.environ.items() if k != "VIGIE_PASSPHRASE"}
    env.update(
        PYTHONPATH=child_pythonpath(), HOME=str(home), XDG_DATA_HOME=str(home / "data"), PYTHONHASHSEED="0"
    )
    srv = ForkServer(env)
    yield srv
    srv.close()


@pytest.fixture
def rng(request):
    seed = int.from_bytes(os.urandom(4), "big")
    print(f"{request.node.name}: seed {seed}")
    return random.Random(seed), seed


def _acks(lines: list[str]) -> list[str]:
    return [line.split(" ", 1)[1] for line in lines if line.startswith("ack ")]


# --- #6: SIGKILL during committed writes --------------------------------------------------------------------
def test_sigkill_during_writes_keeps_every_acknowledged_commit(server, vault, passphrase, rng):
    rand, seed = rng
    path = vault.path
    vault.lock()
    acknowledged: list[str] = []
    runs = 50
    for run in range(runs):
        out = server.run_and_kill(
            "writes", rand.uniform(0.0, 0.08), path=str(path), passphrase=passphrase, run=run
        )
        acknowledged += _acks(out)
        if run % 10 == 9 or run == runs - 1:
            _check_writes(path, passphrase, acknowledged, seed)
    assert len(acknowledged) >= 10, f"seed {seed}: the workers hardly wrote anything"


def _check_writes(path: Path, passphrase: str, acknowledged: list[str], seed: int) -> None:
    v = Vault.unlock_with_passphrase(path, passphrase)
    try:
        report = v.check()
        assert report.sound, (seed, report.problems)
        with v.read() as conn:
            keys = [r[0] for r in conn.execute("SELECT key FROM meta WHERE key LIKE 'ack:%'")]
            chain = ledger.verify(conn, v.ledger_anchor())
            journaled = {e.body["id"] for e in ledger.entries(conn, "fault.write")}
        rows: dict[str, int] = {}
        for key in keys:
            ident = key.split(":")[1]
            rows[ident] = rows.get(ident, 0) + 1
        missing = [a for a in acknowledged if rows.get(a) != 3]
        assert not missing, f"seed {seed}: acknowledged but missing or partial: {missing[:5]}"
        assert all(n == 3 for n in rows.values()), f"seed {seed}: a partial transaction is visible"
        assert set(rows) == journaled, f"seed {seed}: rows and journal entries disagree"
        assert chain.ok, (seed, chain)
        assert B.verify_vault(v).sound
    finally:
        v.lock()


# --- #8: SIGKILL during backups ----------------------------------------------------------------------------
def test_sigkill_during_backup_never_leaves_a_bad_backup_under_a_final_name(
    server, vault, passphrase, tmp_path, rng
):
    rand, seed = rng
    path = vault.path
    dest = tmp_path / "sauvegardes"
    with vault.transaction() as conn:
        for i in range(200):
            meta_repo.set_meta(conn, f"k{i}", "v" * 300)
    vault.lock()
    made = 0
    for _ in range(16):
        out = server.run_and_kill(
            "backups", rand.uniform(0.0, 0.12), path=str(path), passphrase=passphrase, dest=str(dest)
        )
        made += len(_acks(out))
        for folder in B.list_backups(dest):
            try:
                B.verify_backup(folder, passphrase)
            except Exception as exc:  # noqa: BLE001
                pytest.fail(f"seed {seed}: {folder.name} has a final name but fails verification: {exc!r}")
        assert all(not p.name.startswith(".") for p in B.list_backups(dest))
    leftovers = list(dest.glob(".*.part"))
    B.prune(dest, keep=3)
    assert not list(dest.glob(".*")), f"seed {seed}: prune left {list(dest.glob('.*'))}"
    assert len(B.list_backups(dest)) <= 3
    v = Vault.unlock_with_passphrase(path, passphrase)
    try:
        assert B.verify_vault(v).sound
        with v.read() as conn:
            assert meta_repo.get_meta(conn, "k199") == "v" * 300
    finally:
        v.lock()
    print(f"seed {seed}: {made} backups acknowledged, {len(leftovers)} .part leftovers")


def test_sigkill_during_manual_backups_leaves_nothing_readable_and_leftovers_are_swept(
    server, vault, passphrase, tmp_path, rng
):
    rand, seed = rng
    path = vault.path
    dest = tmp_path / "usb"
    with vault.transaction() as conn:
        for i in range(200):
            meta_repo.set_meta(conn, f"k{i}", "v" * 300)
    vault.lock()
    leftovers = 0
    for _ in range(16):
        server.run_and_kill(
            "manual_backups", rand.uniform(0.0, 0.12), path=str(path), passphrase=passphrase, dest=str(dest)
        )
        for item in dest.rglob("*"):  # finished or interrupted, no copy is ever readable by others
            assert item.stat().st_mode & 0o077 == 0, f"seed {seed}: {item} mode {oct(item.stat().st_mode)}"
        leftovers = max(leftovers, len(list(dest.glob(".*.part"))))
        assert len(list(dest.glob(".*.part"))) <= 1, f"seed {seed}: .part folders accumulate"
    v = Vault.unlock_with_passphrase(path, passphrase)
    try:
        B.create_backup(v, dest, kind="manual")
    finally:
        v.lock()
    assert not list(dest.glob(".*.part")), f"seed {seed}: the next backup did not sweep the leftovers"
    print(f"seed {seed}: at most {leftovers} .part leftover between two backups")


# --- SIGKILL during restores -------------------------------------------------------------------------------
def test_sigkill_during_restore_leaves_old_or_new_never_neither(server, tmp_path, practice, passphrase, rng):
    rand, seed = rng
    folders = []
    for name in ("X", "Y"):  # two different vaults: a key file paired with the wrong database would not open
        v, _ = create_vault(tmp_path / name / "vigie.vault", passphrase, practice)
        with v.transaction() as conn:
            meta_repo.set_meta(conn, "origine", name)
            for i in range(150):
                meta_repo.set_meta(conn, f"k{i}", name * 300)
        folders.append(B.create_backup(v, tmp_path / "usb"))
        v.lock()
    live, _ = create_vault(tmp_path / "live" / "vigie.vault", passphrase, practice)
    with live.transaction() as conn:
        meta_repo.set_meta(conn, "origine", "A")
    path = live.path
    live.lock()
    seen = set()
    runs = 24
    for run in range(runs):
        server.run_and_kill(
            "restores",
            rand.uniform(0.0, 0.08),
            path=str(path),
            passphrase=passphrase,
            folders=[str(f) for f in folders],
            run=run,
        )
        if run % 2 == 0 and run < runs - 1:
            continue  # half the time the next restore itself meets the interrupted state (hot journal, staging)
        try:
            v = Vault.unlock_with_passphrase(path, passphrase)
        except Exception as exc:  # noqa: BLE001
            pytest.fail(f"seed {seed}, run {run}: the vault no longer opens: {exc!r}")
        try:
            assert not any(p.exists() for p in staged_paths(path))
            assert B.verify_vault(v).sound, (seed, run)
            with v.read() as conn:
                origin = meta_repo.get_meta(conn, "origine")
                assert origin in ("A", "X", "Y"), (seed, run)
                if origin != "A":
                    assert meta_repo.get_meta(conn, "k149") == origin * 300
            seen.add(origin)
        finally:
            v.lock()
    print(f"seed {seed}: states seen {sorted(seen)}")


# --- #9: SIGKILL during passphrase changes (key-file rewrite) ------------------------------------------------
def test_sigkill_during_passphrase_change_keeps_a_valid_key_file(server, vault_path, practice, rng):
    rand, seed = rng
    secrets = ["première phrase de passe", "seconde phrase de passe"]
    v, code = create_vault(vault_path, secrets[0], practice)
    v.lock()
    for run in range(30):
        server.run_and_kill(
            "passphrases", rand.uniform(0.0, 0.03), path=str(vault_path), secrets=secrets, code=code, run=run
        )
        json.loads(keyfile_path(vault_path).read_text(encoding="utf-8"))  # complete JSON, old or new
        KeyFile.load(keyfile_path(vault_path))
        opened = 0
        for secret in secrets:
            try:
                Vault.unlock_with_passphrase(vault_path, secret).lock()
                opened += 1
            except WrongPassphrase:
                pass
        assert opened == 1, f"seed {seed}, run {run}: {opened} passphrases open the vault"
        Vault.unlock_with_recovery_code(vault_path, code).lock()
        # Stray temporary files of interrupted rewrites are never taken for the key file, and unlocking
        # sweeps them (one could still open the data key with a passphrase since replaced).
        assert not list(vault_path.parent.glob(".*.part")), f"seed {seed}, run {run}"


def test_sigkill_during_recovery_rotation_never_loses_the_code(server, vault_path, practice, passphrase, rng):
    """50 kills: the code last confirmed still opens unless the next one was confirmed, and the code last shown
    always opens (pending until typed back, then promoted): no code the user may have written down is lost."""
    rand, seed = rng
    v, confirmed = create_vault(vault_path, passphrase, practice)
    v.lock()
    cut_between = 0
    for run in range(50):
        out = server.run_and_kill(
            "rotations", rand.uniform(0.0, 0.05), path=str(vault_path), passphrase=passphrase
        )
        shown = [line.split()[1] for line in out if line.startswith("shown ")]
        acked = [line.split()[1] for line in out if line.startswith("ack ")]
        keyfile = KeyFile.load(keyfile_path(vault_path))
        assert not keyfile.damaged, f"seed {seed}, run {run}"
        confirmed = acked[-1] if acked else confirmed
        last_shown = shown[-1] if shown else confirmed
        Vault.unlock_with_recovery_code(vault_path, last_shown).lock()
        if last_shown != confirmed:
            cut_between += 1
            promoted = PENDING_RECOVERY_SLOT not in keyfile.slots
            if not promoted:
                Vault.unlock_with_recovery_code(vault_path, confirmed).lock()
            else:
                confirmed = last_shown  # confirmed on disk, killed before it could say so
        else:
            Vault.unlock_with_recovery_code(vault_path, confirmed).lock()
        Vault.unlock_with_passphrase(vault_path, passphrase).lock()
    print(f"rotation kills: {cut_between}/50 between showing and confirming")


# --- #10: disk full --------------------------------------------------------------------------------------------
def test_disk_full_gives_a_clean_error_and_keeps_earlier_data(server, vault, passphrase):
    path = vault.path
    with vault.transaction() as conn:
        meta_repo.set_meta(conn, "avant", "conservé")
    vault.lock()
    pid = server.start("disk_full", path=str(path), passphrase=passphrase, headroom=160 * 1024)
    out = server.finish(pid)
    assert not [line for line in out if line.startswith("error ")], out
    failed = [line for line in out if line.startswith("failed ")]
    assert failed and failed[0].split()[1:3] == ["StorageError", "storage_error"], out
    assert "Écriture impossible sur le disque" in json.loads(failed[0].split(" ", 3)[3])
    acked = [int(a) for a in _acks(out)]
    assert len(acked) > 5, out
    assert f"readable {len(acked)}" in out
    assert "second StorageError" in out
    assert path.stat().st_size > 0
    v = Vault.unlock_with_passphrase(path, passphrase)
    try:
        assert v.check().sound
        with v.read() as conn:
            assert meta_repo.get_meta(conn, "avant") == "conservé"
            present = {
                int(r[0].split(":")[1]) for r in conn.execute("SELECT key FROM meta WHERE key LIKE 'full:%'")
            }
            assert meta_repo.get_meta(conn, "encore") is None
        assert present == set(acked)
        assert B.verify_vault(v).sound
    finally:
        v.lock()


def test_disk_full_while_creating_a_vault_leaves_no_empty_vault(server, tmp_path, passphrase):
    target = tmp_path / "plein" / "vigie.vault"
    target.parent.mkdir()
    pid = server.start("create_full", path=str(target), passphrase=passphrase, limit=8192)
    out = server.finish(pid)
    failed = [line for line in out if line.startswith("failed ")]
    assert failed and failed[0].split()[1] == "StorageError", out  # not "the upgrade of the vault failed"
    assert "Écriture impossible sur le disque" in json.loads(failed[0].split(" ", 2)[2])
    assert not target.exists() and not keyfile_path(target).exists()
    assert not [p for p in target.parent.iterdir() if p.suffix != ".lock"], list(target.parent.iterdir())
    with pytest.raises(Exception) as info:
        Vault.unlock_with_passphrase(target, passphrase)
    assert not isinstance(info.value, CorruptVault)


def test_disk_full_during_backup_leaves_no_backup_and_the_vault_intact(server, vault, passphrase, tmp_path):
    path = vault.path
    before = B.verify_vault(vault)
    vault.lock()
    dest = tmp_path / "usb"
    pid = server.start("backup_full", path=str(path), passphrase=passphrase, dest=str(dest), limit=8192)
    out = server.finish(pid)
    assert out == ["failed StorageError storage_error"], out
    assert B.list_backups(dest) == [] and list(dest.iterdir()) == []
    v = Vault.unlock_with_passphrase(path, passphrase)
    try:
        assert before.sound and B.verify_vault(v).sound
    finally:
        v.lock()
