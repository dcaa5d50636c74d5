"""The self-assessment is three services composed, not one class of mixins (issue #18's split by concern).

The assessment service no longer carries the action plan or the evidence files; those two services receive it
and use only its public surface, so neither can depend on how the assessment keeps its state.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from core.services import checklist, checklist_evidence, checklist_files, checklist_plan
from core.services.checklist import ChecklistService
from core.services.checklist_files import EvidenceFileService
from core.services.checklist_plan import ActionPlanService

PLAN = {
    "actions",
    "plan",
    "proposals",
    "accept_proposals",
    "add_action",
    "update_action",
    "set_action_status",
    "top_actions",
}
FILES = {"add_evidence", "answer_with_evidence", "evidence", "evidence_content", "remove_evidence"}
MODULES = (checklist, checklist_plan, checklist_files, checklist_evidence)


def public_methods(cls: type) -> set[str]:
    return {n for n, v in vars(cls).items() if callable(v) and not n.startswith("_")}


def test_each_service_has_its_own_surface_and_none_inherits_another():
    for cls in (ChecklistService, ActionPlanService, EvidenceFileService):
        assert cls.__mro__ == (cls, object), cls
    assert not (PLAN | FILES) & set(dir(ChecklistService))
    assert public_methods(ActionPlanService) == PLAN
    assert public_methods(EvidenceFileService) == FILES


def test_plan_and_files_are_built_on_the_assessment_they_are_given(vault):
    assessment = ChecklistService(vault)
    plan = ActionPlanService(vault, checklist=assessment)
    files = EvidenceFileService(vault, checklist=assessment)
    assert plan.checklist is assessment and files.checklist is assessment
    a = assessment.start(2026)
    assert plan.plan(a.id) == [] and files.evidence(a.id) == []


def own_private_attributes(tree: ast.AST) -> dict[str, set[str]]:
    """By class: the ``self._x`` attributes it assigns (its own state) and the private methods it defines."""
    owned: dict[str, set[str]] = {}
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        names = owned.setdefault(cls.name, set())
        for node in ast.walk(cls):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(node.name)
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.ctx, ast.Store)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
            ):
                names.add(node.attr)
    return owned


def private_reaches(source: str) -> list[str]:
    """Private attributes used other than as a class's own ``self._x``, and private names imported from the
    checklist modules."""
    tree = ast.parse(source)
    owned = own_private_attributes(tree)
    found = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for node in ast.walk(cls):
            if not isinstance(node, ast.Attribute) or not node.attr.startswith("_"):
                continue
            if node.attr.startswith("__") and node.attr.endswith("__"):
                continue
            on_self = isinstance(node.value, ast.Name) and node.value.id == "self"
            if not on_self or node.attr not in owned[cls.name]:
                found.append(f"{node.lineno}: {ast.unparse(node)}")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("core.services.checklist"):
            found += [f"{node.lineno}: import {a.name}" for a in node.names if a.name.startswith("_")]
    return found


def test_no_module_reaches_into_another_services_private_state():
    found = {
        Path(inspect.getfile(m)).name: private_reaches(Path(inspect.getfile(m)).read_text(encoding="utf-8"))
        for m in MODULES
    }
    assert found == {Path(inspect.getfile(m)).name: [] for m in MODULES}


def test_the_check_sees_the_old_mixins_reach_into_private_state():
    """What the mixins did (``self._vault`` they never set, ``self._require_open`` of the assessment) is caught."""
    source = (
        "from core.services.checklist import _prefill\n"
        "class Plan:\n"
        "    def __init__(self, checklist):\n"
        "        self.checklist = checklist\n"
        "        self._own = 1\n"
        "    def add(self, conn):\n"
        "        self._require_open(conn, 1)\n"
        "        return self.checklist._vault, self._own, self._helper()\n"
        "    def _helper(self):\n"
        "        return self.__class__\n"
    )
    assert private_reaches(source) == [
        "7: self._require_open",
        "8: self.checklist._vault",
        "1: import _prefill",
    ]
