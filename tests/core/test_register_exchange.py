from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import Conflict, InvalidInput
from core.services import register_exchange as ex
from core.services.register import RegisterService
from core.services.setup import create_vault
from tests.conftest import PASSPHRASE
from tests.core.register_fixtures import fixed_clock, full_activity, full_processor


def seed(vault) -> RegisterService:
    service = RegisterService(vault, fixed_clock)
    service.apply_templates(["patient_record_doctor", "appointments", "billing_sesam"])
    p = service.create_processor(full_processor())
    service.create_activity(full_activity(processor_refs=(p.ref, "P01")))
    return service


def export_bytes(vault) -> bytes:
    out = io.BytesIO()
    ex.export_json(vault, out, fixed_clock)
    return out.getvalue()


@pytest.fixture
def seeded(vault):
    seed(vault)
    return vault


@pytest.fixture
def other_vault(tmp_path, practice):
    v, _ = create_vault(tmp_path / "other" / "other.vault", PASSPHRASE, practice)
    yield v
    v.lock()


def test_json_round_trip_is_identical(seeded, other_vault):
    first = export_bytes(seeded)
    doc = json.loads(first)
    assert doc["format"] == "vigie.register/1"
    assert len(doc["activities"]) == 4 and doc["activities"][3]["processors"] == ["P07", "P01"]
    assert ex.import_json(other_vault, first, clock=fixed_clock) == (4, 7)
    assert export_bytes(other_vault) == first


def test_import_refuses_to_overwrite_unless_asked(seeded):
    data = export_bytes(seeded)
    with pytest.raises(Conflict):
        ex.import_json(seeded, data)
    assert ex.import_json(seeded, data, replace_existing=True) == (4, 7)
    assert export_bytes(seeded) == data


def test_byte_order_mark_is_accepted(seeded, other_vault):
    data = export_bytes(seeded)
    ex.import_json(other_vault, b"\xef\xbb\xbf" + data)
    assert export_bytes(other_vault) == data


def test_import_stamps_missing_dates(other_vault):
    doc = {
        "format": "vigie.register/1",
        "activities": [{"ref": "T01", "name": "Fiche minimale"}],
        "processors": [],
    }
    ex.import_json(other_vault, json.dumps(doc).encode(), clock=fixed_clock)
    a = RegisterService(other_vault).activity("T01")
    assert a.created_at == a.updated_at == "2026-11-29T10:30:00+00:00" and a.status == "draft"


@pytest.mark.parametrize(
    ("mutate", "expected_path"),
    [
        (lambda d: d.update(format="vigie.register/9"), "format"),
        (lambda d: d["activities"][1].update(name=42), "activities[1].name"),
        (
            lambda d: d["activities"][0]["retention"][0]["active"].update(value="5"),
            "activities[0].retention[0].active.value",
        ),
        (
            lambda d: d["activities"][0]["retention"][0].update(active={"value": 3, "unit": "years"}),
            "activities[0].retention[0].justification",
        ),
        (lambda d: d["activities"][2].update(processors=["P42"]), "activities[2].processors[0]"),
        (lambda d: d["activities"][3].update(ref="T01"), "activities[3].ref"),
        (lambda d: d["processors"][0].update(hds_expiry="31/12/2027"), "processors[0].hds_expiry"),
        (lambda d: d["processors"][0].update(colour="blue"), "processors[0].colour"),
        (lambda d: d["activities"][0].update(status="complete", information=""), "activities[0].information"),
        (lambda d: d["activities"][0].update(created_at="hier"), "activities[0].created_at"),
        (
            lambda d: d["activities"][0].update(persons=[{"code": "patients", "detail": "a\x00b"}]),
            "activities[0].persons[0].detail",
        ),
        (lambda d: d.pop("processors"), "processors"),
        (lambda d: d.update(controller=[1, 2]), "controller"),
    ],
)
def test_malformed_documents_name_the_faulty_path_and_write_nothing(seeded, mutate, expected_path):
    before = export_bytes(seeded)
    doc = json.loads(before)
    mutate(doc)
    with pytest.raises(InvalidInput) as exc:
        ex.import_json(seeded, json.dumps(doc).encode(), replace_existing=True)
    assert expected_path in {p.path for p in exc.value.problems}, exc.value.problems
    assert export_bytes(seeded) == before


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00",
        b"\xff\xfe{}",
        b"[]",
        b"null",
        b'{"format": "vigie.register/1"',
        b"[" * 200_000 + b"]" * 200_000,
        b'{"format": "vigie.register/1", "activities": NaN, "processors": []}',
        b'{"format": "vigie.register/1", "activities": ['
        + b'{"a":' * 5000
        + b"1"
        + b"}" * 5000
        + b'], "processors": []}',
    ],
)
def test_unreadable_files_are_refused_cleanly(seeded, data):
    before = export_bytes(seeded)
    with pytest.raises(InvalidInput) as exc:
        ex.import_json(seeded, data, replace_existing=True)
    assert exc.value.problems
    assert export_bytes(seeded) == before


