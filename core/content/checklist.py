"""The security checklist catalogue (``resources/checklist/catalogue.json``): loading and validation.

The catalogue is data, French and English side by side. It is validated once when loaded, so that a bad edit
(a missing translation, an unknown theme, a duplicated id) fails the test-suite instead of showing a blank
question to a practitioner.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from core.paths import resources_dir

LANGS = ("fr", "en")
ITEM_TEXT_FIELDS = ("question", "why", "how", "reference", "action")
KNOWN_TAGS = ("legal_obligation", "annual_recheck", "sanction_2020")
EFFORTS = ("low", "medium", "high")


class CatalogueError(ValueError):
    """The shipped catalogue is malformed (a developer error, caught by the tests)."""


@dataclass(frozen=True)
class Text:
    fr: str
    en: str

    def get(self, lang: str = "fr") -> str:
        return self.en if lang == "en" else self.fr


@dataclass(frozen=True)
class Theme:
    id: str
    label: Text
    order: int


@dataclass(frozen=True)
class Condition:
    """A yes/no fact about the practice deciding whether some items apply (e.g. ``has_imaging``)."""

    id: str
    question: Text


@dataclass(frozen=True)
class Measure:
    """A security measure of the register, ticked from checklist answers (see docs/checklist.md)."""

    code: str
    label: Text
    items: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    id: str
    theme: str
    order: int
    weight: int
    tags: tuple[str, ...]
    applies_if: tuple[str, ...]
    effort: str
    question: Text
    why: Text
    how: Text
    reference: Text
    action: Text

    @property
    def annual_recheck(self) -> bool:
        return "annual_recheck" in self.tags

    @property
    def sanction_2020(self) -> bool:
        return "sanction_2020" in self.tags

    def applies(self, profile: Mapping[str, bool]) -> bool:
        """Every condition must hold; an unanswered condition counts as true (ask rather than skip)."""
        return all(profile.get(cond, True) for cond in self.applies_if)


@dataclass(frozen=True)
class Catalogue:
    version: int
    themes: tuple[Theme, ...]
    conditions: tuple[Condition, ...]
    tags: dict[str, Text]
    measures: tuple[Measure, ...]
    items: tuple[Item, ...]

    def item(self, item_id: str) -> Item | None:
        return self._index().get(item_id)

    def theme(self, theme_id: str) -> Theme | None:
        return next((t for t in self.themes if t.id == theme_id), None)

    def applicable(self, profile: Mapping[str, bool]) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.applies(profile))

    def _index(self) -> dict[str, Item]:
        index = self.__dict__.get("_by_id")
        if index is None:
            index = {i.id: i for i in self.items}
            object.__setattr__(self, "_by_id", index)
        return index


def _text(raw: Any, where: str, problems: list[str]) -> Text:
    if not isinstance(raw, Mapping):
        problems.append(f"{where}: expected {{fr, en}}")
        return Text("", "")
    values = []
    for lang in LANGS:
        value = raw.get(lang)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}.{lang}: missing text")
            value = ""
        values.append(value.strip())
    return Text(*values)


def _item_text(raw: Mapping[str, Any], field: str, where: str, problems: list[str]) -> Text:
    return _text({lang: (raw.get(lang) or {}).get(field) for lang in LANGS}, f"{where}.{field}", problems)


def parse(doc: Mapping[str, Any]) -> Catalogue:
    """Build and validate a catalogue from its JSON document; raises :class:`CatalogueError` listing every fault."""
    problems: list[str] = []
    themes = tuple(
        Theme(t["id"], _text(t, f"themes[{t.get('id')}]", problems), n)
        for n, t in enumerate(doc.get("themes", []))
    )
    conditions = tuple(
        Condition(c["id"], _text(c, f"conditions[{c.get('id')}]", problems))
        for c in doc.get("conditions", [])
    )
    tags = {t["id"]: _text(t, f"tags[{t.get('id')}]", problems) for t in doc.get("tags", [])}
    theme_ids = {t.id for t in themes}
    condition_ids = {c.id for c in conditions}
    items: list[Item] = []
    seen: set[str] = set()
    for n, raw in enumerate(doc.get("items", [])):
        item_id = str(raw.get("id", ""))
        where = f"items[{item_id or n}]"
        if not item_id or item_id in seen:
            problems.append(f"{where}: missing or duplicated id")
        seen.add(item_id)
        theme = raw.get("theme")
        if theme not in theme_ids:
            problems.append(f"{where}: unknown theme {theme!r}")
        weight = raw.get("weight")
        if not isinstance(weight, int) or isinstance(weight, bool) or not 1 <= weight <= 3:
            problems.append(f"{where}: weight must be 1, 2 or 3")
            weight = 1
        item_tags = tuple(raw.get("tags", []))
        for tag in item_tags:
            if tag not in KNOWN_TAGS or tag not in tags:
                problems.append(f"{where}: unknown tag {tag!r}")
        applies_if = tuple(raw.get("applies_if", []))
        for cond in applies_if:
            if cond not in condition_ids:
                problems.append(f"{where}: unknown condition {cond!r}")
        effort = raw.get("effort")
        if effort not in EFFORTS:
            problems.append(f"{where}: effort must be one of {EFFORTS}")
        texts = {f: _item_text(raw, f, where, problems) for f in ITEM_TEXT_FIELDS}
        items.append(Item(item_id, str(theme), n, weight, item_tags, applies_if, str(effort), **texts))
    measures = []
    for raw in doc.get("measures", []):
        code = str(raw.get("code", ""))
        linked = tuple(raw.get("items", []))
        for item_id in linked:
            if item_id not in seen:
                problems.append(f"measures[{code}]: unknown item {item_id!r}")
        if not linked:
            problems.append(f"measures[{code}]: no item")
        measures.append(Measure(code, _text(raw, f"measures[{code}]", problems), linked))
    if len({m.code for m in measures}) != len(measures):
        problems.append("measures: duplicated code")
    used_themes = {i.theme for i in items}
    for theme_id in theme_ids - used_themes:
        problems.append(f"themes[{theme_id}]: no item")
    if problems:
        raise CatalogueError("; ".join(problems))
    return Catalogue(int(doc.get("version", 1)), themes, conditions, tags, tuple(measures), tuple(items))


def load(path: Path) -> Catalogue:
    return parse(json.loads(Path(path).read_text(encoding="utf-8")))


@cache
def catalogue() -> Catalogue:
    """The shipped catalogue, loaded once."""
    return load(resources_dir() / "checklist" / "catalogue.json")
