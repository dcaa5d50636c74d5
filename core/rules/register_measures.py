"""Pre-tick an activity's security measures from the self-assessment, and say so in each measure's detail.

Only measures the self-assessment supports (state ``ticked``) are touched: they are ticked (or, when already
ticked, confirmed) and their detail ends with "d'après l'auto-évaluation <year>". Every other box keeps exactly
what the practitioner wrote. Checklist measures without a box of their own in the CNIL model (authentication,
network, exchanges, staff, incidents) are listed under "Autres mesures" (``other``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from core.content.checklist import Measure
from core.domain.register import Checked
from core.rules.checklist_measures import MeasureState, MeasureSuggestion

OTHER = "other"
_PROVENANCE = re.compile(r"(?:\s*—\s*)?d'après l'auto-évaluation \d{4}.*\Z", re.DOTALL)


@dataclass(frozen=True)
class MeasureMerge:
    measures: tuple[Checked, ...]  # the activity's new value, in the register's order
    ticked: tuple[str, ...]  # register codes ticked now
    confirmed: tuple[str, ...]  # already ticked, now also backed by the self-assessment
    unconfirmed: tuple[str, ...]  # ticked by the practitioner, not backed by the self-assessment (left as is)
    other_measures: tuple[str, ...]  # checklist codes listed under "other"
    provenance: str

    @property
    def changed(self) -> bool:
        return bool(self.ticked or self.confirmed)


def provenance(year: int, closed: bool) -> str:
    return f"d'après l'auto-évaluation {year}" + ("" if closed else " (en cours)")


def with_provenance(detail: str, source: str) -> str:
    """The practitioner's own text, then the (replaced, never repeated) provenance."""
    own = _PROVENANCE.sub("", detail).strip()
    return f"{own} — {source}" if own else source


def merge(
    current: Sequence[Checked],
    suggestions: Mapping[str, MeasureSuggestion],
    register_codes: Sequence[str],
    labels_fr: Mapping[str, str],
    year: int,
    closed: bool,
) -> MeasureMerge:
    """``register_codes``: the register's boxes in order; ``labels_fr``: French labels of checklist measures."""
    source = provenance(year, closed)
    supported = [code for code, s in suggestions.items() if s.ticked]
    others = tuple(c for c in supported if c not in register_codes)
    wanted: dict[str, str] = {c: source for c in supported if c in register_codes}
    if others and OTHER in register_codes:
        wanted[OTHER] = source + " : " + " ; ".join(labels_fr.get(c, c) for c in others)
    chosen = {c.code: c.detail for c in current}
    ticked, confirmed = [], []
    for code, text in wanted.items():
        (confirmed if code in chosen else ticked).append(code)
        chosen[code] = with_provenance(chosen.get(code, ""), text)
    backed = set(wanted)
    unconfirmed = tuple(c.code for c in current if c.code not in backed)
    order = {code: n for n, code in enumerate(register_codes)}
    measures = tuple(
        Checked(code, detail) for code, detail in sorted(chosen.items(), key=lambda kv: order.get(kv[0], 999))
    )
    by_order = (
        sorted(ticked, key=lambda c: order.get(c, 999)),
        sorted(confirmed, key=lambda c: order.get(c, 999)),
    )
    return MeasureMerge(measures, tuple(by_order[0]), tuple(by_order[1]), unconfirmed, others, source)


# --- what the register states ------------------------------------------------------------------------------
class Standing(StrEnum):
    """Where a measure stands in the register: only the self-assessment makes a measure "in place"."""

    IN_PLACE = "in_place"  # every linked question that applies answered "yes"
    TO_DO = "to_do"  # answered "no" or "partly": to be put in place, whatever box the practitioner ticked
    DECLARED = "declared"  # ticked by the practitioner, not answered yet in the self-assessment
    TEMPLATE = "template"  # ticked by an old template (its text untouched), never confirmed: to be confirmed
    UNASSESSED = "unassessed"  # neither answered nor ticked: to be put in place (or confirmed) too


@dataclass(frozen=True)
class MeasureLine:
    code: str  # the checklist measure's code
    label_fr: str
    label_en: str
    standing: Standing
    items: tuple[str, ...]  # the self-assessment questions that decide it (the link between the two)
    detail: str  # the practitioner's own words for this measure, provenance removed

    @property
    def stated(self) -> bool:
        return self.standing in (Standing.IN_PLACE, Standing.DECLARED)


# French wording of each standing, for text core writes (CSV export); the printed register groups them.
STANDING_FR = {
    Standing.IN_PLACE: "en place d'après l'auto-évaluation",
    Standing.TO_DO: "à mettre en place (l'auto-évaluation répond non ou en partie)",
    Standing.DECLARED: "déclarée par le praticien, pas encore vérifiée par l'auto-évaluation",
    Standing.TEMPLATE: "pré-cochée par un modèle d'une version précédente, à confirmer",
    Standing.UNASSESSED: "à mettre en place ou à confirmer",
}


def statement(
    stored: Sequence[Checked],
    suggestions: Mapping[str, MeasureSuggestion] | None,
    catalogue: Sequence[Measure],
    template_texts: Mapping[str, frozenset[str]] | None = None,
) -> tuple[MeasureLine, ...]:
    """The register's security section for one activity: each measure of the self-assessment, in catalogue order.

    ``stored``: the boxes the practitioner ticked on the activity (codes of the register's vocabulary);
    ``suggestions``: from the latest self-assessment (None when there is none). A ticked box never overrides a
    "no": the register never states a measure the self-assessment says is missing. ``template_texts`` (default:
    :func:`core.content.legacy_measures.template_texts`): a tick still holding an old template's text word for
    word is ``TEMPLATE`` (to confirm), never "declared by the practitioner".
    """
    if template_texts is None:
        from core.content.legacy_measures import template_texts as load

        template_texts = load()
    details = {c.code: _PROVENANCE.sub("", c.detail).strip() for c in stored}
    left_by_template = {code for code, text in details.items() if text in template_texts.get(code, frozenset())}
    lines: list[MeasureLine] = []
    for entry in catalogue:
        found = suggestions.get(entry.code) if suggestions else None
        state = found.state if found else MeasureState.UNKNOWN
        if state == MeasureState.TICKED:
            standing = Standing.IN_PLACE
        elif state in (MeasureState.NOT_TICKED, MeasureState.PARTIAL):
            standing = Standing.TO_DO
        elif entry.code in left_by_template:
            standing = Standing.TEMPLATE
        elif entry.code in details:
            standing = Standing.DECLARED
        else:
            standing = Standing.UNASSESSED
        items = found.items if found and found.items else entry.items
        own_words = "" if entry.code in left_by_template else details.get(entry.code, "")  # a template's claims
        lines.append(MeasureLine(entry.code, entry.label.fr, entry.label.en, standing, items, own_words))
    own = details.get(OTHER, "")
    if own:  # "Autres mesures" with the practitioner's own words: stated as theirs
        lines.append(MeasureLine(OTHER, "Autres mesures", "Other measures", Standing.DECLARED, (), own))
    return tuple(lines)
