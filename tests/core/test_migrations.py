"""Schema migrations: one transaction, refused when too new, snapshot before upgrading."""

from __future__ import annotations

import os

import pytest

from core.errors import MigrationFailed, VaultTooNew
from core.storage import db
from core.storage import migrate as migrate_mod
from core.storage.migrate import Migration, current_version, latest_version, load_migrations, migrate
from core.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.conftest import file_state

SQLITE_HEADER = b"SQLite format 3\x00"


def _schema(conn) -> list[tuple]:
    return conn.execute("SELECT type, name, sql FROM sqlite_schema ORDER BY name").fetchall()


def test_shipped_migrations_are_numbered_and_applied(vault):
    migrations = load_migrations()
    assert migrations, "at least the foundation migration"
    assert [m.version for m in migrations] == sorted({m.version for m in migrations})
    assert migrations[0].name == "0001_initial.sql"
    with vault.read() as conn:
        assert current_version(conn) == latest_version()
        names = {row[1] for row in _schema(conn)}
    assert {"meta", "practice"} <= names


def test_vault_too_new_is_refused_and_untouched(vault, vault_path):
    with vault.transaction() as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 7}")
    vault.lock()
    before = file_state(vault_path)
    with pytest.raises(VaultTooNew) as info:
        Vault.unlock_with_passphrase(vault_path, PASSPHRASE)
    assert info.value.params == {"found": latest_version() + 7, "supported": latest_version()}
    assert "plus récente" in str(info.value)
    assert file_state(vault_path) == before
    assert not list(vault_path.parent.glob("*.pre-migration-*"))
    # The lock was released: a second attempt gives the same answer, not "in use".
    with pytest.raises(VaultTooNew):
        Vault.unlock_with_passphrase(vault_path, PASSPHRASE)


def _extra(*migrations: Migration):
    real = load_migrations()

    def loader() -> list[Migration]:
        return [*real, *migrations]

    return loader


def test_failing_migration_rolls_back_everything(vault, vault_path, monkeypatch):
    base = latest_version()
    with vault.read() as conn:
        schema_before = _schema(conn)
    vault.lock()
    broken = _extra(
        Migration(base + 1, f"{base + 1:04d}_good.sql", "CREATE TABLE good (a INTEGER) STRICT;"),
        Migration(
            base + 2,
            f"{base + 2:04d}_bad.sql",
            "CREATE TABLE half (a INTEGER) STRICT; INSERT INTO meta (key, value) VALUES ('half', 'x');"
            " INSERT INTO no_such_table VALUES (1);",
        ),
    )
    monkeypatch.setattr(migrate_mod, "load_migrations", broken)
    with pytest.raises(MigrationFailed) as info:
        Vault.unlock_with_passphrase(vault_path, PASSPHRASE)
    assert "no_such_table" in str(info.value)
    monkeypatch.undo()
    with Vault.unlock_with_passphrase(vault_path, PASSPHRASE) as again, again.read() as conn:
        assert current_version(conn) == base
        assert _schema(conn) == schema_before
        assert conn.execute("SELECT count(*) FROM meta WHERE key = 'half'").fetchone()[0] == 0


def test_runner_on_a_bare_connection(tmp_path, monkeypatch):
    from core import crypto

    dek = crypto.new_dek()
    conn = db.connect(tmp_path / "bare.db", dek)
    try:
        assert migrate(conn) == [m.name for m in load_migrations()]
        assert migrate(conn) == []  # idempotent
        base = current_version(conn)
        monkeypatch.setattr(
            migrate_mod,
            "load_migrations",
            _extra(Migration(base + 1, "x.sql", "CREATE TABLE t (a INTEGER) STRICT; SELECT nope FROM t;")),
        )
        with pytest.raises(MigrationFailed):
            migrate(conn)
        assert not conn.in_transaction
        assert current_version(conn) == base
        assert conn.execute("SELECT count(*) FROM sqlite_schema WHERE name = 't'").fetchone()[0] == 0
    finally:
        conn.close()


def test_upgrade_takes_an_encrypted_snapshot_first(vault, vault_path, monkeypatch):
    base = latest_version()
    with vault.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('avant', 'oui')")
    dek = vault.with_dek()
    vault.lock()
    before = vault_path.read_bytes()
    monkeypatch.setattr(
        migrate_mod,
        "load_migrations",
        _extra(
            Migration(
                base + 1,
                f"{base + 1:04d}_next.sql",
                "CREATE TABLE next_feature (id INTEGER PRIMARY KEY) STRICT;"
                " INSERT INTO meta (key, value) VALUES ('apres', 'oui');",
            )
        ),
    )
    with Vault.unlock_with_passphrase(vault_path, PASSPHRASE) as upgraded, upgraded.read() as conn:
        assert current_version(conn) == base + 1
        assert conn.execute("SELECT value FROM meta WHERE key = 'apres'").fetchone() == ("oui",)
    snapshot = vault_path.with_name(f"{vault_path.name}.pre-migration-v{base}")
    assert snapshot.is_file()
    raw = snapshot.read_bytes()
    assert raw[:16] != SQLITE_HEADER and SQLITE_HEADER not in raw
    assert b"avant" not in raw
    assert raw != before  # VACUUM INTO re-encrypts with fresh IVs
    if os.name == "posix":
        assert snapshot.stat().st_mode & 0o077 == 0, oct(snapshot.stat().st_mode)
    # The snapshot opens with the same key and holds the pre-upgrade state.
    conn = db.connect(snapshot, dek)
    try:
        assert current_version(conn) == base
        assert conn.execute("SELECT value FROM meta WHERE key = 'avant'").fetchone() == ("oui",)
        assert (
            conn.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'next_feature'").fetchone()[0] == 0
        )
        assert db.integrity_problems(conn) == []
    finally:
        conn.close()
        dek[:] = bytes(len(dek))


def test_no_snapshot_for_a_new_vault_or_when_up_to_date(vault, vault_path):
    vault.lock()
    Vault.unlock_with_passphrase(vault_path, PASSPHRASE).lock()
    assert not list(vault_path.parent.glob("*.pre-migration-*"))


def test_shipped_migrations_are_numbered_without_gaps():
    """A migration slotted in below a shipped number would be skipped on existing vaults: forbid gaps."""
    versions = [m.version for m in load_migrations()]
    assert versions == list(range(1, len(versions) + 1))


@pytest.mark.parametrize("versions", [[1, 2, 4], [1, 1, 2], [2, 3], [1, 3]])
def test_numbering_check_refuses_gaps_and_duplicates(versions):
    with pytest.raises(RuntimeError, match="without gaps"):
        migrate_mod.check_numbering(versions)
