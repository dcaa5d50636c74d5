"""Usable at 200 % scaling: a 1920 × 1080 screen is 960 × 540 logical pixels, less a task bar."""

from __future__ import annotations

import pytest

from gui.context import AppContext
from gui.main_window import MainWindow

WIDTH, HEIGHT = 960, 510


@pytest.fixture
def ctx(demo_vault, worker, app_settings):
    return AppContext(vault=demo_vault, worker=worker, settings=app_settings)


def _fits(widget) -> bool:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return hint.width() <= WIDTH and hint.height() <= HEIGHT


def test_main_window_with_every_section_open(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    too_big = []
    for key in window.section_keys():
        window.show_section(key)
        if not _fits(window):
            too_big.append((key, window.minimumSizeHint().toTuple()))
    assert too_big == []


def test_wizards(qtbot, ctx, tmp_path):
    from gui.wizards.breach_wizard import BreachWizard
    from gui.wizards.first_run import FirstRunWizard

    first_run = FirstRunWizard(tmp_path / "v.vault", ctx.worker)
    breach = BreachWizard(ctx)
    for widget in (first_run, breach):
        qtbot.addWidget(widget)
        widget.show()
        assert _fits(widget), (type(widget).__name__, widget.minimumSizeHint().toTuple())
