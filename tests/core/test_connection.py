"""Connection hardening: pragmas, and the key never travels as SQL text nor reaches the logs."""

from __future__ import annotations

import logging
import re

import pytest

from core.services.setup import create_vault
from core.storage import db
from core.vault import Vault
from tests.conftest import PASSPHRASE

# PRAGMA key / rekey (any schema) and ATTACH ... KEY: the ways SQL text can carry a key. (The meta table's
# column is also called "key": "WHERE key = 'evidence_baseline_at'" is not a key.)
KEY_SQL = re.compile(r"\bPRAGMA\s+(\w+\.)?(re)?key\b|\bKEY\s+['x?]", re.IGNORECASE)


def test_pragmas_on_a_vault_connection(vault):
    with vault.read() as conn:
        one = lambda pragma: conn.execute(f"PRAGMA {pragma}").fetchone()[0]  # noqa: E731
        assert one("temp_store") == 2  # MEMORY
        assert one("foreign_keys") == 1
        assert str(one("journal_mode")).lower() == "delete"
        assert one("synchronous") == 2  # FULL
        assert one("trusted_schema") == 0
        assert one("secure_delete") == 1
        assert one("cipher_version")
        assert int(one("cipher_page_size")) == 4096


def test_foreign_keys_are_enforced(vault):
    with pytest.raises(db.IntegrityError, match="FOREIGN KEY"), vault.transaction() as conn:
        conn.execute("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)")
        conn.execute("CREATE TEMP TABLE child (pid INTEGER REFERENCES parent(id))")
        conn.execute("INSERT INTO child VALUES (42)")


def test_transaction_rolls_back_on_error(vault):
    with pytest.raises(RuntimeError), vault.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('rollback', 'x')")
        raise RuntimeError("boom")
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM meta WHERE key = 'rollback'").fetchone()[0] == 0
        assert not conn.in_transaction


def test_not_sqlcipher_is_refused(tmp_path, monkeypatch):
    """If the driver were plain SQLite (no cipher_version), connect must refuse rather than write plaintext."""
    import sqlite3

    from core import crypto
    from core.errors import NotSqlCipher

    class PlainConn:
        def __init__(self, path):
            self._c = sqlite3.connect(path, isolation_level=None)

        def set_key(self, key):  # plain SQLite has no codec: the key is silently ignored
            pass

        def execute(self, sql, *args):
            return self._c.execute(sql, *args)

        def close(self):
            self._c.close()

    monkeypatch.setattr(db.sqlcipher3, "connect", lambda path, **kw: PlainConn(path))
    with pytest.raises(NotSqlCipher):
        db.connect(tmp_path / "plain.db", crypto.new_dek())


@pytest.fixture
def traced(monkeypatch):
    """Every SQL statement run on any connection opened by core.storage.db, from the very first one."""
    statements: list[str] = []
    real = db.sqlcipher3.connect

    def connect(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(db.sqlcipher3, "connect", connect)
    return statements


def _assert_clean(statements: list[str], key_hex: str) -> None:
    assert statements, "the trace callback saw nothing: the test would prove nothing"
    for sql in statements:
        assert key_hex not in sql.lower(), sql
        assert not KEY_SQL.search(sql), sql
        assert PASSPHRASE not in sql


def test_key_never_in_sql_text(vault_path, practice, traced):
    vault, code = create_vault(vault_path, PASSPHRASE, practice)
    key_hex = vault.with_dek().hex()
    # After open, during writes and checks, on a live connection too.
    vault.conn.set_trace_callback(traced.append)
    with vault.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('trace', 'x')")
    vault.check()
    vault.change_passphrase("une autre phrase de passe")
    vault.lock()
    Vault.unlock_with_passphrase(vault_path, "une autre phrase de passe").lock()
    Vault.unlock_with_recovery_code(vault_path, code).lock()
    assert any("INSERT INTO meta" in s for s in traced)
    assert any("cipher_integrity_check" in s for s in traced)
    _assert_clean(traced, key_hex)


def test_logs_hold_neither_passphrase_nor_key(vault_path, practice, caplog, memory_keyring):
    caplog.set_level(logging.DEBUG)
    vault, code = create_vault(vault_path, PASSPHRASE, practice, remember=True)
    key_hex = vault.with_dek().hex()
    vault.check()
    vault.lock()
    Vault.unlock_with_keyring(vault_path).lock()
    Vault.unlock_with_passphrase(vault_path, PASSPHRASE).lock()
    Vault.unlock_with_recovery_code(vault_path, code).lock()
    from core.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_passphrase(vault_path, PASSPHRASE + "x")
    text = "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    for secret in (PASSPHRASE, key_hex, key_hex.upper(), code, code.replace("-", "")):
        assert secret not in text


def test_errors_carry_no_secret(vault, vault_path):
    from core.errors import WrongPassphrase

    vault.lock()
    try:
        Vault.unlock_with_passphrase(vault_path, "secret-que-personne-ne-doit-voir")
    except WrongPassphrase as exc:
        rendered = f"{exc!s} {exc!r} {exc.params!r}"
        assert "secret-que-personne" not in rendered
    else:  # pragma: no cover
        pytest.fail("wrong passphrase accepted")
