#!/usr/bin/env python3
"""Vigie benchmark: prints a table of figures (medians of several runs) with their floors and goals.

    .venv/bin/python bench/run.py [--runs N] [--skip-large]

Not part of the pass/fail suite: machines differ. Each figure is compared with a floor measured in the same
run (a bare PySide6 window, ``python -c pass``, plain SQLite) where one exists, as the issue asks.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PY = sys.executable
PASSPHRASE = "banc d'essai phrase de passe solide"


@dataclass
class Row:
    what: str
    value: str
    floor: str = ""
    ratio: str = ""
    goal: str = ""
    verdict: str = ""


ROWS: list[Row] = []


def median_of(fn: Callable[[], float], runs: int) -> float:
    return statistics.median(fn() for _ in range(runs))


def medians_interleaved(
    value: Callable[[], float], floor: Callable[[], float], runs: int
) -> tuple[float, float]:
    """Medians of a figure and of its floor measured in turn, so that a busy spell on a shared machine weighs on
    both alike rather than on whichever happened to run then."""
    values, floors = [], []
    for _ in range(runs):
        floors.append(floor())
        values.append(value())
    return statistics.median(values), statistics.median(floors)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def add(
    what: str,
    value: float,
    *,
    floor: float | None = None,
    goal_ratio: float | None = None,
    goal_abs: float | None = None,
    unit: Callable[[float], str] = ms,
) -> None:
    row = Row(what, unit(value))
    if floor is not None:
        row.floor = unit(floor)
        ratio = value / floor if floor else float("inf")
        row.ratio = f"{ratio:.2f}×"
        if goal_ratio is not None:
            row.goal = f"≤ {goal_ratio}×"
            row.verdict = "ok" if ratio <= goal_ratio else "MISSED"
    if goal_abs is not None:
        row.goal = f"≤ {unit(goal_abs)}"
        row.verdict = "ok" if value <= goal_abs else "MISSED"
    ROWS.append(row)
    print(f"  {what}: {row.value} {row.ratio}", flush=True)


def child_env(home: Path) -> dict[str, str]:
    """The measured processes' environment: real key derivation, and Python's bytecode cache on (in a folder of
    the run: nothing is written into the project), as in an installed copy — a development shell may turn it off
    (``PYTHONDONTWRITEBYTECODE``), which would time the compiling of every module instead of the program."""
    skip = {"PYTHONDONTWRITEBYTECODE"}  # production key derivation: the app has no switch to make it cheaper
    env = {k: v for k, v in os.environ.items() if k not in skip}
    env.update(
        {
            "PYTHONPYCACHEPREFIX": str(home / "pycache"),
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "VIGIE_PASSPHRASE": PASSPHRASE,
        }
    )
    return env


# --- cold start ---------------------------------------------------------------------------------------------
BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel("bare"); w.resize(500, 300); w.show()
from PySide6.QtCore import QTimer
def check():
    if w.isVisible():
        print(f"VIGIE_SHOWN {time.perf_counter():.6f}", flush=True); import os; os._exit(0)
    QTimer.singleShot(5, check)
QTimer.singleShot(0, check)
app.exec()
"""


