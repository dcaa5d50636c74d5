"""Which unanswered questions would change the conclusion: the wizard shows them next to "when in doubt".

For each fact still unknown, the plausible answers are tried through the same :func:`core.rules.breach.assess`;
only those that move the outcome (notify the CNIL, inform the persons) are reported, in French.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from core.domain.breach import BreachFacts, Confidentiality
from core.rules.breach import assess


@dataclass(frozen=True)
class WhatIf:
    question: str  # the unanswered question, as the wizard asks it
    answer: str  # one possible answer
    notify: bool
    inform: bool

    def text(self) -> str:
        outcome = ("notifier la CNIL" if self.notify else "pas de notification à la CNIL") + (
            " et informer les personnes" if self.inform else ""
        )
        return f"{self.question} — si « {self.answer} » : {outcome}."


Variant = tuple[str, Callable[[BreachFacts], BreachFacts]]


def _conf(facts: BreachFacts, **changes: object) -> BreachFacts:
    base = facts.confidentiality or Confidentiality()
    return replace(facts, confidentiality=replace(base, **changes))  # type: ignore[arg-type]


def _questions(facts: BreachFacts) -> list[tuple[str, list[Variant]]]:
    out: list[tuple[str, list[Variant]]] = []
    if facts.protection is None:
        out.append(
            (
                "Les données étaient-elles chiffrées ?",
                [
                    ("oui, clé restée sûre", lambda f: replace(f, protection="encrypted_key_safe")),
                    ("non", lambda f: replace(f, protection="none")),
                ],
            )
        )
    c = facts.confidentiality
    if c is not None and c.exposure == "unknown":
        out.append(
            (
                "Quelqu'un a-t-il pu voir les données ?",
                [
                    ("non, c'est établi", lambda f: _conf(f, exposure="none_proven")),
                    ("oui, des inconnus", lambda f: _conf(f, exposure="unknown_recipients")),
                ],
            )
        )
    if facts.categories_unknown:
        out.append(
            (
                "Quelles données étaient concernées ?",
                [
                    (
                        "coordonnées seulement",
                        lambda f: replace(f, data_categories=("civil_status", "contact")),
                    ),
                    ("dossiers médicaux", lambda f: replace(f, data_categories=("civil_status", "health"))),
                ],
            )
        )
    if facts.subjects.count is None:
        out.append(
            (
                "Combien de personnes sont concernées ?",
                [
                    ("une ou deux", lambda f: replace(f, subjects=replace(f.subjects, count=2))),
                    ("plus de 5 000", lambda f: replace(f, subjects=replace(f.subjects, count=6000))),
                ],
            )
        )
    a = facts.availability
    if a is not None and a.restore_hours is None and not a.permanent_loss:
        out.append(
            (
                "Combien de temps pour tout rétablir ?",
                [
                    (
                        "moins d'une journée",
                        lambda f: replace(
                            f, availability=replace(f.availability, backup=True, restore_hours=4)
                        ),
                    ),
                    (
                        "plusieurs jours",
                        lambda f: replace(
                            f, availability=replace(f.availability, backup=True, restore_hours=96)
                        ),
                    ),
                ],
            )
        )
    i = facts.integrity
    if i is not None and i.misuse is None:
        out.append(
            (
                "Les données modifiées peuvent-elles être rétablies ?",
                [
                    ("oui", lambda f: replace(f, integrity=replace(f.integrity, misuse="recoverable"))),
                    ("non", lambda f: replace(f, integrity=replace(f.integrity, misuse="not_recoverable"))),
                ],
            )
        )
    return out


def what_would_change(facts: BreachFacts) -> list[WhatIf]:
    """The answers to still-open questions that would change who must be told."""
    if not facts.personal_data:
        return []
    now = assess(facts)
    found: list[WhatIf] = []
    for question, variants in _questions(facts):
        for answer, change in variants:
            other = assess(change(facts))
            if (other.notify_authority, other.inform_subjects) != (now.notify_authority, now.inform_subjects):
                found.append(WhatIf(question, answer, other.notify_authority, other.inform_subjects))
    return found
