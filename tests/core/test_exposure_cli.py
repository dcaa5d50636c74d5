"""``python main.py exposure …`` headless: JSON fields, French summary, saving to the vault, PDF."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import jsonschema
import pytest

from core.cli import main
from core.exposure.findings import JSON_FIELDS
from tests.core.fake_igd import FakeBox, FakeIgdServer, Mapping, loopback_only  # noqa: F401

pytestmark = pytest.mark.usefixtures("loopback_only")


SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "exposure-scan.schema.json").read_text())


def validate(data: dict) -> None:
    """The documented schema (docs/exposure-scan.schema.json), and every finding kind of the code in it."""
    jsonschema.validate(data, SCHEMA)


def test_the_schema_lists_every_kind_and_reason():
    from core.exposure import router, upnp
    from core.exposure.findings import Kind

    kinds = SCHEMA["properties"]["findings"]["items"]["properties"]["kind"]["enum"]
    assert set(kinds) == {k.value for k in Kind}
    reasons = set(SCHEMA["properties"]["box"]["properties"]["reason"]["enum"]) - {None}
    codes = {router.SKIPPED, router.NO_ANSWER, router.SEARCH_FAILED, router.UNREADABLE, router.REFUSED}
    codes |= {router.UNREACHABLE}
    codes |= {router.NO_SERVICE} | {v for k, v in vars(upnp.Stop).items() if k.isupper()}
    assert reasons == codes


@pytest.fixture
def listening():
    sock = socket.socket()
    sock.bind(("0.0.0.0", 0))
    sock.listen(1)
    yield sock.getsockname()[1]
    sock.close()


def test_scan_json_has_exactly_the_documented_fields(capsys, listening):
    # 0 nothing notable, 1 warnings: other programs of the test machine may listen on risky ports.
    assert main(["exposure", "scan", "--json", "--no-upnp", "--no-firewall"]) in (0, 1)
    data = json.loads(capsys.readouterr().out)
    validate(data)
    assert data["schema"] == "vigie.exposure/2"
    assert data["box"] == {
        **data["box"],
        "state": "not_checked",
        "reason": "skipped",
        "model": None,
        "external_ip": None,
    }
    findings = data["findings"]
    assert findings and all(tuple(f) == JSON_FIELDS for f in findings)
    mine = [f for f in findings if f["port"] == listening and f"pid {os.getpid()}" in (f["program"] or "")]
    assert len(mine) == 1
    assert mine[0]["kind"] == "local_listener" and mine[0]["protocol"] == "tcp"
    assert mine[0]["severity"] in ("info", "warning", "critical")


def test_scan_with_fake_box_text_and_json(capsys):
    box = FakeBox(mappings=[Mapping(8104, "TCP", "192.168.1.77", 104, "PACS")])
    # --no-probe: the fake box's external address is a documentation address, never to be contacted.
    args = ["exposure", "scan", "--no-firewall", "--no-probe", "--igd-url"]
    with FakeIgdServer(box) as server:
        assert main([*args, server.description_url]) == 3  # critical
        out = capsys.readouterr().out
        assert main([*args, server.description_url, "--json"]) == 3
        data = json.loads(capsys.readouterr().out)
    validate(data)
    findings = data["findings"]
    assert data["box"] == {
        **data["box"],
        "state": "complete",
        "reason": None,
        "model": "Livebox 6",
        "external_ip": "203.0.113.7",
    }
    assert (
        "[Critique] Ouvert sur Internet par la box : serveur d'imagerie médicale (DICOM) de l'appareil 192.168.1.77 "
        "(TCP 8104 → 104)" in out
    )
    assert "port Internet 8104 ; règle « PACS »" in out
    assert "Rien d'accessible" not in out
    assert "[À vérifier] L'ouverture automatique de ports (UPnP) est activée sur la box" in out
    mapping = next(f for f in findings if f["kind"] == "router_mapping")
    assert mapping == {
        **mapping,
        "address": "192.168.1.77",
        "port": 104,
        "external_port": 8104,
        "rule": "PACS",
        "remote_host": None,
        "protocol": "tcp",
        "service": "dicom",
        "severity": "critical",
        "program": None,
    }


def test_bad_options_exit_2_and_write_nothing(capsys, tmp_path):
    assert main(["exposure", "scan", "--igd-url", "http://8.8.8.8/desc.xml"]) == 2
    assert "réseau local" in capsys.readouterr().err
    assert main(["exposure", "scan", "--no-upnp", "--save"]) == 2
    assert main(["exposure", "scan", "--no-upnp", "--timeout", "999"]) == 2
    assert main(["exposure", "scan", "--no-upnp", "--timeout", "0.5"]) == 2
    assert list(tmp_path.iterdir()) == []


def test_save_history_and_report(capsys, tmp_path, vault, vault_path, passphrase, monkeypatch):
    vault.lock()
    monkeypatch.setenv("VIGIE_PASSPHRASE", passphrase)
    pdf = tmp_path / "scan.pdf"
    assert (
        main(
            [
                "exposure",
                "scan",
                "--no-upnp",
                "--no-firewall",
                "--vault",
                str(vault_path),
                "--save",
                "--note",
                "essai",
                "--pdf",
                str(pdf),
            ]
        )
        in (0, 1)
    )
    assert "vérification n° 1" in capsys.readouterr().err
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["exposure", "history", "--vault", str(vault_path)]) == 0
    history = capsys.readouterr().out
    assert "n° 1" in history and "— essai" in history and "box non vérifiée" in history
    report = tmp_path / "again.pdf"
    assert main(["exposure", "report", "--vault", str(vault_path), "--out", str(report)]) == 0
    assert report.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    assert "vérification n° 1, empreinte SHA-256" in PdfReader(report).pages[0].extract_text()
    assert main(["exposure", "report", "--vault", str(vault_path), "--id", "42", "--out", str(report)]) == 1


def test_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["exposure", "scan", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "0 rien de notable, 1 points à vérifier" in text and "3 au moins un constat critique" in text
    assert "2 arguments invalides" in text and "vigie.exposure/2" in text
