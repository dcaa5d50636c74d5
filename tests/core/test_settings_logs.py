"""Pre-unlock settings file, log redaction, process hygiene."""

from __future__ import annotations

import json
import logging
import os
import sys

import pytest

from core import logs, settings


def test_settings_round_trip_under_the_isolated_config_dir():
    assert settings.load() == settings.AppSettings()
    custom = settings.AppSettings(language="en", vault_path="/tmp/x.vault", autolock_minutes=30)
    settings.save(custom)
    assert settings.settings_file().is_relative_to(os.environ["HOME"])
    assert settings.load() == custom
    assert not list(settings.settings_file().parent.glob("*.part"))


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"[1, 2]",
        b"\xff\xfe",
        json.dumps({"language": "de", "vault_path": 3, "autolock_minutes": 0}).encode(),
        json.dumps({"autolock_minutes": 100000}).encode(),
    ],
)
def test_bad_settings_file_gives_defaults(content):
    path = settings.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    loaded = settings.load()
    assert loaded.language == "fr"
    assert loaded.vault_path == ""
    assert loaded.autolock_minutes == 10


def test_redaction_of_secrets_and_personal_data():
    key_hex = os.urandom(32).hex()
    text = logs.redact(
        f"key={key_hex} mail=claire.martin@exemple.fr tel=06 12 34 56 78 nir=2 84 05 75 123 456 78 "
        "code=ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    )
    for secret in (key_hex, "claire.martin@exemple.fr", "06 12 34 56 78", "123 456", "ABCD-EFGH"):
        assert secret not in text, text


def test_redacting_filter_scrubs_args_and_exceptions():
    key_hex = os.urandom(32).hex()
    record = logging.LogRecord("t", logging.ERROR, __file__, 1, "opened with %s", (key_hex,), None)
    try:
        raise ValueError(f"secret {key_hex}")
    except ValueError:
        record.exc_info = sys.exc_info()
    assert logs.RedactingFilter().filter(record)
    formatted = logging.Formatter("%(message)s").format(record)
    assert key_hex not in formatted
    assert "ValueError" in formatted


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux rlimit/prctl")
def test_harden_process_disables_core_dumps():
    import subprocess

    from tests.conftest import ROOT

    code = (
        "import resource, ctypes\n"
        "from core.hygiene import harden_process\n"
        "harden_process()\n"
        "assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)\n"
        "assert ctypes.CDLL(None).prctl(3, 0, 0, 0, 0) == 0\n"  # PR_GET_DUMPABLE
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_redaction_of_recovery_codes_in_every_accepted_form():
    from core import crypto

    code = crypto.new_recovery_code()
    plain = code.replace("-", "")
    lookalike = plain.replace("O", "0").replace("I", "1").replace("B", "8")
    for form in (
        code,
        code.lower(),
        plain,
        plain.lower(),
        " ".join(plain[i : i + 4] for i in range(0, 32, 4)),
        lookalike.lower(),
    ):
        assert crypto.normalize_recovery_code(form) == plain  # the app accepts it...
        redacted = logs.redact(f"code typed: {form} (end)")
        assert plain[:8].lower() not in redacted.lower().replace(" ", "").replace("-", ""), redacted
        assert "[code]" in redacted
    # Ordinary prose and identifiers stay readable.
    assert logs.redact("vault opened, schema 7, 3 pages") == "vault opened, schema 7, 3 pages"
