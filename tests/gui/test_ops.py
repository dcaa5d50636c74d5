"""``gui.ops.op``: work on the worker, results only to living screens, one change signal, and the guard itself."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from gui import ops
from gui.context import AppContext


@pytest.fixture
def ctx(qtbot, vault, worker, app_settings):
    return AppContext(vault=vault, worker=worker, settings=app_settings)


class Page(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx


def test_fn_runs_on_the_worker_and_the_result_comes_back_on_the_gui_thread(qtbot, ctx):
    page = Page(ctx)
    qtbot.addWidget(page)
    seen: dict[str, object] = {}

    def fn(services: ops.Services) -> str:
        seen["fn_thread"] = threading.current_thread() is threading.main_thread()
        return services.practice.get().name

    def done(name: str) -> None:
        seen["done_thread"] = threading.current_thread() is threading.main_thread()
        seen["name"] = name

    ops.op(page, fn, done)
    qtbot.waitUntil(lambda: "name" in seen)
    assert seen == {"fn_thread": False, "done_thread": True, "name": "Cabinet test"}


def test_a_result_for_a_closed_page_is_dropped_but_the_change_is_still_announced(qtbot, ctx):
    page = Page(ctx)
    delivered: list[object] = []
    announced: list[frozenset[str]] = []
    ctx.changes.changed.connect(announced.append)
    gate = threading.Event()

    def fn(_services: ops.Services) -> int:
        gate.wait(5)
        return 1

    ops.op(page, fn, delivered.append, changes={ops.INCIDENTS})
    page.deleteLater()
    qtbot.waitUntil(lambda: not _valid(page))
    gate.set()
    qtbot.waitUntil(lambda: announced == [frozenset({ops.INCIDENTS})])
    assert delivered == []


def _valid(obj) -> bool:  # noqa: ANN001
    import shiboken6

    return shiboken6.isValid(obj)


def test_errors_go_to_on_error_on_the_gui_thread(qtbot, ctx):
    page = Page(ctx)
    qtbot.addWidget(page)
    errors: list[BaseException] = []

    def fn(_services: ops.Services) -> None:
        raise ValueError("boom")

    ops.op(page, fn, None, errors.append, changes={ops.REGISTER})
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_a_failed_write_announces_nothing_and_unknown_kinds_are_refused(qtbot, ctx):
    announced: list[frozenset[str]] = []
    ctx.changes.changed.connect(announced.append)
    failed: list[BaseException] = []
    ops.op(ctx, lambda _s: 1 / 0, None, failed.append, changes={ops.RIGHTS})
    qtbot.waitUntil(lambda: bool(failed))
    assert announced == []
    with pytest.raises(ValueError):
        ctx.changes.announce({"widgets"})


def test_services_are_one_instance_per_session(ctx):
    services = ctx.ops_services()
    assert services.incidents is services.incidents
    assert services.evidence.checklist is services.checklist
    assert services.vault is ctx.vault


def test_the_guard_sees_a_query_made_from_gui_code_on_the_gui_thread(ctx, _no_queries_on_gui_thread):
    """The fixture that fails every GUI test on such a query: here we look at what it recorded, then clear it."""
    from gui.pages import dashboard_cards

    with ctx.vault.read() as conn:  # test code itself (no gui/ frame before a test frame) may query
        conn.execute("SELECT 1").fetchone()
    assert _no_queries_on_gui_thread == []
    dashboard_cards.requests_cards(ctx)  # a worker-side provider called on the GUI thread: what the guard catches
    recorded = list(_no_queries_on_gui_thread)
    _no_queries_on_gui_thread.clear()
    assert recorded and all(r.startswith("gui/pages/dashboard_cards.py:") for r in recorded)
    done: list[object] = []
    ops.op(ctx, lambda _s: dashboard_cards.requests_cards(ctx), done.append)  # the same, on the worker
    ctx.worker.wait_idle()
    assert _no_queries_on_gui_thread == []


def test_screens_reach_core_only_through_op():
    """The AST half of the rule (the runtime guard is in conftest.py): no screen builds or looks up a service
    itself, and no page, dialog or widget of an unlocked session talks to the worker directly. Before unlocking
    there is no session: the unlock dialog, the first-run wizard and the app controller use the worker as such;
    the register editors and the recovery-code rotation dialog are given their worker by their page."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    pre_session = {"gui/app.py", "gui/dialogs/unlock.py", "gui/wizards/first_run.py"}
    # Given their worker by the page that opens them: the register editors (save functions built on
    # ``ctx.ops_services()``) and the recovery-code rotation (vault key operations, on the worker).
    editors = {
        "gui/dialogs/activity_editor.py",
        "gui/dialogs/processor_editor.py",
        "gui/dialogs/recovery_rotation.py",
        "gui/pages/security_actions.py",  # the action plan tab: given the session's worker by its section
    }
    offenders = []
    for path in sorted((root / "gui").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel in {"gui/ops.py", "gui/context.py", "gui/services.py", "gui/workers.py"}:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in {"made", "_get"}:  # the services' own cache
                offenders.append(f"{rel}:{node.lineno} {ast.unparse(node)}")
            if isinstance(node, ast.Call) and ast.unparse(node.func).split(".")[-1] == "Services":
                offenders.append(f"{rel}:{node.lineno} {ast.unparse(node.func)}(…)")
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            target = ast.unparse(node.func.value)
            scanner = target.endswith("scan_worker")  # the exposure scan's own thread: network, not the vault
            if node.func.attr == "submit" and target.endswith("worker") and not scanner and rel not in pre_session | editors:
                offenders.append(f"{rel}:{node.lineno} {ast.unparse(node.func)}(…)")
    assert offenders == [], "use gui.ops.op:\n" + "\n".join(offenders)