# --- fuzzing: any input either imports completely or changes nothing -------------------------------------
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


def _set(doc, path, value):
    if not path:
        return value
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


@st.composite
def mutated_documents(draw, base: bytes):
    doc = json.loads(base)
    kind = draw(st.sampled_from(["replace", "huge", "bytes", "bom_nul"]))
    paths = list(_paths(doc))
    if kind == "replace":
        path = draw(st.sampled_from(paths))
        return json.dumps(_set(doc, path, draw(json_values)), ensure_ascii=draw(st.booleans())).encode()
    if kind == "huge":
        text_paths = [p for p in paths if p and isinstance(_get(doc, p), str)]
        path = draw(st.sampled_from(text_paths))
        return json.dumps(_set(doc, path, "é" * draw(st.integers(50_000, 200_000)))).encode()
    raw = bytearray(json.dumps(doc).encode())
    if kind == "bom_nul":
        pos = draw(st.integers(0, len(raw)))
        raw[pos:pos] = draw(st.sampled_from([b"\x00", b"\xef\xbb\xbf", b"\\u0000", b"\r", b"\xc3"]))
        return bytes(raw)
    for _ in range(draw(st.integers(1, 4))):
        pos = draw(st.integers(0, len(raw) - 1))
        raw[pos] = draw(st.integers(0, 255))
    return bytes(raw)


def _get(doc, path):
    for key in path:
        doc = doc[key]
    return doc


BASE_DOC: dict[str, bytes] = {}


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(data=st.data())
def test_fuzzed_imports_are_all_or_nothing(seeded, data):
    base = BASE_DOC.setdefault("base", export_bytes(seeded))
    before = export_bytes(seeded)
    payload = data.draw(mutated_documents(base))
    try:
        ex.import_json(seeded, payload, replace_existing=True, clock=fixed_clock)
    except InvalidInput as exc:
        assert exc.problems
        assert export_bytes(seeded) == before
    else:
        expected, stored = ex.parse_json(payload), RegisterService(seeded).register()
        assert _unstamped(stored.activities) == _unstamped(expected.activities)
        assert _unstamped(stored.processors) == _unstamped(expected.processors)


def _unstamped(items):
    from dataclasses import replace

    return [replace(item, created_at="", updated_at="") for item in items]


# --- CSV ----------------------------------------------------------------------------------------------
def test_csv_export_neutralises_formulas(vault):
    service = RegisterService(vault, fixed_clock)
    service.create_activity(
        full_activity(
            name='=HYPERLINK("http://evil")',
            purposes=("+33 1 00",),
            software="@SUM(A1)",
            joint_controller="-2+3",
            data_source="-caché",
            information="@retour",
            status="draft",
        )
    )
    out = io.BytesIO()
    ex.export_csv(vault, out)
    raw = out.getvalue()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == list(ex.CSV_HEADER)
    row = dict(zip(rows[0], rows[1], strict=True))
    for column in (
        "Activité",
        "Finalités",
        "Logiciel ou application",
        "Responsable conjoint",
        "Source des données",
        "Information des personnes",
    ):
        assert row[column][0] == "'", column
    assert row["Activité"] == '\'=HYPERLINK("http://evil")'
    assert row["Transferts hors UE"].startswith("Suisse")
    assert "Relevés glycémiques : 5 ans en base active + 15 ans en archives" in row["Durées de conservation"]
    for cell in rows[1]:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise(cell, expected):
    assert ex.neutralise(cell) == expected


def test_command_line_export_and_import(seeded, tmp_path, monkeypatch, other_vault):
    from core.cli import main

    monkeypatch.setenv("VIGIE_PASSPHRASE", PASSPHRASE)
    path = seeded.path
    seeded.lock()
    other_path = other_vault.path
    other_vault.lock()
    for fmt in ("pdf", "json", "csv"):
        out = tmp_path / f"registre.{fmt}"
        assert main(["register", "export", "--vault", str(path), "--format", fmt, "--out", str(out)]) == 0
        assert out.stat().st_size > 0
    assert (tmp_path / "registre.pdf").read_bytes().startswith(b"%PDF")
    assert main(["register", "import", "--vault", str(other_path), str(tmp_path / "registre.json")]) == 0
    assert main(["register", "import", "--vault", str(other_path), str(tmp_path / "registre.json")]) == 1
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"format": "autre"}')
    assert main(["register", "import", "--vault", str(other_path), "--replace", str(bad)]) == 2
    assert main(["register", "import", "--vault", str(other_path), str(Path(tmp_path / "absent.json"))]) == 1
