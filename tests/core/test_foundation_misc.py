"""Small foundation pieces: clock, professions catalogue, paths, PDF base (deterministic, escaped)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone

import pytest

from core import clock
from core.content.professions import by_code, professions


def test_clock_iso_round_trip_and_naive_refused():
    moment = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    text = clock.to_iso(moment)
    assert text == "2026-03-29T00:30:00+00:00"
    assert clock.from_iso(text) == moment
    assert (
        clock.to_iso(datetime(2026, 1, 1, 12, tzinfo=timezone(timedelta(hours=1))))
        == "2026-01-01T11:00:00+00:00"
    )
    with pytest.raises(ValueError):
        clock.to_iso(datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        clock.from_iso("2026-01-01T00:00:00")


@pytest.mark.parametrize(
    "utc,paris",
    [
        (datetime(2026, 1, 15, 12, 0, tzinfo=UTC), "15/01/2026 à 13:00"),  # winter, UTC+1
        (datetime(2026, 7, 15, 12, 0, tzinfo=UTC), "15/07/2026 à 14:00"),  # summer, UTC+2
        (datetime(2026, 3, 29, 0, 59, tzinfo=UTC), "29/03/2026 à 01:59"),  # just before the spring change
        (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), "29/03/2026 à 03:00"),  # just after
        (datetime(2026, 12, 31, 23, 30, tzinfo=UTC), "01/01/2027 à 00:30"),
    ],
)
def test_format_paris(utc, paris):
    assert clock.format_paris(utc) == paris


def test_professions_catalogue():
    items = professions()
    codes = [p.code for p in items]
    assert len(codes) == len(set(codes)) >= 5
    assert by_code("medecin_generaliste") is not None
    assert by_code("inconnu") is None
    for p in items:
        assert p.label("fr") and p.label("en")


def test_default_paths_live_under_the_isolated_home(tmp_path):
    import os
    from pathlib import Path

    from core.paths import default_vault_path, keyfile_path, lockfile_path

    vault = default_vault_path()
    assert Path(os.environ["HOME"]) in vault.parents
    assert keyfile_path(vault).parent == vault.parent
    assert lockfile_path(vault).name == vault.name + ".lock"


def _pdf(text: str) -> bytes:
    from core.reports.base import build_pdf, field_table, grid_table, para

    out = io.BytesIO()
    story = [
        para(text, "title"),
        field_table([("Nom", text), ("Vide", "")]),
        grid_table(["A", "B"], [["1", text], ["2", "<b>pas du gras</b> & co"]], [80, 300]),
    ]
    build_pdf(
        out, story, title="Essai", footer="Cabinet", generated_at=datetime(2026, 11, 29, 22, 0, tzinfo=UTC)
    )
    return out.getvalue()


def test_pdf_is_deterministic_and_escapes_user_text():
    from pypdf import PdfReader

    user = "Dr <Martin> & fils"
    first, second = _pdf(user), _pdf(user)
    assert first == second
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(first)).pages)
    assert "Dr <Martin> & fils" in text
    assert "<b>pas du gras</b> & co" in text
    assert "29/11/2026 à 23:00" in text and "page 1" in text


def test_hostile_kdf_parameters_are_refused_before_any_allocation():
    import pytest

    from core import crypto

    slot = crypto.wrap(b"k" * 32, b"secret", b"aad", crypto.ScryptParams(n=2**10))
    for hostile in ({"n": 2**22}, {"r": 64}, {"n": 2**20, "r": 16}, {"p": 0}):
        with pytest.raises(ValueError):
            crypto.unwrap({**slot, **hostile}, b"secret", b"aad")


def test_unknown_profession_is_refused():
    from core.domain.practice import Practice

    problems = Practice(name="Cabinet", profession="astronaute").problems()
    assert [p.path for p in problems] == ["profession"]


def test_autolock_setting_must_be_a_real_number(tmp_path):
    import json

    from core import settings as app_settings

    app_settings.settings_file().parent.mkdir(parents=True, exist_ok=True)
    app_settings.settings_file().write_text(json.dumps({"autolock_minutes": True}))
    assert app_settings.load().autolock_minutes == 10
