"""Every validation problem raised by core: a code, its parameters, and its sentence in French and English.

Core builds problems with :func:`problem` (a :class:`~core.errors.FieldProblem` carrying the code, the parameters
and the French sentence that the command line prints); the GUI shows :func:`render` in the interface language.
The sentences live per area beside this module (``practice``, ``register``, ``checklist``, ``rights``,
``recipients``, ``breach_facts``, ``files``, ``commands``, ``incident`` for the breach wizard and the incident
journal, ``refusals`` for the reasons :func:`refused` gives a :class:`~core.errors.Conflict`); :func:`texts`
merges them into the one lookup (codes never repeat).

A text is a sentence with ``{name}`` placeholders, or a pair ``(one, many)`` chosen by the parameter ``n``
(French puts 0 and 1 in the singular, English only 1). A parameter is shown as it is, except an instant or a day (written
by the deadline formatters) and a nested problem (``{"code": ..., "params": {...}}``, see :func:`nested`).
"""

from __future__ import annotations

from datetime import date, datetime

from core.errors import Conflict, FieldProblem

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing costs the headless commands' start-up
if TYPE_CHECKING:
    from typing import Any, TypeAlias

    Text: TypeAlias = str | tuple[str, str]

__all__ = ["moved", "nested", "problem", "refused", "render", "texts"]

_TEXTS: dict[str, tuple[Text, Text]] = {}


def texts() -> dict[str, tuple[Text, Text]]:
    """code -> (French, English) for every problem core raises."""
    if not _TEXTS:
        from core.domain.problems import (
            breach_facts,
            checklist,
            commands,
            files,
            incident,
            practice,
            recipients,
            refusals,
            register,
            rights,
        )

        merged: dict[str, tuple[Text, Text]] = {}
        for module in (
            incident,
            practice,
            register,
            checklist,
            rights,
            recipients,
            breach_facts,
            files,
            commands,
            refusals,
        ):
            clash = merged.keys() & module.TEXTS.keys()
            assert not clash, f"problem codes defined twice: {sorted(clash)}"
            merged.update(module.TEXTS)
        _TEXTS.update(merged)
    return _TEXTS


def _shown(value: Any, lang: str) -> Any:
    if isinstance(value, datetime):
        from core.rules.deadlines import deadline_text  # its time-zone rules only when an instant is shown

        return deadline_text(value, lang)
    if isinstance(value, date):
        from core.rules.deadlines import day_text

        return day_text(value, lang)
    if isinstance(value, dict) and "code" in value:
        return render(value["code"], value.get("params"), lang)
    return value


def render(code: str, params: dict[str, Any] | None = None, lang: str = "fr") -> str:
    """The sentence for ``code`` in ``lang`` ("fr" or "en") with its parameters."""
    fr, en = texts()[code]
    text = en if lang == "en" else fr
    params = params or {}
    if isinstance(text, tuple):
        n = int(params["n"])
        one = n == 1 if lang == "en" else abs(n) <= 1
        text = text[0] if one else text[1]
    return text.format(**{k: _shown(v, lang) for k, v in params.items()})


def problem(path: str, code: str, **params: Any) -> FieldProblem:
    """A field problem with its code and parameters; ``problem`` is the French sentence."""
    return FieldProblem(path, render(code, params, "fr"), code, dict(params))


def refused(code: str, **params: Any) -> Conflict:
    """An operation refused for reason ``code``: ``reason`` is the French sentence (command line), ``refusal``
    the code and parameters the GUI renders in its language."""
    return Conflict(reason=render(code, params, "fr"), refusal={"code": code, "params": dict(params)})


def moved(found: FieldProblem, path: str) -> FieldProblem:
    """The same problem reported at another place (a field inside an imported document)."""
    return FieldProblem(path, found.problem, found.code, dict(found.params))


def nested(found: FieldProblem) -> dict[str, Any]:
    """A parameter that shows another problem's sentence, in the language of the sentence that holds it."""
    return {"code": found.code, "params": dict(found.params)}
