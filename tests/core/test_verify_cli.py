"""``python main.py backup / restore / verify`` as a practitioner (or a script) runs them: exit codes and French
messages on the right stream, never a traceback (issue 7 "Headless"; scenarios #4, #23)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from core.paths import keyfile_path
from core.services import backup as B
from core.services.setup import create_vault
from core.storage.repositories import practice as meta_repo
from core.vault import Vault
from tests.conftest import child_pythonpath
from tests.core.reliability import (
    add_entries,
    drop_ledger_triggers,
    flip_byte,
    raw_connection,
    sha256,
    truncate,
)

ROOT = Path(__file__).resolve().parents[2]


def _env(secret: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "VIGIE_PASSPHRASE"}
    env.update(
        PYTHONPATH=child_pythonpath(),
        VIGIE_PASSPHRASE=secret,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def start(secret: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "main.py", *map(str, args)],
        cwd=ROOT,
        env=_env(secret),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def done(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=60)
    assert "Traceback" not in err, err
    return proc.returncode, out, err


def cli(secret: str, *args: str) -> tuple[int, str, str]:
    return done(start(secret, *args))


def _make(path: Path, practice, passphrase: str, entries: int = 4):
    v, code = create_vault(path, passphrase, practice)
    with v.transaction() as conn:
        for i in range(60):
            meta_repo.set_meta(conn, f"k{i}", "v" * 200)  # a few pages, so that page 3+ holds data
    add_entries(v, entries)
    return v, code


def test_verify_reports_sound_flipped_tampered_and_truncated_vaults(tmp_path, practice, passphrase):
    paths = {}
    for name in ("sain", "octet", "modifie", "tronque", "coupe"):
        v, _ = _make(tmp_path / name / "vigie.vault", practice, passphrase)
        paths[name] = v.path
        dek = v.with_dek()
        v.lock()
        if name == "coupe":
            truncate(v.path, 3 * 4096)  # the file itself cut short (copy interrupted, bad sector)
        elif name == "octet":
            assert v.path.stat().st_size > 4 * 4096
            flip_byte(v.path, 2 * 4096 + 200)  # page 3: page 1 still opens, the damage is found by the check
        elif name in ("modifie", "tronque"):
            with raw_connection(v.path, dek) as conn:
                drop_ledger_triggers(conn)
                if name == "modifie":
                    conn.execute("UPDATE ledger SET body = ? WHERE seq = 2", (json.dumps({"n": 99}),))
                else:
                    conn.execute("DELETE FROM ledger WHERE seq >= 3")
    procs = {name: start(passphrase, "verify", "--vault", path) for name, path in paths.items()}
    results = {name: done(proc) for name, proc in procs.items()}

    code, out, err = results["sain"]
    assert code == 0, err
    assert "Coffre sain" in out and "journal intact (4 entrées" in out and "tête n° 4 · " in out

    code, out, err = results["octet"]
    assert code == 1 and out == ""
    assert "n'est pas sain" in err or "endommagé" in err
    assert "intégrité" in err or "HMAC" in err or "malformed" in err

    code, out, err = results["coupe"]
    assert code == 1 and out == "" and ("endommagé" in err or "n'est pas sain" in err)

    code, out, err = results["modifie"]
    assert code == 1 and out == ""
    assert "Le coffre n'est pas sain" in err and "entrée n° 2 modifiée après coup" in err

    code, out, err = results["tronque"]
    assert code == 1 and out == ""
    assert "s'arrête à l'entrée n° 2" in err and "ancre externe en attestait 4" in err


def test_verify_with_a_wrong_passphrase_is_not_reported_as_damage(vault, passphrase):
    path = vault.path
    vault.lock()
    code, out, err = cli("pas la bonne", "verify", "--vault", path)
    assert code == 1 and "Phrase de passe incorrecte." in err and "endommagé" not in err


def test_backup_then_restore_from_the_command_line(tmp_path, practice, passphrase):
    v, recovery = _make(tmp_path / "cabinet" / "vigie.vault", practice, passphrase)
    with v.transaction() as conn:
        meta_repo.set_meta(conn, "etat", "sauvegardé")
    path = v.path
    v.lock()
    usb = tmp_path / "usb"

    code, out, err = cli(passphrase, "backup", "--vault", path, "--to", usb)
    assert code == 0, err
    assert out.startswith("Sauvegarde vérifiée : ")
    folder = Path(out.split(" : ", 1)[1].strip())
    assert folder.parent == usb and B.list_backups(usb) == [folder]
    assert B.verify_backup(folder, passphrase)

    v = Vault.unlock_with_passphrase(path, passphrase)
    with v.transaction() as conn:
        meta_repo.set_meta(conn, "etat", "modifié ensuite")
    v.change_passphrase("nouvelle phrase de passe du cabinet")
    v.lock()

    # The passphrase of the time of the backup is asked (the current one does not open that backup).
    code, out, err = cli("nouvelle phrase de passe du cabinet", "restore", "--vault", path, "--from", folder)
    assert code == 1 and "Phrase de passe incorrecte." in err
    code, out, err = cli(passphrase, "restore", "--vault", path, "--from", folder)
    assert code == 0, err
    assert f"Sauvegarde restaurée dans {path}." in out
    assert "L'ancien coffre est conservé sous " in out
    aside = Path(out.split("conservé sous ", 1)[1].strip().rstrip("."))
    assert aside.is_file() and keyfile_path(aside).is_file()
    assert "Phrase de passe en vigueur lors de la sauvegarde" in err

    code, out, err = cli(passphrase, "verify", "--vault", path)
    assert code == 0 and "journal intact (5 entrées" in out, err  # the 4 of the backup + the restore itself
    v = Vault.unlock_with_passphrase(path, passphrase)
    try:
        with v.read() as conn:
            assert meta_repo.get_meta(conn, "etat") == "sauvegardé"
    finally:
        v.lock()

    # On a new computer, with the recovery code.
    fresh = tmp_path / "nouveau-pc" / "vigie.vault"
    code, out, err = cli(recovery, "restore", "--vault", fresh, "--from", folder)
    assert code == 0, err
    assert f"Sauvegarde restaurée dans {fresh}." in out and "conservé sous" not in out
    code, out, err = cli(passphrase, "verify", "--vault", fresh)
    assert code == 0, err


def test_restore_refusals_change_nothing(tmp_path, practice, passphrase):
    v, _ = _make(tmp_path / "cabinet" / "vigie.vault", practice, passphrase)
    folder = B.create_backup(v, tmp_path / "usb")
    bad = tmp_path / "abimee"
    nomanifest = tmp_path / "sans-manifeste"
    for target in (bad, nomanifest):
        shutil.copytree(folder, target)
    flip_byte(bad / B.DB_NAME, 2 * 4096 + 7)
    (nomanifest / B.MANIFEST_NAME).unlink()
    path = v.path
    before = {p.name: sha256(p) for p in path.parent.iterdir() if p.is_file() and p.suffix != ".lock"}

    # The vault is open in this process: another program must not swap it.
    in_use = start(passphrase, "restore", "--vault", path, "--from", folder)
    damaged = start(passphrase, "restore", "--vault", path, "--from", bad)
    missing = start(passphrase, "restore", "--vault", path, "--from", nomanifest)
    code, out, err = done(in_use)
    assert code == 1 and "déjà ouvert" in err
    code, out, err = done(damaged)
    assert code == 1 and "endommagé" in err
    code, out, err = done(missing)
    assert code == 2 and "manifeste de sauvegarde illisible" in err
    v.lock()
    after = {p.name: sha256(p) for p in path.parent.iterdir() if p.is_file() and p.suffix != ".lock"}
    assert after == before


def test_missing_vault_is_a_clear_error(tmp_path, passphrase):
    code, out, err = cli(passphrase, "backup", "--vault", tmp_path / "absent.vault", "--to", tmp_path / "usb")
    assert code == 1 and "Aucun coffre Vigie n'existe à cet emplacement" in err
    assert not (tmp_path / "usb").exists() or not list((tmp_path / "usb").iterdir())
