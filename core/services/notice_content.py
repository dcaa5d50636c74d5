"""What the waiting-room notice says, taken from the register: only the activities that concern patients.

Staff payroll or supplier files are in the register too, but a notice for patients must describe what
happens to *their* data; an activity counts when its persons include patients or those acting for them.

Recipients are told in plain words and grouped (GDPR art. 13(1)(e) allows categories of recipients): the
register's free-text lines ("Le praticien", "CPAM", "Caisses d'assurance maladie (CPAM, MSA…)") become one
line per kind of recipient, each once. The practice's staff and locums are named only when the security
profile says there are some. Whatever still reads "à préciser" is a gap: :func:`gaps` lists it, and the notice
is not printed until it is filled (a patient never reads a placeholder).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from core.domain import register_vocab as V
from core.domain.practice import Practice
from core.domain.problems import problem
from core.domain.register import PLACEHOLDERS, Activity, Register
from core.errors import FieldProblem
from core.reports.notice import NoticeContent, NoticePurpose

PATIENT_PERSONS = frozenset({"patients", "representatives", "relatives", "insured"})
NO_TRANSFER = "Aucune donnée n'est transférée hors de l'Union européenne."

PRACTITIONER = "Votre praticien"
PRACTITIONER_AND_LOCUMS = "Votre praticien et ceux qui le remplacent ou exercent avec lui"
STAFF = "Le secrétariat du cabinet, pour ce qui relève de sa mission (rendez-vous, facturation)"
# (kind, plain words, casefolded patterns) for recipients outside the practice, first match wins.
EXTERNAL_KINDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("dmp", "Mon espace santé (dossier médical partagé)", (r"\bdmp\b", r"mon espace santé")),
    (
        "labs",
        "Les laboratoires et centres d'imagerie qui réalisent vos examens",
        (r"laboratoire", r"imagerie", r"radiolog"),
    ),
    (
        "insurers",
        "L'Assurance maladie et votre complémentaire santé, pour vos remboursements",
        (r"assurance maladie", r"\bcpam\b", r"\bmsa\b", r"complémentaire", r"\bamc\b", r"\bamo\b", r"mutuelle"),
    ),
    (
        "authorities",
        "Les autorités sanitaires, pour les déclarations obligatoires",
        (r"\bars\b", r"santé publique", r"autorités? sanitaire", r"déclarations? obligatoire"),
    ),
    (
        "accounting",
        "Le comptable, l'organisme de gestion agréé et l'administration fiscale (comptabilité)",
        (r"comptable", r"gestion agréé", r"\baga\b", r"\boga\b", r"fiscal"),
    ),
    (
        "care",
        "Les professionnels de santé qui participent à vos soins, dans la limite du secret partagé",
        (r"professionnels? (de santé|requis|correspondant)", r"équipe de soins", r"correspondant",
         r"médecin traitant", r"spécialiste", r"requérant"),
    ),
)
PRINT_ORDER = ("care", "labs", "dmp", "insurers", "authorities", "accounting")
_STAFF_WORDS = re.compile(r"secrétar|secrétaire|personnel|assistant|télésecr|accueil", re.IGNORECASE)
_LOCUM_WORDS = re.compile(r"remplaç|collaborat|stagiaire|interne\b|associé", re.IGNORECASE)


def concerns_patients(activity: Activity) -> bool:
    return any(p.code in PATIENT_PERSONS for p in activity.persons)


def from_register(register: Register, profile: Mapping[str, bool] | None = None) -> NoticeContent | None:
    """None when no activity of the register concerns patients (the generic text is used instead)."""
    activities = [a for a in register.activities if concerns_patients(a)]
    if not activities:
        return None
    purposes = tuple(NoticePurpose(a.name, _basis(a), _retention(a)) for a in activities)
    processors: list[str] = []
    for a in activities:
        for ref in a.processor_refs:
            processor = register.processor(ref)
            if processor is not None and processor.role == "processor":
                processors.append(processor.name)
    return NoticeContent(
        purposes=purposes,
        recipients=recipients(activities, profile or {}),
        transfers=_transfers(activities),
        from_register=True,
        processors=_unique(processors),
        health_basis=_health_basis(activities),
    )


def recipients(activities: list[Activity], profile: Mapping[str, bool]) -> tuple[str, ...]:
    """One plain line per kind of recipient, each once; staff and locums only if the profile has them."""
    internal = [r for a in activities for r in a.recipients_internal if r.strip()]
    external = [r for a in activities for r in a.recipients_external if r.strip()]
    lines: list[str] = []
    if internal or external:
        has_locums = bool(profile.get("has_replacements")) and any(_LOCUM_WORDS.search(r) for r in internal)
        lines.append(PRACTITIONER_AND_LOCUMS if has_locums else PRACTITIONER)
    if profile.get("has_staff") and any(_STAFF_WORDS.search(r) for r in internal):
        lines.append(STAFF)
    kinds: dict[str, str] = {}
    others: list[str] = []
    for text in external:
        folded = text.casefold()
        for kind, words, patterns in EXTERNAL_KINDS:
            if any(re.search(p, folded) for p in patterns):
                kinds.setdefault(kind, words)
                break
        else:
            others.append(text)
    order = list(PRINT_ORDER)
    lines += [kinds[k] for k in sorted(kinds, key=order.index)]
    lines += _unique(others)
    return tuple(dict.fromkeys(lines))


@dataclass(frozen=True)
class NoticeGap:
    """Something to fill in before printing: a code (``notice.gap.<code>`` in :mod:`core.domain.problems.files`,
    French and English) and the name it is about."""

    code: str
    subject: str = ""

    def as_problem(self) -> FieldProblem:
        return problem(f"notice.{self.code}", f"notice.gap.{self.code}", subject=self.subject)

    def text(self) -> str:
        """The French wording (command line, errors)."""
        return self.as_problem().problem


def gaps(content: NoticeContent, practice: Practice | None) -> list[NoticeGap]:
    """What must be filled in before the notice can go on the wall: a patient never reads "à préciser"."""
    found: list[NoticeGap] = []
    for purpose in content.purposes:
        if _placeholder(purpose.name):
            found.append(NoticeGap("activity_name", purpose.name))
        if not purpose.legal_basis or _placeholder(purpose.legal_basis):
            found.append(NoticeGap("legal_basis", purpose.name))
        if _placeholder(purpose.retention):
            found.append(NoticeGap("retention", purpose.name))
    found += [NoticeGap("processor_name", name) for name in content.processors if _placeholder(name)]
    found += [NoticeGap("recipient", line) for line in content.recipients if _placeholder(line)]
    if _placeholder(content.transfers):
        found.append(NoticeGap("transfer_safeguard"))
    if practice is not None:
        if not (practice.practitioner.strip() or practice.name.strip()):
            found.append(NoticeGap("practitioner"))
        if not (practice.address.strip() or practice.phone.strip() or practice.email.strip()):
            found.append(NoticeGap("contact"))
    return list(dict.fromkeys(found))


def _placeholder(text: str) -> bool:
    lowered = (text or "").casefold()
    return any(mark in lowered for mark in PLACEHOLDERS)


def _unique(items: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for item in items:
        text = " ".join(item.split())
        if text:
            seen.setdefault(text.casefold(), text)
    return tuple(seen.values())


def _basis(activity: Activity) -> str:
    """The art. 6 basis; the art. 9 condition, the same for every care activity, is said once (health_basis)."""
    return V.label(V.LEGAL_BASES, activity.legal_basis) if activity.legal_basis else ""


def _health_basis(activities: list[Activity]) -> str:
    labels = [V.label(V.ART9_CONDITIONS, a.art9_condition) for a in activities if a.art9_condition]
    return " ; ".join(dict.fromkeys(labels))


def _retention(activity: Activity) -> str:
    """The figures of each rule (the criterion only when there are none): a notice is no place for notes."""
    texts = []
    for rule in activity.retention:
        figures = [rule.active.text() + " en base active"] if rule.active is not None else []
        if rule.archive is not None and rule.archive.value > 0:
            figures.append(rule.archive.text() + " en archives")
        text = " + ".join(figures) or rule.criterion.strip()
        if text:
            texts.append(f"{rule.category} : {text}" if len(activity.retention) > 1 else text)
    return " ; ".join(texts)


def _transfers(activities: list[Activity]) -> str:
    found = []
    for a in activities:
        if not a.transfers_outside_eu:
            continue
        for t in a.transfers:
            safeguard = V.label(V.SAFEGUARDS, t.safeguard) if t.safeguard else "garantie à préciser"
            found.append(f"{t.country} ({safeguard})")
    if not found:
        return NO_TRANSFER
    places = ", ".join(dict.fromkeys(found))
    return f"Certaines données sont transférées hors de l'Union européenne : {places}."
