"""What ``verify`` says, as codes with parameters: the same facts in French and English, French unchanged."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.domain import verify_reasons as V
from core.domain.verify_reasons import Reason
from core.services import backup as B
from core.storage import evidence
from core.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.reliability import drop_ledger_triggers, raw_connection


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("code", sorted(V.TEXTS))
def test_each_code_has_the_same_parameters_in_both_languages(code):
    french, english = V.TEXTS[code]
    assert _fields(french) == _fields(english)
    assert french.strip() and english.strip()


def test_every_evidential_table_has_a_label_in_both_languages():
    for spec in evidence.SPECS:
        assert f"table.{spec.table}" in V.TEXTS, spec.table


# The French lines the command line printed before the reasons had codes (copied from that version): the default
# output of ``verify`` is a contract and must not move by one byte.
FRENCH_BEFORE = [
    (Reason("integrity.problem", {"detail": "row 3 missing from index x"}, "integrity"),
     "intégrité : row 3 missing from index x"),
    (Reason("key_file.damaged", {"slot": "recovery"}, "key_file"),
     "fichier de clés endommagé : emplacement du code de secours"),
    (Reason("key_file.no_recovery", {}, "key_file"), "fichier de clés : aucun code de secours"),
    (Reason("key_file.weak", {"slot": "passphrase", "n": 1024}, "key_file"),
     "fichier de clés : emplacement de la phrase de passe scellé avec un coût trop faible (n = 1024) ; changez-le"),
    (Reason("anchor.missing", {}, "journal"), "journal : ancre externe du journal absente du fichier de clés"),
    (Reason("anchor.unreadable", {}, "journal"),
     "journal : ancre externe du journal illisible dans le fichier de clés"),
    (Reason("anchor.unauthentic", {}, "journal"),
     "journal : ancre externe du journal non authentique (modifiée hors de Vigie)"),
    (Reason("auth.unauthenticated", {"seq": 7}, "journal"),
     "journal : entrée n° 7 sans authentification (ajoutée hors de Vigie)"),
    (Reason("auth.mac_mismatch", {"seq": 7}, "journal"),
     "journal : entrée n° 7 modifiée après coup (son authentification ne correspond plus)"),
    (Reason("auth.orphan_mac", {"seq": 7}, "journal"),
     "journal : entrée n° 7 disparue du journal (son authentification subsiste)"),
    (Reason("chain.missing", {"seq": 4}, "journal"), "journal : entrée n° 4 manquante"),
    (Reason("chain.unreadable", {"seq": 4}, "journal"), "journal : entrée n° 4 illisible"),
    (Reason("chain.altered", {"seq": 4}, "journal"), "journal : entrée n° 4 modifiée après coup"),
    (Reason("chain.cut", {"last": 9, "anchor": 12}, "journal"),
     "journal : le journal s'arrête à l'entrée n° 9 alors que l'ancre externe en attestait 12 : "
     "des entrées récentes ont disparu"),
    (Reason("chain.anchor_mismatch", {"seq": 12}, "journal"),
     "journal : l'entrée n° 12 ne correspond plus à l'ancre"),
    (evidence.Problem("missing_trigger", "", "ledger_no_update", 0).reason,
     "protections : protection « ledger_no_update » supprimée de la base"),
    (evidence.Problem("unreadable", "incident", "", 5).reason, "enregistrements : entrée n° 5 illisible"),
    (evidence.Problem("unsealed", "incident", "[3]", 0, "3").reason,
     "enregistrements : incident 3 : absent du journal (créé ou rétabli hors de Vigie)"),
    (evidence.Problem("changed", "incident_event", "[3]", 41, "3").reason,
     "enregistrements : événement d'incident (dont notifications et changements de prise de connaissance) 3 : "
     "diffère de l'entrée n° 41 du journal (modifié hors de Vigie)"),
    (evidence.Problem("missing_row", "rights_request", "[2]", 8, "2").reason,
     "enregistrements : dates d'une demande de patient 2 : disparu, alors que l'entrée n° 8 du journal "
     "l'atteste (supprimé hors de Vigie)"),
    (evidence.Problem("missing_row", "checklist_answer", '[1,"ACCES-01"]', 4, '[1, "ACCES-01"]', True).reason,
     "enregistrements : réponse d'une auto-évaluation clôturée [1, \"ACCES-01\"] : disparu ou sorti de l'état "
     "attesté, alors que l'entrée n° 4 du journal l'atteste (supprimé hors de Vigie)"),
]


@pytest.mark.parametrize(("reason", "french"), FRENCH_BEFORE, ids=[r.code for r, _ in FRENCH_BEFORE])
def test_french_lines_are_those_printed_before_and_english_says_the_same_figures(reason, french):
    assert V.line(reason) == french
    english = V.line(reason, "en")
    assert english != french
    for value in reason.params.values():
        if isinstance(value, int) and str(value) in french:
            assert str(value) in english
    assert not any(word in english for word in (" du journal", " entrée", "hors de Vigie", "supprimée"))


def test_entries_have_real_plurals():
    assert [V.entries(n) for n in (0, 1, 2)] == ["0 entrée", "1 entrée", "2 entrées"]
    assert [V.entries(n, "en") for n in (0, 1, 2)] == ["0 entries", "1 entry", "2 entries"]
    assert V.head(81, "c1281076cfc43b0f0076", "en") == "no. 81 · c1281076cfc43b0f"
    assert V.head(81, "c1281076cfc43b0f0076") == "n° 81 · c1281076cfc43b0f"


def test_a_sound_vault_summary_in_both_languages(vault):
    report = B.verify_vault(vault)
    assert report.sound and report.reason_codes == [] and report.reasons == []
    head = report.chain.head
    assert report.summary() == (
        f"Coffre sain : intégrité vérifiée, journal intact ({V.entries(report.chain.entries)}, tête "
        f"n° {head.seq} · {head.hash[:16]}), enregistrements probants conformes au journal, fichier de clés intact."
    )
    assert report.summary("en").startswith(f"Vault sound: integrity checked, journal intact ({report.chain.entries} ")
    doc = report.as_json("en")
    assert doc["format"] == "vigie.verify/1" and doc["sound"] is True and doc["reasons"] == []
    assert doc["journal"] == {"entries": report.chain.entries, "head": {"seq": head.seq, "hash": head.hash}}


def test_a_tampered_vault_reads_in_english(demo_vault):
    with demo_vault.read() as conn:
        incident_id = conn.execute("SELECT min(id) FROM incident").fetchone()[0]
    path, dek = demo_vault.path, demo_vault.with_dek()
    demo_vault.lock()
    with raw_connection(path, dek) as conn:
        drop_ledger_triggers(conn)
        conn.execute("UPDATE incident SET title = 'réécrit' WHERE id = ?", (incident_id,))
    v = Vault.unlock_with_passphrase(path, PASSPHRASE)
    try:
        report = B.verify_vault(v)
    finally:
        v.lock()
    assert not report.sound
    assert report.reasons == report.lines("fr") == [V.line(r) for r in report.reason_codes]
    english = report.lines("en")
    changed = next(line for line in english if line.startswith(f"records: incident {incident_id}:"))
    assert "differs from journal entry no." in changed and "changed outside Vigie" in changed
    assert any(line == "protections: protection \u201cledger_no_update\u201d removed from the database" for line in english)
    assert report.summary("en") == "The vault is not sound:"
    doc = report.as_json("en")
    assert {r["code"] for r in doc["reasons"]} >= {"record.changed", "record.missing_trigger"}
    record = next(r for r in doc["reasons"] if r["code"] == "record.changed")
    assert record["part"] == "records" and record["params"]["table"] == "incident"
    assert record["text"] == changed


@given(
    code=st.sampled_from(sorted(c for c in V.TEXTS if not c.startswith(("part.", "table.", "slot.")))),
    seq=st.integers(min_value=0, max_value=10**9),
    name=st.text(min_size=1, max_size=40),
    table=st.sampled_from([s.table for s in evidence.SPECS]),
)
def test_any_figures_and_names_render_in_both_languages(code, seq, name, table):
    """Whatever a tampered vault holds (any entry number, any trigger or key name), each line renders in both
    languages and carries the same figures and names."""
    params = {"seq": seq, "last": seq, "anchor": seq + 1, "n": seq, "detail": name, "name": name,
              "slot": "recovery", "table": table, "key": name, "entries": name, "head": name, "hash": name}
    used = {k: v for k, v in params.items() if "{" + k + "}" in V.TEXTS[code][0] or k == "table"}
    for lang in ("fr", "en"):
        text = V.line(Reason(code, used, "records"), lang)
        for key in ("seq", "last", "anchor", "n"):
            if key in used and "{" + key + "}" in V.TEXTS[code][0]:
                assert str(used[key]) in text
        if "{name}" in V.TEXTS[code][0] or "{detail}" in V.TEXTS[code][0]:
            assert name in text
