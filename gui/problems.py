"""Validation problems from core in the interface language.

Every problem core raises carries a code and its parameters (:mod:`core.domain.problems`, French and English
side by side); :func:`problem_text` renders it in the language gui.i18n installed, :func:`code_text` any code of
those tables (a refused operation's reason, used by gui.messages). The French sentence a problem also carries
is what the command line prints; it is shown only for a problem without a known code.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from core.domain import problems
from core.errors import FieldProblem

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: typing stays out of the first window's imports
if TYPE_CHECKING:
    from typing import Any


def interface_language() -> str:
    """ "en" or "fr": the language gui.i18n installed (it sets the default locale)."""
    return "en" if QLocale().language() == QLocale.Language.English else "fr"


def problem_text(problem: FieldProblem) -> str:
    """The sentence in the interface language, from the problem's code and parameters."""
    if problem.code in problems.texts():
        return code_text(problem.code, problem.params)
    return problem.problem


def code_text(code: str, params: dict[str, Any]) -> str:
    """A code of :mod:`core.domain.problems` (a problem, a refusal's reason) in the interface language."""
    return problems.render(code, params, interface_language())
