"""The headless commands, run as a user would: ``python main.py ...`` in a child process."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import pytest

from core.paths import keyfile_path
from tests.conftest import PASSPHRASE, ROOT
from tests.core.conftest import file_state, subprocess_env

CODE = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}\b")


def run(*args: str, passphrase: str | None = PASSPHRASE, extra_python: tuple[str, ...] = ()):
    env = subprocess_env(**({"VIGIE_PASSPHRASE": passphrase} if passphrase is not None else {}))
    return subprocess.run(
        [sys.executable, *extra_python, "main.py", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_version_matches_pyproject():
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    result = run("--version", passphrase=None)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Vigie {expected}"


def test_create_check_and_refuse_second_create(tmp_path):
    path = tmp_path / "cli" / "cabinet.vault"
    created = run("vault", "create", "--vault", str(path), "--name", "Cabinet CLI")
    assert created.returncode == 0, created.stderr
    codes = CODE.findall(created.stdout)
    assert len(codes) == 1, created.stdout
    assert PASSPHRASE not in created.stdout + created.stderr
    assert path.is_file() and keyfile_path(path).is_file()

    before, key_before = file_state(path), file_state(keyfile_path(path))
    again = run("vault", "create", "--vault", str(path))
    assert again.returncode == 1
    assert "existe déjà" in again.stderr
    assert "Traceback" not in again.stderr
    assert file_state(path) == before and file_state(keyfile_path(path)) == key_before

    checked = run("vault", "check", "--vault", str(path))
    assert checked.returncode == 0, checked.stderr
    assert "Coffre sain" in checked.stdout

    # The printed recovery code really opens the vault.
    from core.vault import Vault

    Vault.unlock_with_recovery_code(path, codes[0]).lock()


@pytest.fixture
def cli_vault(tmp_path, practice):
    """A closed vault made in-process (the CLI creation itself is tested above), to keep the suite quick."""
    from core.services.setup import create_vault

    path = tmp_path / "cli" / "cabinet.vault"
    vault, _code = create_vault(path, PASSPHRASE, practice)
    vault.lock()
    return path


def test_check_wrong_passphrase(cli_vault):
    before = file_state(cli_vault)
    result = run("vault", "check", "--vault", str(cli_vault), passphrase="pas la bonne phrase")
    assert result.returncode == 1
    assert "Phrase de passe incorrecte" in result.stderr
    assert "Traceback" not in result.stderr
    assert file_state(cli_vault) == before


def test_check_corrupt_file(cli_vault):
    from core.vault import Vault
    from tests.core.conftest import fill_meta

    with Vault.unlock_with_passphrase(cli_vault, PASSPHRASE) as vault:
        fill_meta(vault)
    data = bytearray(cli_vault.read_bytes())
    data[7 * 4096 + 1234] ^= 0x40
    cli_vault.write_bytes(bytes(data))
    result = run("vault", "check", "--vault", str(cli_vault))
    assert result.returncode == 1
    assert "endommagé" in result.stderr
    assert "HMAC" in result.stderr and "page 8" in result.stderr
    assert "Phrase de passe incorrecte" not in result.stderr
    assert "Traceback" not in result.stderr


def test_check_corrupt_first_page(cli_vault):
    data = bytearray(cli_vault.read_bytes())
    data[100] ^= 0x01
    cli_vault.write_bytes(bytes(data))
    result = run("vault", "check", "--vault", str(cli_vault))
    assert result.returncode == 1
    assert "endommagé" in result.stderr and "La clé est correcte" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_missing_vault_and_vault_in_use(cli_vault, tmp_path):
    result = run("vault", "check", "--vault", str(tmp_path / "absent.vault"))
    assert result.returncode == 1
    assert "Aucun coffre" in result.stderr

    from core.vault import Vault

    with Vault.unlock_with_passphrase(cli_vault, PASSPHRASE):
        busy = run("vault", "check", "--vault", str(cli_vault))
    assert busy.returncode == 1
    assert "déjà ouvert" in busy.stderr
    assert run("vault", "check", "--vault", str(cli_vault)).returncode == 0


def test_check_too_new(cli_vault):
    from core.storage.migrate import latest_version
    from core.vault import Vault

    with Vault.unlock_with_passphrase(cli_vault, PASSPHRASE) as vault, vault.transaction() as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    result = run("vault", "check", "--vault", str(cli_vault))
    assert result.returncode == 1
    assert "plus récente" in result.stderr


def test_create_refuses_a_weak_passphrase(tmp_path):
    path = tmp_path / "weak.vault"
    result = run("vault", "create", "--vault", str(path), passphrase="azerty")
    assert result.returncode == 1
    assert "trop faible" in result.stderr
    assert not path.exists() and not keyfile_path(path).exists()


def test_no_passphrase_and_no_terminal_is_a_clear_refusal(tmp_path):
    result = run("vault", "check", "--vault", str(tmp_path / "x.vault"), passphrase=None)
    assert result.returncode != 0
    assert "VIGIE_PASSPHRASE" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_vault_passes_check(tmp_path):
    path = tmp_path / "demo" / "demo.vault"
    made = run("demo", "--vault", str(path))
    assert made.returncode == 0, made.stderr
    assert CODE.search(made.stdout)
    checked = run("vault", "check", "--vault", str(path))
    assert checked.returncode == 0, checked.stderr

    from core.services.practice import PracticeService
    from core.vault import Vault

    with Vault.unlock_with_passphrase(path, PASSPHRASE) as vault:
        assert "démo" in PracticeService(vault).get().name


def test_headless_commands_never_import_qt(cli_vault):
    result = run("vault", "check", "--vault", str(cli_vault), extra_python=("-X", "importtime"))
    assert result.returncode == 0, result.stderr[-2000:]
    imported = [
        line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "import time:" in line
    ]
    assert any(name.startswith("sqlcipher3") for name in imported), "importtime output not understood"
    qt = [name for name in imported if name.split(".")[0] in ("PySide6", "shiboken6", "gui")]
    assert not qt, qt


def test_importing_the_cli_pulls_no_qt():
    code = (
        "import sys, core.cli, core.vault, core.services.setup, core.demo\n"
        "core.cli.build_parser()\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'gui'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "argv,headless",
    [
        ([], False),
        (["--vault", "x.vault"], False),
        (["--vault=x.vault", "--lang", "en"], False),
        (["--lang=fr"], False),
        (["--version"], True),
        (["vault", "check"], True),
        (["--vault", "x.vault", "vault", "check"], True),
        (["demo", "--vault", "x"], True),
    ],
)
def test_is_headless(argv, headless):
    from core.cli import is_headless

    assert is_headless(argv) is headless


def test_cli_main_in_process_maps_errors_to_exit_codes(tmp_path, monkeypatch, capsys):
    import logging

    from core.cli import main

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level  # main() installs its console handler: undo it after
    try:
        monkeypatch.setenv("VIGIE_PASSPHRASE", "pas la bonne")
        assert main(["vault", "check", "--vault", str(tmp_path / "absent.vault")]) == 1
        assert "Aucun coffre" in capsys.readouterr().err
        assert main([]) == 2
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


@pytest.mark.parametrize(
    "weak", ["Docteur2024!", "Medecin-Lyon-2024", "Cabinet2024!", "Cabinet CLI Lyon 2024"]
)
def test_create_refuses_common_words_and_the_practice_words(tmp_path, weak):
    path = tmp_path / "weak.vault"
    result = run("vault", "create", "--vault", str(path), "--name", "Cabinet CLI", passphrase=weak)
    assert result.returncode == 1 and "trop faible" in result.stderr, result.stderr
    assert not path.exists()


def _run_env(*args: str, **env: str):
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=subprocess_env(**env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_passwd_and_recover(tmp_path, practice):
    from core.services.setup import create_vault
    from core.vault import Vault

    path = tmp_path / "cli" / "cabinet.vault"
    vault, code = create_vault(path, PASSPHRASE, practice)
    vault.lock()
    weak = _run_env(
        "vault", "passwd", "--vault", str(path), VIGIE_PASSPHRASE=PASSPHRASE, VIGIE_NEW_PASSPHRASE="a"
    )
    assert weak.returncode == 1 and "trop faible" in weak.stderr
    wrong = _run_env(
        "vault",
        "passwd",
        "--vault",
        str(path),
        VIGIE_PASSPHRASE="pas la bonne",
        VIGIE_NEW_PASSPHRASE="x" * 20,
    )
    assert wrong.returncode == 1 and "code de secours" in wrong.stderr  # points to the way out
    new = "girafe parapluie tambour velours"
    changed = _run_env(
        "vault", "passwd", "--vault", str(path), VIGIE_PASSPHRASE=PASSPHRASE, VIGIE_NEW_PASSPHRASE=new
    )
    assert changed.returncode == 0, changed.stderr
    Vault.unlock_with_passphrase(path, new).lock()
    third = "horloge citron montagne violon"
    recovered = _run_env(
        "vault", "recover", "--vault", str(path), VIGIE_RECOVERY_CODE=code.lower(), VIGIE_NEW_PASSPHRASE=third
    )
    assert recovered.returncode == 0, recovered.stderr
    Vault.unlock_with_passphrase(path, third).lock()
    bad_code = _run_env(
        "vault", "recover", "--vault", str(path), VIGIE_RECOVERY_CODE="AAAA" * 8, VIGIE_NEW_PASSPHRASE=new
    )
    assert bad_code.returncode == 1 and "Code de secours incorrect" in bad_code.stderr


def test_check_reports_a_damaged_recovery_slot_without_the_code(cli_vault):
    kf = keyfile_path(cli_vault)
    raw = bytearray(kf.read_bytes())
    raw[raw.index(b'"sealed"', raw.index(b'"recovery": {')) + 13] ^= 1
    kf.write_bytes(bytes(raw))
    checked = run("vault", "check", "--vault", str(cli_vault))
    assert checked.returncode == 1
    assert "code de secours" in checked.stderr and "endommagé" in checked.stderr
    verified = run("verify", "--vault", str(cli_vault))
    assert verified.returncode == 1 and "code de secours" in verified.stderr


def test_verify_speaks_english_on_request_and_keeps_its_french_default(cli_vault):
    import json

    french = run("verify", "--vault", str(cli_vault))
    assert french.returncode == 0, french.stderr
    sound = re.fullmatch(
        r"Coffre sain : intégrité vérifiée, journal intact \((\d+) entrées?, tête n° (\d+) · ([0-9a-f]{16})\), "
        r"enregistrements probants conformes au journal, fichier de clés intact\.\n",
        french.stdout,
    )
    assert sound, french.stdout
    assert run("verify", "--vault", str(cli_vault), "--lang", "fr").stdout == french.stdout
    english = run("verify", "--vault", str(cli_vault), "--lang", "en")
    assert english.returncode == 0, english.stderr
    count, seq, digest = sound.groups()
    entries = "entry" if count == "1" else "entries"
    assert english.stdout == (
        f"Vault sound: integrity checked, journal intact ({count} {entries}, head no. {seq} · {digest}), "
        "evidential records match the journal, key file intact.\n"
    )
    as_json = run("verify", "--vault", str(cli_vault), "--json")
    assert as_json.returncode == 0, as_json.stderr
    doc = json.loads(as_json.stdout)
    assert doc["format"] == "vigie.verify/1" and doc["sound"] is True and doc["lang"] == "fr"
    assert doc["journal"]["entries"] == int(count) and doc["journal"]["head"]["hash"].startswith(digest)
    assert doc["summary"] + "\n" == french.stdout and doc["reasons"] == []


def test_verify_names_a_removed_protection_in_either_language(cli_vault):
    import json

    from core.vault import Vault
    from tests.core.reliability import raw_connection

    vault = Vault.unlock_with_passphrase(cli_vault, PASSPHRASE)
    dek = vault.with_dek()
    vault.lock()
    with raw_connection(cli_vault, dek) as conn:
        conn.execute("DROP TRIGGER ledger_no_update")
    french = run("verify", "--vault", str(cli_vault))
    assert french.returncode == 1 and french.stdout == ""
    assert french.stderr == (
        "Le coffre n'est pas sain :\n- protections : protection « ledger_no_update » supprimée de la base\n"
    )
    english = run("verify", "--vault", str(cli_vault), "--lang", "en")
    assert english.returncode == 1
    assert english.stderr == (
        "The vault is not sound:\n- protections: protection \u201cledger_no_update\u201d removed from the database\n"
    )
    as_json = run("verify", "--vault", str(cli_vault), "--json", "--lang", "en")
    assert as_json.returncode == 1
    doc = json.loads(as_json.stdout)
    assert doc["sound"] is False and doc["summary"] == "The vault is not sound:"
    assert doc["reasons"] == [
        {
            "part": "protections",
            "code": "record.missing_trigger",
            "params": {"name": "ledger_no_update"},
            "text": "protections: protection \u201cledger_no_update\u201d removed from the database",
        }
    ]