def time_to_shown(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    for line in out.stdout.splitlines():
        if line.startswith("VIGIE_SHOWN "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"window never shown: {out.stderr[-500:]}")


def bench_cold_start(home: Path, vault: Path, runs: int) -> None:
    env = child_env(home)
    env_app = {**env, "VIGIE_BENCH_EXIT_WHEN_SHOWN": "1"}
    time_to_shown([PY, "main.py", "--vault", str(vault)], env_app)  # fills the bytecode cache (not measured)
    time_to_shown([PY, "-c", BARE_WINDOW], env)
    unlock, bare = medians_interleaved(
        lambda: time_to_shown([PY, "main.py", "--vault", str(vault)], env_app),
        lambda: time_to_shown([PY, "-c", BARE_WINDOW], env),
        runs,
    )
    add("cold start → unlock window visible", unlock, floor=bare, goal_ratio=1.3)


# --- headless commands ----------------------------------------------------------------------------------------
def wall(args: list[str], env: dict[str, str], stdin: str | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        args, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT, input=stdin, check=True
    )
    return time.perf_counter() - start


# The floor of a headless command: Python starting and importing what any small JSON command line needs.
MINIMAL_CLI = "import argparse, json, dataclasses, zoneinfo; zoneinfo.ZoneInfo('Europe/Paris')"


def bench_assess(home: Path, runs: int) -> None:
    env = child_env(home)
    help_text = subprocess.run(
        [PY, "main.py", "--help"], env=env, capture_output=True, text=True, cwd=ROOT
    ).stdout
    if "assess" not in help_text:
        print("  (assess: command not available in this build)")
        return
    sample = ROOT / "installer" / "sample-facts.json"
    if not sample.exists():
        candidates = sorted((ROOT / "docs").rglob("*.json"))
        sample = next((c for c in candidates if "schema" not in c.name), None)  # type: ignore[assignment]
    if sample is None:
        print("  (assess: no sample facts file found)")
        return
    wall([PY, "main.py", "assess", str(sample)], env)  # fills the bytecode cache (not measured)
    value, floor = medians_interleaved(
        lambda: wall([PY, "main.py", "assess", str(sample)], env), lambda: wall([PY, "-c", MINIMAL_CLI], env), runs
    )
    add("assess (end to end) vs a minimal CLI", value, floor=floor, goal_ratio=1.5)
    probe = subprocess.run(
        [PY, "-c", "import sys, core.cli as c; c.build_parser(); print('PySide6' in sys.modules)"],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.strip()
    ROWS.append(
        Row("assess imports Qt?", probe, goal="False", verdict="ok" if probe == "False" else "MISSED")
    )


# --- unlock and the populated main window --------------------------------------------------------------------
UNLOCK_SCRIPT = """
import sys, time, resource, json
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from core.vault import Vault
from core.settings import AppSettings
from gui.context import AppContext
from gui.main_window import MainWindow
from gui.workers import Worker
t0 = time.perf_counter()
vault = Vault.unlock_with_passphrase(Path({vault!r}), {passphrase!r})
t1 = time.perf_counter()
window = MainWindow(AppContext(vault=vault, worker=Worker(), settings=AppSettings()))
window.show()
app.processEvents()
t2 = time.perf_counter()
extra = {{}}
s = time.perf_counter()
page = window.show_section("incidents")  # the page's own widgets, as a user drives them (no benchmark hooks)
while page.loading or window.ctx.worker.busy:
    app.processEvents(); time.sleep(0.002)
app.processEvents(); extra["incidents"] = time.perf_counter() - s
times = []
for text in ["v", "vo", "vol", "vol ", "vol d", "ordi", "o", ""]:
    s = time.perf_counter(); page.search.setText(text); app.processEvents(); times.append(time.perf_counter() - s)
extra["filter"] = sorted(times)[len(times) // 2]
from PySide6.QtCore import Qt
header = page.table.horizontalHeader()
s = time.perf_counter(); header.setSortIndicator(1, Qt.SortOrder.DescendingOrder); app.processEvents()
extra["sort"] = time.perf_counter() - s
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
now_kb = int([l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1])
print(json.dumps({{"unlock": t1 - t0, "window": t2 - t1, "rss_kb": rss, "now_kb": now_kb, **extra}}))
vault.lock()
"""

BARE_RSS = """
import resource, json
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 780); w.show(); app.processEvents()
now_kb = int([l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1])
print(json.dumps({"rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "now_kb": now_kb}))
"""


def run_json(code: str, env: dict[str, str]) -> dict:
    import json

    out = subprocess.run([PY, "-c", code], env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_unlock(home: Path, large: Path, runs: int) -> None:
    env = child_env(home)
    results = [
        run_json(UNLOCK_SCRIPT.format(root=str(ROOT), vault=str(large), passphrase=PASSPHRASE), env)
        for _ in range(runs)
    ]
    kdf = statistics.median(r["unlock"] for r in results)
    window = statistics.median(r["window"] for r in results)
    add("unlock: key derivation + open (large vault)", kdf, unit=ms)
    add("populated main window after unlock (large vault)", window, goal_abs=0.5)
    if "incidents" in results[0]:
        add(
            "incident list shown, 10,000 rows loaded (large vault)",
            statistics.median(r["incidents"] for r in results),
        )
    if "filter" in results[0]:
        add(
            "incident list: filter per keystroke (large vault)",
            statistics.median(r["filter"] for r in results),
            goal_abs=0.05,
        )
        add("incident list: sort (large vault)", statistics.median(r["sort"] for r in results), goal_abs=0.05)
    bare_runs = [run_json(BARE_RSS, env) for _ in range(runs)]
    for label, key, note in (
        ("memory after unlock, large vault vs bare window", "now_kb", ""),
        ("peak memory, large vault vs bare window", "rss_kb", " (scrypt's 128 MiB by design)"),
    ):
        bare = statistics.median(r[key] for r in bare_runs)
        value = statistics.median(r[key] for r in results)
        delta_mb = (value - bare) / 1024
        ROWS.append(
            Row(
                label + note,
                f"{value / 1024:.0f} MB",
                f"{bare / 1024:.0f} MB",
                f"+{delta_mb:.0f} MB",
                "≤ +80 MB",
                "ok" if delta_mb <= 80 else "MISSED",
            )
        )
        print(f"  {label}: +{delta_mb:.0f} MB", flush=True)


# --- encryption overhead --------------------------------------------------------------------------------------
def bench_encryption(runs: int) -> None:
    """The same queries on the same data, encrypted (the app's own connection: ``core.storage.db.connect``) and
    plain (stdlib sqlite3 with the same pragmas, page cache size included, so only the encryption differs).

    Two figures: warm (the connection has read the table before, as the app's long-lived connection has) and
    cold (a fresh connection per run: every page read is decrypted and its HMAC checked).
    """
    import secrets
    import sqlite3

    from core.storage import db

    tmp = Path(tempfile.mkdtemp(prefix="vigie-bench-"))
    try:
        key = secrets.token_bytes(32)
        enc = db.connect(tmp / "enc.db", key)
        pragmas = [p for p in db.PRAGMAS if not p.startswith(("fullfsync", "checkpoint_fullfsync"))]
        pragmas.append(f"cache_size = {enc.execute('PRAGMA cache_size').fetchone()[0]}")

        def open_plain() -> sqlite3.Connection:
            conn = sqlite3.connect(tmp / "plain.db", isolation_level=None)
            for pragma in pragmas:
                conn.execute("PRAGMA " + pragma)
            return conn

        plain = open_plain()
        schema = (
            "CREATE TABLE ev (id INTEGER PRIMARY KEY, incident INTEGER, at TEXT, kind TEXT, note TEXT)",
            "CREATE INDEX ev_inc ON ev(incident)",
        )
        rows = [
            (
                i,
                i // 5,
                f"2026-01-{1 + i % 28:02d}T10:00:00+00:00",
                ("appel", "mail", "note")[i % 3],
                "texte " * 20,
            )
            for i in range(50_000)
        ]
        for conn in (enc, plain):
            for stmt in schema:
                conn.execute(stmt)
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO ev VALUES (?, ?, ?, ?, ?)", rows)
            conn.execute("COMMIT")
            conn.close()

        def queries(conn) -> float:  # noqa: ANN001 - either driver
            start = time.perf_counter()
            conn.execute("SELECT kind, count(*) FROM ev GROUP BY kind").fetchall()
            conn.execute("SELECT * FROM ev WHERE note LIKE '%xyz%'").fetchall()
            for i in range(0, 10_000, 50):
                conn.execute("SELECT * FROM ev WHERE incident = ?", (i,)).fetchall()
            conn.execute("SELECT * FROM ev ORDER BY at DESC LIMIT 200").fetchall()
            return time.perf_counter() - start

        openers = {"enc": lambda: db.connect(tmp / "enc.db", key), "plain": open_plain}
        warm: dict[str, list[float]] = {"enc": [], "plain": []}
        cold: dict[str, list[float]] = {"enc": [], "plain": []}
        live = {name: opener() for name, opener in openers.items()}
        for conn in live.values():
            queries(conn)  # the long-lived connection has read these pages before
        for _ in range(runs):  # interleaved, so that the noise of a shared machine hits both alike
            for name, opener in openers.items():
                warm[name].append(queries(live[name]))
                fresh = opener()
                cold[name].append(queries(fresh))
                fresh.close()
        for conn in live.values():
            conn.close()
        cache_mb = -int(pragmas[-1].split("=")[1]) / 1024
        add(
            f"SQLCipher vs plain SQLite, same queries (50,000 rows, {cache_mb:.0f} MiB page cache)",
            statistics.median(warm["enc"]),
            floor=statistics.median(warm["plain"]),
            goal_ratio=1.5,
        )
        add(
            "SQLCipher vs plain SQLite, cold (fresh connection)",
            statistics.median(cold["enc"]),
            floor=statistics.median(cold["plain"]),
            goal_ratio=1.5,
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --- PDFs -----------------------------------------------------------------------------------------------------
def bench_pdfs(home: Path, small: Path, large: Path, runs: int) -> None:
    env = child_env(home)
    help_text = subprocess.run(
        [PY, "main.py", "--help"], env=env, capture_output=True, text=True, cwd=ROOT
    ).stdout
    out = Path(tempfile.mkdtemp(prefix="vigie-bench-pdf-"))
    try:
        script = PDF_SCRIPT.format(
            root=str(ROOT), small=str(small), large=str(large), passphrase=PASSPHRASE, out=str(out), runs=runs
        )
        if "incident" not in help_text and "register" not in help_text:
            print("  (PDFs: register / incident commands not available in this build)")
            return
        figures = run_json(script, env)
        if "dossier" in figures:
            add("PDF: CNIL notification dossier", figures["dossier"], goal_abs=0.3)
        if "register" in figures:
            add(f"PDF: register of {figures['register_n']} activities", figures["register"], goal_abs=1.5)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def bench_letters(home: Path, small: Path, runs: int) -> None:
    """``incident letter --recipients`` with 3,000 patients, end to end (start, unlock, read the CSV, one PDF of
    3,000 personalised letters, the e-mail CSV, the journal entry). Goal from the issue: under 10 s."""
    import json

    env = child_env(home)
    listing = subprocess.run(
        [PY, "main.py", "incident", "list", "--vault", str(small), "--json", "--status", "open"],
        env=env, capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    if listing.returncode != 0 or not json.loads(listing.stdout or "[]"):
        print("  (letters: no open incident in the demo vault)")
        return
    incident = str(json.loads(listing.stdout)[0]["id"])
    out = Path(tempfile.mkdtemp(prefix="vigie-bench-letters-"))
    try:
        rows = ["Civilité;Nom;Prénom;Adresse;Code postal;Ville;E-mail"]
        rows += [
            f"{('Mme', 'M.', '')[i % 3]};Patient{i};Prénom{i};{i} rue des Lilas;{69001 + i % 9};Lyon;"
            + (f"p{i}@exemple.fr" if i % 2 else "")
            for i in range(3000)
        ]
        (out / "patients.csv").write_text("\n".join(rows) + "\n", "utf-8")
        args = [PY, "main.py", "incident", "letter", "--vault", str(small), "--incident", incident,
                "--out", str(out / "lettres.pdf"), "--recipients", str(out / "patients.csv")]  # fmt: skip
        add("3,000 personalised letters (CLI, end to end)", median_of(lambda: wall(args, env), max(1, runs // 2)),
            goal_abs=10.0, unit=lambda v: f"{v:.1f} s")  # fmt: skip
    finally:
        shutil.rmtree(out, ignore_errors=True)


PDF_SCRIPT = """
import sys, time, json, statistics, io
sys.path.insert(0, {root!r})
from pathlib import Path
from core.vault import Vault
result = {{}}
try:
    from bench.pdf_probes import dossier_probe, register_probe
except ImportError:
    dossier_probe = register_probe = None
small = Vault.unlock_with_passphrase(Path({small!r}), {passphrase!r})
if dossier_probe:
    t = []
    for _ in range({runs}):
        s = time.perf_counter(); ok = dossier_probe(small, io.BytesIO()); t.append(time.perf_counter() - s)
    if ok: result["dossier"] = statistics.median(t)
small.lock()
large = Vault.unlock_with_passphrase(Path({large!r}), {passphrase!r})
if register_probe:
    t = []
    for _ in range(max(1, {runs} // 2)):
        s = time.perf_counter(); n = register_probe(large, io.BytesIO(), 200); t.append(time.perf_counter() - s)
    if n: result["register"] = statistics.median(t); result["register_n"] = n
large.lock()
print(json.dumps(result))
"""


# --- stall probe: the GUI thread during scripted user actions -----------------------------------------------------
STALL_GOAL = 0.05


def bench_stalls(home: Path, large: Path, runs: int) -> list[tuple[str, float]]:
    """``runs`` runs of bench/stall_probe.py, each on a fresh copy of the large vault (it writes: a template, a
    backup, an incident); per action, the median of the runs' longest stalls (one run moves by tens of ms on a
    shared machine)."""
    results = [_stall_run(home, large) for _ in range(runs)]
    names = [name for name, _ in results[0]]
    return [(name, statistics.median(run[i][1] for run in results)) for i, name in enumerate(names)]


def _stall_run(home: Path, large: Path) -> list[tuple[str, float]]:
    import json

    env = child_env(home)
    work = Path(tempfile.mkdtemp(prefix="vigie-bench-stall-"))
    try:
        copy = work / "large.vault"
        for item in large.parent.iterdir():
            if item.name.startswith(large.name) and item.is_file():
                shutil.copy2(item, work / item.name)
        out = subprocess.run(
            [PY, str(ROOT / "bench" / "stall_probe.py"), str(copy)],
            env=env, capture_output=True, text=True, timeout=1800, cwd=ROOT,
        )
        if out.returncode != 0:
            print(out.stderr[-3000:])
            raise RuntimeError("stall probe failed")
        return [(name, stall) for name, stall in json.loads(out.stdout.strip().splitlines()[-1])]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def print_stalls(stalls: list[tuple[str, float]]) -> None:
    width = max(len(name) for name, _ in stalls)
    print(
        f"\nLongest GUI-thread stall per user action (large vault; 5 ms heartbeat; median of the probe's runs; "
        f"goal ≤ {ms(STALL_GOAL)} each)"
    )
    print(f"{'action'.ljust(width)}  stall   ")
    print("-" * (width + 16))
    for name, stall in stalls:
        print(f"{name.ljust(width)}  {ms(stall).rjust(6)}  {'ok' if stall <= STALL_GOAL else 'MISSED'}")
    name, stall = max(stalls, key=lambda r: r[1])
    print(f"Worst action: {name}: {ms(stall)} ({'ok' if stall <= STALL_GOAL else 'MISSED'})")


# --- main -----------------------------------------------------------------------------------------------------
def bench_exposure(runs: int) -> None:
    """The box's list: 1,000 UPnP rules read from a fake box on 127.0.0.1 (one SOAP call per rule, as on a real
    box), and the import cost of the box client (SSDP + IGD) with its defusedxml parser."""
    from core.exposure import upnp
    from core.exposure.deadline import Deadline
    from tests.core.fake_igd import SERVICE, FakeBox, FakeIgdServer, Mapping

    box = FakeBox(
        mappings=[Mapping(20000 + i, "UDP", "192.168.1.50", 20000 + i, f"r{i}") for i in range(1000)]
    )
    with FakeIgdServer(box) as server:

        def read() -> float:
            start = time.perf_counter()
            listing = upnp.IgdClient(Deadline(60)).port_mappings(server.base + "/ctl/IPConn", SERVICE)
            assert listing.complete and len(listing.mappings) == 1000
            return time.perf_counter() - start

        add(
            "exposure: 1,000 UPnP rules read (loopback fake box)",
            median_of(read, max(1, runs // 2)),
            goal_abs=3.0,
        )
    code = "import time; t = time.perf_counter(); import core.exposure.upnp, core.exposure.ssdp; print(time.perf_counter() - t)"

    def imports() -> float:
        out = subprocess.run([PY, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
        return float(out.stdout.strip())

    add("exposure: import of the box client", median_of(imports, runs), goal_abs=0.1)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--skip-large", action="store_true", help="skip the figures that need the large vault"
    )
    parser.add_argument("--skip-stalls", action="store_true", help="skip the stall probe (large vault)")
    parser.add_argument("--only-stalls", action="store_true", help="only the stall probe")
    parser.add_argument("--stall-runs", type=int, default=5, help="runs of the stall probe (median per action)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="vigie-bench-"))
    home = work / "home"
    home.mkdir()
    env = child_env(home)
    try:
        print(f"Machine: {machine()}", flush=True)
        small, large = work / "small.vault", work / "large.vault"
        print("Building the demo vaults…", flush=True)
        start = time.perf_counter()
        subprocess.run(
            [PY, "main.py", "demo", "--vault", str(small)], env=env, check=True, cwd=ROOT, capture_output=True
        )
        if not args.skip_large:
            subprocess.run(
                [PY, "main.py", "demo", "--size", "large", "--vault", str(large)],
                env=env,
                check=True,
                cwd=ROOT,
                capture_output=True,
            )
        print(f"  (demo vaults built in {time.perf_counter() - start:.1f} s)", flush=True)
        stalls: list[tuple[str, float]] = []
        if not args.only_stalls:
            bench_cold_start(home, small, args.runs)
            bench_assess(home, args.runs)
            if not args.skip_large:
                bench_unlock(home, large, args.runs)
            bench_encryption(args.runs)
            bench_exposure(args.runs)
            if not args.skip_large:
                bench_pdfs(home, small, large, args.runs)
            bench_letters(home, small, args.runs)
        if not args.skip_large and not args.skip_stalls:
            print("Stall probe (scripted user actions)…", flush=True)
            stalls = bench_stalls(home, large, max(1, args.stall_runs))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    header = ("figure", "value", "floor", "ratio", "goal", "")
    widths = [
        max(len(str(getattr(r, f))) for r in ROWS + [Row(*header)])
        for f in ("what", "value", "floor", "ratio", "goal", "verdict")
    ]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    print(line)
    print("-" * len(line))
    for r in ROWS:
        print(
            "  ".join(
                str(v).ljust(w)
                for v, w in zip((r.what, r.value, r.floor, r.ratio, r.goal, r.verdict), widths, strict=True)
            )
        )
    if stalls:
        print_stalls(stalls)
    print(f"\nMedians of {args.runs} runs. Machine: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
