"""Which unanswered questions would change the conclusion: the wizard shows them next to "when in doubt".

For each fact still unknown, the plausible answers are tried through the same :func:`core.rules.breach.assess`;
only those that move the outcome (notify the CNIL, inform the persons) are reported, as codes rendered in French
or English (:meth:`WhatIf.text`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from core.domain.breach import BreachFacts, Confidentiality
from core.rules.breach import assess

# Questions and answers by code, (French, English): rendered in the user's language at the edge.
WORDS: dict[str, tuple[str, str]] = {
    "q.protection": ("Les données étaient-elles chiffrées ?", "Were the data encrypted?"),
    "a.encrypted": ("oui, clé restée sûre", "yes, the key stayed safe"),
    "a.no": ("non", "no"),
    "a.yes": ("oui", "yes"),
    "q.exposure": ("Quelqu'un a-t-il pu voir les données ?", "Could anyone have seen the data?"),
    "a.nobody": ("non, c'est établi", "no, established"),
    "a.strangers": ("oui, des inconnus", "yes, unknown persons"),
    "q.categories": ("Quelles données étaient concernées ?", "Which data were concerned?"),
    "a.contact_only": ("coordonnées seulement", "contact details only"),
    "a.medical": ("dossiers médicaux", "medical records"),
    "q.count": ("Combien de personnes sont concernées ?", "How many persons are concerned?"),
    "a.few": ("une ou deux", "one or two"),
    "a.many": ("plus de 5 000", "more than 5,000"),
    "q.restore": ("Combien de temps pour tout rétablir ?", "How long to restore everything?"),
    "a.hours": ("moins d'une journée", "less than a day"),
    "a.days": ("plusieurs jours", "several days"),
    "q.misuse": ("Les données modifiées peuvent-elles être rétablies ?", "Can the altered data be restored?"),
    "q.attack": ("Est-ce une attaque ?", "Is it an attack?"),
}


def word(code: str, lang: str = "fr") -> str:
    return WORDS[code][1 if lang == "en" else 0]


@dataclass(frozen=True)
class WhatIf:
    question_code: str  # the unanswered question, as the wizard asks it
    answer_code: str  # one possible answer
    notify: bool
    inform: bool

    @property
    def question(self) -> str:
        return word(self.question_code)

    @property
    def answer(self) -> str:
        return word(self.answer_code)

    def text(self, lang: str = "fr") -> str:
        if lang == "en":
            outcome = ("notify the CNIL" if self.notify else "no notification to the CNIL") + (
                " and inform the persons" if self.inform else ""
            )
            return f"{word(self.question_code, lang)} — if “{word(self.answer_code, lang)}”: {outcome}."
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
                "q.protection",
                [
                    ("a.encrypted", lambda f: replace(f, protection="encrypted_key_safe")),
                    ("a.no", lambda f: replace(f, protection="none")),
                ],
            )
        )
    c = facts.confidentiality
    if c is not None and c.exposure == "unknown":
        out.append(
            (
                "q.exposure",
                [
                    ("a.nobody", lambda f: _conf(f, exposure="none_proven")),
                    ("a.strangers", lambda f: _conf(f, exposure="unknown_recipients")),
                ],
            )
        )
    if facts.categories_unknown:
        out.append(
            (
                "q.categories",
                [
                    (
                        "a.contact_only",
                        lambda f: replace(f, data_categories=("civil_status", "contact")),
                    ),
                    ("a.medical", lambda f: replace(f, data_categories=("civil_status", "health"))),
                ],
            )
        )
    if facts.subjects.count is None:
        out.append(
            (
                "q.count",
                [
                    ("a.few", lambda f: replace(f, subjects=replace(f.subjects, count=2))),
                    ("a.many", lambda f: replace(f, subjects=replace(f.subjects, count=6000))),
                ],
            )
        )
    a = facts.availability
    if a is not None and a.restore_hours is None and not a.permanent_loss:
        out.append(
            (
                "q.restore",
                [
                    (
                        "a.hours",
                        lambda f: replace(
                            f, availability=replace(f.availability, backup=True, restore_hours=4)
                        ),
                    ),
                    (
                        "a.days",
                        lambda f: replace(
                            f, availability=replace(f.availability, backup=True, restore_hours=96)
                        ),
                    ),
                ],
            )
        )
    if facts.malicious is None and facts.cause in (None, "unknown"):
        out.append(
            (
                "q.attack",
                [
                    ("a.yes", lambda f: replace(f, malicious=True)),
                    ("a.no", lambda f: replace(f, malicious=False)),
                ],
            )
        )
    i = facts.integrity
    if i is not None and i.misuse is None:
        out.append(
            (
                "q.misuse",
                [
                    ("a.yes", lambda f: replace(f, integrity=replace(f.integrity, misuse="recoverable"))),
                    ("a.no", lambda f: replace(f, integrity=replace(f.integrity, misuse="not_recoverable"))),
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
