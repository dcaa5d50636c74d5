"""What each entry of an incident's timeline says, in French or English.

The vault keeps the French note written when the event happened (the printed journal shows it as it was).
Notes that Vigie wrote itself (assessment and decision summaries, the default discovery and correction notes) are
rebuilt here from the event's details and the record, so that the English interface shows no French; a note
the practitioner typed is shown as typed.
"""

from __future__ import annotations

from core.domain import incident_vocab
from core.domain.incident import IncidentRecord, TimelineEvent

# Notes Vigie writes itself -> (French, English); the French text is what the vault stores.
REPORTED = ("Incident signalé dans Vigie.", "Incident reported in Vigie.")
RECORDED = ("Incident enregistré.", "Incident recorded.")
WIZARD_CORRECTION = (
    "Heure de prise de connaissance corrigée dans l'assistant, avant l'évaluation.",
    "Awareness time corrected in the wizard, before the assessment.",
)
_OWN_NOTES = {fr: en for fr, en in (REPORTED, RECORDED, WIZARD_CORRECTION)}


def _duties(notify: bool, inform: bool, lang: str) -> str:
    if lang == "en":
        return ("notify the CNIL" if notify else "no notification to the CNIL") + (
            "; inform the persons" if inform else "; do not inform the persons"
        )
    return ("notifier la CNIL" if notify else "ne pas notifier la CNIL") + (
        " ; informer les personnes" if inform else " ; ne pas informer les personnes"
    )


def note_text(event: TimelineEvent, record: IncidentRecord, lang: str = "fr") -> str:
    """The event's note in ``lang``: Vigie's own notes rebuilt, the practitioner's as typed."""
    if lang != "en":
        return event.note
    if event.kind == "assessed":
        version = event.details.get("version")
        found = next((a for a in record.assessments if a.version == version), None)
        if found is not None:
            r = found.result
            return f"Assessment no. {version}: {_duties(r.notify_authority, r.inform_subjects, lang)}."
    if event.kind == "decided" and "notify" in event.details:
        text = _duties(bool(event.details["notify"]), bool(event.details.get("inform")), lang)
        text = text[:1].upper() + text[1:] + "."
        if event.details.get("overridden"):
            decision = next((d for d in record.decisions if d.decided_at == event.at), None)
            justification = decision.justification.strip() if decision else ""
            text += " Departs from Vigie's conclusion, justified" + (
                f": {justification}" if justification else "."
            )
        return text
    return _OWN_NOTES.get(event.note, event.note)


def line(event: TimelineEvent, record: IncidentRecord, lang: str = "fr") -> tuple[str, str, str]:
    """(label, detail phrase, note) of a timeline entry in ``lang``."""
    return (
        incident_vocab.event_label(event.code, lang),
        incident_vocab.event_detail(event.code, event.details, lang),
        note_text(event, record, lang),
    )
