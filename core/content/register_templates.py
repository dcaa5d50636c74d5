"""The shipped register catalogues: typical activities per profession and the usual providers of a practice.

Both live in ``resources/register/`` as data (French and English side by side). The loader checks every code
against the register vocabularies and every cross-reference, so a typo in the catalogue fails the test suite
instead of producing a half-filled activity. Applying a template yields an ordinary draft :class:`Activity`
whose retention rules remember the recommended figures (a later change then needs a justification).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from core.content.professions import professions
from core.domain import register_vocab as V
from core.domain.register import (
    PLACEHOLDER_GAP,
    Activity,
    Checked,
    Period,
    Processor,
    Recommendation,
    RetentionRule,
)
from core.paths import resources_dir

LANGS = ("fr", "en")
TEMPLATES_FORMAT = "vigie.register-templates/1"
PROCESSORS_FORMAT = "vigie.register-processors/1"


class CatalogueError(ValueError):
    """The shipped catalogue is inconsistent: a packaging bug, reported with every problem found."""


@dataclass(frozen=True)
class ActivityTemplate:
    key: str
    professions: tuple[str, ...]
    preselected: bool
    raw: dict[str, Any]

    def name(self, lang: str = "fr") -> str:
        return str(self.raw[_lang(lang)]["name"])

    def purposes(self, lang: str = "fr") -> tuple[str, ...]:
        return tuple(self.raw[_lang(lang)]["purposes"])

    @property
    def processor_keys(self) -> tuple[str, ...]:
        return tuple(self.raw["processors"])

    def applies_to(self, profession: str) -> bool:
        return "*" in self.professions or profession in self.professions

    def to_activity(self, lang: str = "fr") -> Activity:
        """A draft activity pre-filled from the template (no reference, no processors linked yet)."""
        t, text = self.raw, self.raw[_lang(lang)]
        rules = []
        for figures, words in zip(t["retention"], text["retention"], strict=True):
            active, archive = _period(figures["active"]), _period(figures["archive"])
            rules.append(
                RetentionRule(
                    category=words["category"],
                    active=active,
                    archive=archive,
                    trigger=words["trigger"],
                    end_action=figures["end_action"],
                    criterion=words["criterion"],
                    recommended=Recommendation(active, archive, figures["end_action"]),
                )
            )
        return Activity(
            name=text["name"],
            template_key=self.key,
            software=text["software"],
            purposes=tuple(text["purposes"]),
            legal_basis=t["legal_basis"],
            legal_basis_detail=text["legal_basis_detail"],
            art9_condition=t["art9_condition"],
            art9_detail=text["art9_detail"],
            persons=tuple(Checked(c, text["persons_details"].get(c, "")) for c in t["persons"]),
            data_categories=tuple(Checked(c, text["data_details"].get(c, "")) for c in t["data_categories"]),
            sensitive_data=tuple(
                Checked(c, text["sensitive_details"].get(c, "")) for c in t["sensitive_data"]
            ),
            data_source=text["data_source"],
            recipients_internal=tuple(text["recipients_internal"]),
            recipients_external=tuple(text["recipients_external"]),
            retention=tuple(rules),
            security_measures=tuple(
                Checked(c, text["security_details"].get(c, "")) for c in t["security_measures"]
            ),
            dpia_required=t["dpia_required"],
            dpia_reason=text["dpia_reason"],
            information=text["information"],
        )


@dataclass(frozen=True)
class ProcessorTemplate:
    key: str
    raw: dict[str, Any]

    def name(self, lang: str = "fr") -> str:
        return str(self.raw[_lang(lang)]["name"])

    def hint(self, lang: str = "fr") -> str:
        """Advice shown while completing the provider (not copied into the register)."""
        return str(self.raw[_lang(lang)]["notes"])

    def to_processor(self, lang: str = "fr") -> Processor:
        text = self.raw[_lang(lang)]
        return Processor(
            name=text["name"],
            template_key=self.key,
            role=self.raw["role"],
            services=text["services"],
            hosts_health_data=self.raw["hosts_health_data"],
        )


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "fr"


def _period(value: dict[str, Any] | None) -> Period | None:
    return None if value is None else Period(int(value["value"]), str(value["unit"]))


# --- loading and checking ----------------------------------------------------------------------------
def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def check_processors(doc: Any) -> list[str]:
    problems: list[str] = []
    if not isinstance(doc, dict) or doc.get("format") != PROCESSORS_FORMAT:
        return [f"format « {PROCESSORS_FORMAT} » attendu"]
    keys: set[str] = set()
    for i, p in enumerate(doc.get("processors", [])):
        where = f"processors[{i}]"
        key = p.get("key")
        if not isinstance(key, str) or not key or key in keys:
            problems.append(f"{where}.key absente ou en double")
        keys.add(key)
        if p.get("role") not in V.PROCESSOR_ROLES:
            problems.append(f"{where}.role inconnu")
        for flag in ("hosts_health_data", "clauses_expected"):
            if not isinstance(p.get(flag), bool):
                problems.append(f"{where}.{flag} doit valoir true ou false")
        for lang in LANGS:
            text = p.get(lang)
            if not isinstance(text, dict) or set(text) != {"name", "services", "notes"}:
                problems.append(f"{where}.{lang} doit avoir name, services, notes")
            elif not text["name"].strip():
                problems.append(f"{where}.{lang}.name vide")
    return problems


_LANG_KEYS = {
    "name",
    "software",
    "purposes",
    "legal_basis_detail",
    "art9_detail",
    "persons_details",
    "data_details",
    "sensitive_details",
    "data_source",
    "recipients_internal",
    "recipients_external",
    "retention",
    "security_details",
    "dpia_reason",
    "information",
}
_CODE_LISTS = (
    ("persons", V.PERSON_CATEGORIES, "persons_details"),
    ("data_categories", V.DATA_CATEGORIES, "data_details"),
    ("sensitive_data", V.SENSITIVE_DATA, "sensitive_details"),
    ("security_measures", V.SECURITY_MEASURES, "security_details"),
)


def check_templates(doc: Any, processor_keys: set[str], profession_codes: set[str]) -> list[str]:
    problems: list[str] = []
    if not isinstance(doc, dict) or doc.get("format") != TEMPLATES_FORMAT:
        return [f"format « {TEMPLATES_FORMAT} » attendu"]
    keys: set[str] = set()
    for i, t in enumerate(doc.get("activities", [])):
        w = f"activities[{i}]"
        if not isinstance(t.get("key"), str) or t["key"] in keys:
            problems.append(f"{w}.key absente ou en double")
        keys.add(t.get("key"))
        for prof in t.get("professions", []):
            if prof != "*" and prof not in profession_codes:
                problems.append(f"{w}.professions : profession inconnue {prof}")
        if t.get("legal_basis") not in V.LEGAL_BASES:
            problems.append(f"{w}.legal_basis inconnue")
        if t.get("art9_condition") not in ("", *V.ART9_CONDITIONS):
            problems.append(f"{w}.art9_condition inconnue")
        for key, vocab, _ in _CODE_LISTS:
            for code in t.get(key, []):
                if code not in vocab:
                    problems.append(f"{w}.{key} : code inconnu {code}")
        if t.get("security_measures"):
            # The register states a measure only when the self-assessment says it is in place (see
            # core/rules/register_measures.py): a template never ticks one for the practitioner.
            problems.append(f"{w}.security_measures : un modèle ne coche aucune mesure de sécurité")
        for key in t.get("processors", []):
            if key not in processor_keys:
                problems.append(f"{w}.processors : prestataire inconnu {key}")
        for j, r in enumerate(t.get("retention", [])):
            for part in ("active", "archive"):
                period = r.get(part)
                if period is not None and (
                    not isinstance(period.get("value"), int) or period.get("unit") not in V.PERIOD_UNITS
                ):
                    problems.append(f"{w}.retention[{j}].{part} invalide")
            if r.get("end_action") not in ("", *V.END_ACTIONS):
                problems.append(f"{w}.retention[{j}].end_action inconnue")
        for lang in LANGS:
            text = t.get(lang)
            if not isinstance(text, dict) or set(text) != _LANG_KEYS:
                missing = _LANG_KEYS - set(text or {})
                problems.append(f"{w}.{lang} : champs manquants ou en trop {sorted(missing)}")
                continue
            if len(text["retention"]) != len(t.get("retention", [])):
                problems.append(f"{w}.{lang}.retention ne correspond pas aux durées")
            for key, _vocab, details in _CODE_LISTS:
                extra = set(text[details]) - set(t.get(key, []))
                if extra:
                    problems.append(
                        f"{w}.{lang}.{details} : précisions pour des cases non cochées {sorted(extra)}"
                    )
            if not text["name"].strip() or not text["purposes"]:
                problems.append(f"{w}.{lang} : nom ou finalités vides")
        # Every template must itself be a complete activity once applied: the user only adds their specifics.
        if not problems:
            for lang in LANGS:
                tpl = ActivityTemplate(t["key"], tuple(t["professions"]), bool(t["preselected"]), t)
                gaps = [g for g in tpl.to_activity(lang).missing() if g.code != PLACEHOLDER_GAP]
                if gaps:
                    problems.append(f"{w} ({lang}) incomplet : {', '.join(g.path for g in gaps)}")
    return problems


@cache
def processor_templates() -> tuple[ProcessorTemplate, ...]:
    doc = _read(resources_dir() / "register" / "processors.json")
    problems = check_processors(doc)
    if problems:
        raise CatalogueError("; ".join(problems))
    return tuple(ProcessorTemplate(p["key"], p) for p in doc["processors"])


@cache
def activity_templates() -> tuple[ActivityTemplate, ...]:
    doc = _read(resources_dir() / "register" / "templates.json")
    problems = check_templates(doc, {p.key for p in processor_templates()}, {p.code for p in professions()})
    if problems:
        raise CatalogueError("; ".join(problems))
    return tuple(
        ActivityTemplate(t["key"], tuple(t["professions"]), bool(t["preselected"]), t)
        for t in doc["activities"]
    )


def templates_for(profession: str) -> list[ActivityTemplate]:
    """The activities to propose to this profession, in the catalogue's order (most common first)."""
    return [t for t in activity_templates() if t.applies_to(profession)]


def activity_template(key: str) -> ActivityTemplate | None:
    return next((t for t in activity_templates() if t.key == key), None)


def processor_template(key: str) -> ProcessorTemplate | None:
    return next((p for p in processor_templates() if p.key == key), None)
