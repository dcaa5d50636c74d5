"""Every validation problem core raises has a code with French and English texts (core/domain/problems)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from core.domain import problems
from core.domain.practice import Practice
from core.domain.recipients import parse_csv
from core.errors import FieldProblem, InvalidInput
from core.services.register_exchange import parse_json

CORE = Path(__file__).resolve().parents[2] / "core"
# The one place that builds a FieldProblem from a code (and moves one to another path); the class itself.
BUILDERS = {CORE / "domain" / "problems" / "__init__.py", CORE / "errors.py"}


def _calls(name: str):
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if called == name:
                    yield path, node


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_no_field_problem_is_built_outside_the_coded_helper():
    outside = [f"{p.relative_to(CORE)}:{n.lineno}" for p, n in _calls("FieldProblem") if p not in BUILDERS]
    assert outside == []


def test_every_literal_code_given_to_the_helpers_exists():
    """``problem(path, "code", ...)``, ``Reader.fail`` / ``_Reader.bad`` (the JSON readers) and the codes the
    register's completeness checks and the CSV rows return, wherever a literal names a code."""
    table = problems.texts()
    seen = set()
    for helper in ("problem", "fail", "bad"):
        for path, node in _calls(helper):
            if len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
                code = node.args[1].value
                assert code in table, f"{path.relative_to(CORE)}:{node.lineno}: {code}"
                seen.add(code)
    assert len(seen) > 150


def test_every_code_has_french_and_english_with_the_same_parameters():
    for code, (fr, en) in problems.texts().items():
        assert isinstance(fr, type(en)), code
        pairs = list(zip(fr, en, strict=True)) if isinstance(fr, tuple) else [(fr, en)]
        for one_fr, one_en in pairs:
            assert one_fr.strip() and one_en.strip(), code
            assert _fields(one_fr) == _fields(one_en), code
            if isinstance(fr, tuple):
                assert "n" in _fields(one_fr), code  # the count that chooses the form
        if code != "import.value_refused":  # Python's own words, shown as they are in both languages
            assert fr != en, code


def test_the_register_gap_codes_are_the_completeness_checks_codes():
    from tests.core.register_fixtures import full_activity

    codes = {code for _, code, _ in full_activity().completeness_checks()}
    assert codes <= problems.texts().keys()


def test_french_sentence_is_the_command_line_text_and_english_renders_from_the_code():
    found = Practice(name="", profession="", siret="1", email="x").problems()
    assert [p.problem for p in found] == [
        "le nom du cabinet est obligatoire",
        "choisissez une profession",
        "le SIRET compte 14 chiffres avec une clé de contrôle valide",
        "adresse e-mail invalide",
    ]
    assert [problems.render(p.code, p.params, "en") for p in found] == [
        "the practice name is required",
        "choose a profession",
        "the SIRET has 14 digits with a valid check digit",
        "invalid e-mail address",
    ]


def test_plural_forms_follow_each_language():
    """French puts 0 and 1 in the singular, English only 1 (the CSV's field count may be 1)."""
    with pytest.raises(InvalidInput) as caught:
        parse_csv(b"Nom;Adresse;Code postal;Ville\nMartin\nDurand;1 rue;75001;Paris;x\n")
    first, second = caught.value.problems
    assert first.problem == "1 champ au lieu de 4 (séparateur ou guillemets)"
    assert problems.render(first.code, first.params, "en") == "1 field instead of 4 (separator or quotes)"
    assert second.problem == "5 champs au lieu de 4 (séparateur ou guillemets)"
    assert problems.render(second.code, second.params, "en") == "5 fields instead of 4 (separator or quotes)"
    assert problems.render("register.gap.clauses", {"n": 0}, "fr") == "0 clause de l'article 28 non vérifiée"
    assert problems.render("register.gap.clauses", {"n": 0}, "en") == "0 article 28 clauses not checked"


def test_a_problem_moved_into_an_import_keeps_its_code_and_a_nested_gap_renders_in_each_language():
    import json

    from core.domain.register_codec import FORMAT

    doc = {"format": FORMAT, "activities": [{"ref": "T01", "name": "", "status": "complete"}], "processors": []}
    with pytest.raises(InvalidInput) as caught:
        parse_json(json.dumps(doc).encode())
    name = next(p for p in caught.value.problems if p.code == "register.activity_name_missing")
    assert name.path == "activities[0].name"
    assert problems.render(name.code, name.params, "en") == "the activity name is required"
    incomplete = next(p for p in caught.value.problems if p.code == "register.incomplete")
    assert incomplete.problem.startswith("manque pour une fiche complète : ")
    assert problems.render(incomplete.code, incomplete.params, "en").startswith("missing for a complete record: ")


def test_a_field_problem_without_a_known_code_is_not_rendered_from_the_table():
    bare = FieldProblem("x", "texte libre")
    assert bare.code not in problems.texts()


def test_every_code_written_as_a_constant_in_a_module_that_raises_problems_exists():
    """Codes chosen before the call (the practice's number checks, a CSV row's verdict, completeness checks), in
    the domain modules (services also write journal kinds shaped like codes, ``rights.created``)."""
    import re

    prefixes = {code.split(".")[0] for code in problems.texts() if "." in code}
    shaped = re.compile(rf"^({'|'.join(sorted(prefixes))})\.[a-z0-9_.]+$")
    unknown, matched = [], 0
    for path in sorted((CORE / "domain").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "core.domain.problems import" not in source or path.parent.name == "problems":
            continue
        for node in ast.walk(ast.parse(source, str(path))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and shaped.match(node.value):
                matched += 1
                if node.value not in problems.texts():
                    unknown.append(f"{path.relative_to(CORE)}:{node.lineno}: {node.value}")
    assert unknown == [], "\n".join(unknown)
    assert matched > 100


def test_every_refusal_goes_through_the_coded_helper():
    """A Conflict's reason is a code of core/domain/problems/refusals.py (``refused``), never bare French."""
    outside = [f"{p.relative_to(CORE)}:{n.lineno}" for p, n in _calls("Conflict") if p not in BUILDERS]
    assert outside == []
    for path, node in _calls("refused"):
        code = node.args[0]
        assert isinstance(code, ast.Constant) and code.value in problems.texts(), f"{path}:{node.lineno}"


def test_a_refusal_keeps_its_french_reason_for_the_command_line_and_renders_in_english():
    from datetime import UTC, date, datetime

    from core.messages import message

    late = problems.refused("refusal.extension_too_late", first_due=date(2026, 12, 7))
    assert message(late) == (
        "Opération refusée : la prolongation devait être annoncée avant la première échéance, le 07/12/2026"
    )
    refusal = late.params["refusal"]
    assert problems.render(refusal["code"], refusal["params"], "en") == (
        "the extension had to be announced before the first deadline, 7 Dec 2026"
    )
    wait = problems.refused("refusal.reflection_period", earliest=datetime(2026, 12, 7, 9, 30, tzinfo=UTC))
    assert wait.params["reason"].endswith("48 heures, soit le 07/12/2026 à 10:30")
    english = problems.render("refusal.reflection_period", wait.params["refusal"]["params"], "en")
    assert english.endswith("that is 7 Dec 2026, 10:30")
