"""``python main.py assess``: JSON on stdout, exit codes, problems on stderr, fast and Qt-free."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.core.breach_helpers import doc

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {
    "is_personal_data_breach",
    "severity",
    "risk",
    "notify_authority",
    "inform_subjects",
    "art34_exemption",
    "deadline",
    "reasons",
}


def run(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], input=data, capture_output=True, cwd=ROOT, timeout=30
    )


USB_KEY = doc(
    nature=["confidentiality"],
    origin="lost_or_stolen_device",
    cause="internal_accidental",
    data_categories=["civil_status", "health"],
    subjects={"categories": ["patients"], "count": 250},
    identifiability="direct",
    protection="none",
    confidentiality={"exposure": "unknown"},
    aware_at="2026-03-27T10:00:00+01:00",
)


def test_assess_a_file(tmp_path: Path) -> None:
    path = tmp_path / "faits.json"
    path.write_text(json.dumps(USB_KEY), encoding="utf-8")
    proc = run("assess", str(path))
    assert proc.returncode == 0, proc.stderr.decode()
    out = json.loads(proc.stdout.decode("utf-8"))
    assert set(out) >= FIELDS
    assert set(out["severity"]) == {"dpc", "ei", "cb", "score", "level"}
    assert out["severity"]["level"] == "very_high"
    assert (out["risk"], out["notify_authority"], out["inform_subjects"]) == ("high", True, True)
    assert out["art34_exemption"] is None
    assert out["deadline"] == "2026-03-30T11:00:00+02:00"
    assert all(isinstance(r, str) for r in out["reasons"]) and len(out["reasons"]) >= 2
    assert proc.stderr == b""


def test_assess_from_standard_input() -> None:
    proc = run("assess", "-", stdin=json.dumps(doc(personal_data=False)))
    assert proc.returncode == 0
    out = json.loads(proc.stdout)
    assert out["is_personal_data_breach"] is False and out["severity"] is None


def test_invalid_input_exit_2_nothing_on_stdout_each_field_on_stderr() -> None:
    bad = doc(nature=["confidentiality", "fire"], confidentiality={"exposure": "everyone"}, colour="red")
    proc = run("assess", "-", stdin=json.dumps(bad))
    assert proc.returncode == 2
    assert proc.stdout == b""
    err = proc.stderr.decode("utf-8")
    for path in ("$.nature[1]", "$.confidentiality.exposure", "$.colour"):
        assert path in err
    assert "Traceback" not in err


def test_malformed_json_and_missing_file(tmp_path: Path) -> None:
    proc = run("assess", "-", stdin="{not json")
    assert proc.returncode == 2 and proc.stdout == b"" and b"JSON" in proc.stderr
    proc = run("assess", str(tmp_path / "absent.json"))
    assert proc.returncode == 2 and proc.stdout == b"" and proc.stderr


def test_assess_is_fast_and_never_loads_qt() -> None:
    code = (
        "import sys, io, json\n"
        f"sys.argv = ['main.py', 'assess', '-']\n"
        f"sys.stdin = io.TextIOWrapper(io.BytesIO({json.dumps(json.dumps(USB_KEY))}.encode()))\n"
        "import main\n"
        "rc = main.main(['assess', '-'])\n"
        "assert rc == 0\n"
        "heavy = ('PySide6', 'gui', 'reportlab', 'sqlcipher3', 'logging', 'typing', 'shutil')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in heavy)\n"
        "print(json.dumps(bad), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=30)
    assert proc.returncode == 0, proc.stderr.decode()
    # Speed is measured by bench/run.py; here only what keeps it fast: no Qt, GUI, reportlab or SQLCipher, and
    # nothing a minimal command line does not import either (logging, typing, shutil: see core/cli.py).
    assert json.loads(proc.stderr.decode().strip().splitlines()[-1]) == []


def test_assess_refuses_an_input_over_one_megabyte_without_reading_it_whole(tmp_path) -> None:
    big = json.dumps(USB_KEY).encode()
    big = big[:-1] + b', "padding": "' + b"x" * (9 * 1024 * 1024) + b'"}'
    path = tmp_path / "big.json"
    path.write_bytes(big)
    for args, stdin in ((["assess", str(path)], None), (["assess", "-"], big)):
        proc = run(*args, stdin=stdin)
        assert proc.returncode == 2 and proc.stdout == b""
        assert "1 Mo au plus" in proc.stderr.decode()
    # Just under the limit is read and parsed (and refused only for what it contains).
    ok = json.dumps(USB_KEY).encode()
    assert run("assess", "-", stdin=ok).returncode == 0


def test_assess_memory_stays_bounded_on_a_huge_stdin() -> None:
    code = (
        "import io, sys, resource\n"
        "sys.stdin = io.TextIOWrapper(io.BytesIO(b'{' + b' ' * (64 * 1024 * 1024)))\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "from core.commands.assess import _read\n"
        "try:\n    _read('-')\nexcept Exception as exc:\n    print(type(exc).__name__)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=60, text=True)
    name, grown_kib = proc.stdout.split()
    assert name == "InvalidInput" and int(grown_kib) < 16 * 1024, proc.stderr
