"""What the waiting-room notice says, taken from the register: only the activities that concern patients.

Staff payroll or supplier files are in the register too, but a notice for patients must describe what
happens to *their* data; an activity counts when its persons include patients or those acting for them.
"""

from __future__ import annotations

from core.domain import register_vocab as V
from core.domain.register import Activity, Register
from core.reports.notice import NoticeContent, NoticePurpose

PATIENT_PERSONS = frozenset({"patients", "representatives", "relatives", "insured"})
NO_TRANSFER = "Aucune donnée n'est transférée hors de l'Union européenne."


def concerns_patients(activity: Activity) -> bool:
    return any(p.code in PATIENT_PERSONS for p in activity.persons)


def from_register(register: Register) -> NoticeContent | None:
    """None when no activity of the register concerns patients (the generic text is used instead)."""
    activities = [a for a in register.activities if concerns_patients(a)]
    if not activities:
        return None
    purposes = tuple(NoticePurpose(a.name, _basis(a), _retention(a)) for a in activities)
    recipients: list[str] = []
    processors: list[str] = []
    for a in activities:
        recipients += a.recipients_internal
        recipients += a.recipients_external
        for ref in a.processor_refs:
            processor = register.processor(ref)
            if processor is not None:
                processors.append(processor.name)
    return NoticeContent(
        purposes=purposes,
        recipients=_unique(recipients),
        transfers=_transfers(activities),
        from_register=True,
        processors=_unique(processors),
    )


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i.strip() for i in items if i.strip()))


def _basis(activity: Activity) -> str:
    parts = []
    if activity.legal_basis:
        parts.append(V.label(V.LEGAL_BASES, activity.legal_basis))
    if activity.art9_condition:
        parts.append(V.label(V.ART9_CONDITIONS, activity.art9_condition))
    return " ; ".join(parts) or "à préciser"


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
