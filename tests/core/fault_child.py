"""Child side of the fault-injection tests (``python -m tests.core.fault_child``, Linux only).

A small fork server: it imports Vigie once, then for each JSON command read on stdin forks a worker that runs
one scenario until it is killed (or fails), printing ``ready <pid>`` and then one ``ack …`` line per
acknowledged operation (flushed before the next one starts). The server prints ``exit <pid> <status>`` when
the worker is gone. Forking from a warm process keeps 50+ kill points within a few seconds.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import sys

import keyring
from keyring.backends import fail

from core.errors import VigieError
from core.services import backup as B
from core.storage import ledger
from core.vault import Vault

AT = "2026-11-29T10:00:00+00:00"


def say(*parts: object) -> None:
    """One ``write`` of one whole line (atomic on a pipe): a kill never leaves half a line."""
    os.write(1, (" ".join(str(p) for p in parts) + "\n").encode("utf-8"))


def writes(path: str, passphrase: str, run: int, rows: int = 3) -> None:
    """Small committed transactions: one journal entry and ``rows`` rows each, acknowledged after commit."""
    vault = Vault.unlock_with_passphrase(path, passphrase)
    rng = random.Random(run)
    say("ready", os.getpid())
    i = 0
    while True:
        ident = f"{run}.{i}"
        with vault.transaction() as conn:
            ledger.append(conn, "fault.write", {"id": ident}, AT)
            for j in range(rows):
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    (f"ack:{ident}:{j}", "x" * rng.randint(1, 600)),
                )
        say("ack", ident)
        i += 1


def backups(path: str, passphrase: str, dest: str, keep: int = 3) -> None:
    vault = Vault.unlock_with_passphrase(path, passphrase)
    say("ready", os.getpid())
    while True:
        folder = B.create_backup(vault, dest, kind="auto")
        say("ack", folder.name)
        B.prune(dest, keep)


def manual_backups(path: str, passphrase: str, dest: str) -> None:
    """Backups to an external drive: never pruned, so only the sweep before each backup removes leftovers."""
    os.umask(0o022)  # the usual desktop umask: the backup must not rely on a stricter one
    vault = Vault.unlock_with_passphrase(path, passphrase)
    say("ready", os.getpid())
    while True:
        folder = B.create_backup(vault, dest, kind="manual")
        say("ack", folder.name)


def restores(path: str, passphrase: str, folders: list[str], run: int) -> None:
    say("ready", os.getpid())
    i = run
    while True:
        B.restore(path, folders[i % len(folders)], passphrase)
        say("ack", folders[i % len(folders)])
        i += 1


def passphrases(path: str, secrets: list[str], code: str, run: int) -> None:
    vault = Vault.unlock_with_recovery_code(path, code)
    say("ready", os.getpid())
    i = run
    while True:
        vault.change_passphrase(secrets[i % 2])
        say("ack", i % 2)
        i += 1


def rotations(path: str, passphrase: str) -> None:
    """Two-phase recovery-code rotation in a loop: ``shown CODE`` once the new code may be on screen,
    ``ack CODE`` once the user's typed-back confirmation has been recorded."""
    vault = Vault.unlock_with_passphrase(path, passphrase)
    say("ready", os.getpid())
    while True:
        code = vault.begin_recovery_rotation()
        say("shown", code)
        vault.confirm_recovery_rotation(code)
        say("ack", code)


def disk_full(path: str, passphrase: str, headroom: int) -> None:
    """Write until the file-size limit stops us: expect a clean StorageError, earlier data still readable."""
    vault = Vault.unlock_with_passphrase(path, passphrase)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = os.path.getsize(path) + headroom
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    say("ready", os.getpid())
    i = 0
    try:
        while True:
            with vault.transaction() as conn:
                ledger.append(conn, "fault.full", {"id": i}, AT)
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)", (f"full:{i}", os.urandom(2000).hex())
                )
            say("ack", i)
            i += 1
    except VigieError as exc:
        say("failed", type(exc).__name__, exc.code, json.dumps(str(exc), ensure_ascii=True))
    with vault.read() as conn:  # the same session can still read what was committed
        say("readable", conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'full:%'").fetchone()[0])
    try:  # and a further write fails the same clean way
        with vault.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('encore', ?)", (os.urandom(8000).hex(),))
        say("second", "ok")
    except VigieError as exc:
        say("second", type(exc).__name__)
    vault.lock()


def backup_full(path: str, passphrase: str, dest: str, limit: int) -> None:
    """A backup to a drive that fills up: a typed error, no folder under a final name, the vault untouched."""
    vault = Vault.unlock_with_passphrase(path, passphrase)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    say("ready", os.getpid())
    try:
        B.create_backup(vault, dest)
        say("created")
    except VigieError as exc:
        say("failed", type(exc).__name__, exc.code)
    vault.lock()


def create_full(path: str, passphrase: str, limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    say("ready", os.getpid())
    try:
        Vault.create(path, passphrase)
        say("created")
    except (VigieError, OSError) as exc:
        say("failed", type(exc).__name__, json.dumps(str(exc), ensure_ascii=True))


MODES = {
    "writes": writes,
    "backups": backups,
    "restores": restores,
    "manual_backups": manual_backups,
    "passphrases": passphrases,
    "rotations": rotations,
    "disk_full": disk_full,
    "create_full": create_full,
    "backup_full": backup_full,
}


def main() -> None:
    keyring.set_keyring(fail.Keyring())  # never the developer's keychain
    say("server", os.getpid())
    for line in sys.stdin:
        command = json.loads(line)
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                MODES[command["mode"]](**command["args"])
            except BaseException as exc:  # noqa: BLE001 - reported to the parent, which decides
                say("error", type(exc).__name__, json.dumps(str(exc), ensure_ascii=True))
                status = 3
            finally:
                os._exit(status)
        _, status = os.waitpid(pid, 0)
        say("exit", pid, status)


if __name__ == "__main__":
    main()
