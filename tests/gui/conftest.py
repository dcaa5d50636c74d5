"""GUI fixtures: offscreen Qt, a worker, and helpers to wait for background work without sleeping blindly."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _french_locale():
    """The app's default language is French and ``gui/i18n.py`` sets the matching default locale."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield


@pytest.fixture(scope="session", autouse=True)
def _french_plurals(qapp):
    """As the app does in French: Qt picks "1 traitement" / "2 traitements" from the French catalogue."""
    import sys
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import i18n

    i18n.build()
    translator = QTranslator()
    assert translator.load(str(i18n.FR_QM_FILE))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _first_run_quits_without_asking(monkeypatch):
    """Closing a first-run wizard with typed text asks first (a modal box); tests that check it set
    ``wizard.ask_quit`` themselves, the others must not block on it at teardown."""
    from gui.wizards.first_run import FirstRunWizard

    monkeypatch.setattr(FirstRunWizard, "ask_quit", lambda self: True)


@pytest.fixture
def worker(qtbot):
    from gui.workers import Worker

    w = Worker()
    yield w
    w.shutdown()


@pytest.fixture
def on_worker():
    """Run a worker-side function (a dashboard card provider, an op's ``fn``) off the GUI thread, as the app does."""
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-worker")

    def run(fn, *args):  # noqa: ANN001, ANN202
        return pool.submit(fn, *args).result()

    yield run
    pool.shutdown(wait=True)


@pytest.fixture
def app_settings():
    from core.settings import AppSettings

    return AppSettings(language="fr")


# --- the GUI thread never waits on the database ------------------------------------------------------------------
# Every statement a vault connection runs on the main (GUI) thread from a frame inside gui/ fails the test: the GUI
# calls core through ``gui.ops.op`` (worker thread). Test code may still query directly (no gui/ frame). Modules
# below are the explicit, shrinking list of screens not yet converted (module -> why).
GUI_THREAD_ALLOWED: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _no_queries_on_gui_thread():
    import sys
    import threading
    from pathlib import Path

    from core.storage import thread_guard

    root = Path(__file__).resolve().parents[2]
    gui_dir, tests_dir = str(root / "gui") + "/", str(root / "tests") + "/"
    violations: list[str] = []

    def observer(sql: str) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        frame = sys._getframe(1)
        while frame is not None:
            filename = frame.f_code.co_filename
            if filename.startswith(tests_dir):  # a test's own stub, even when the GUI called it back
                return
            if filename.startswith(gui_dir):
                module = "gui/" + filename[len(gui_dir) :]
                if module not in GUI_THREAD_ALLOWED:
                    violations.append(f"{module}:{frame.f_lineno} ({frame.f_code.co_name}): {sql[:70]!r}")
                return
            frame = frame.f_back

    thread_guard.install(observer)
    yield violations
    thread_guard.install(None)
    if violations:
        unique = list(dict.fromkeys(violations))
        pytest.fail(
            f"{len(unique)} database statement(s) ran on the GUI thread (use gui.ops.op):\n" + "\n".join(unique[:20])
        )
