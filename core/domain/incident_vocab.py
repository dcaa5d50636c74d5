"""The incident journal's vocabulary, once, in French and English: timeline event kinds and channels.

The vault stores codes; the GUI renders them in the interface language, the printed documents (CNIL dossier,
extract) in French. ``mailing_prepared`` is not a stored kind: a print run (letters printed, e-mail file
prepared) is kept as a timeline ``note`` whose details say ``type: mailing_prepared`` (the table's kinds are
fixed by migration 0004), see :attr:`core.domain.incident.TimelineEvent.code`. Only ``persons_informed`` says
that persons were informed: it is recorded when the practitioner confirms the letters were posted or the
e-mails sent.
"""

from __future__ import annotations

from typing import Any

from core.domain.terms import Term, by_code
from core.wording import persons

__all__ = ["CHANNELS", "EVENTS", "event_detail", "event_label", "channel_label", "persons"]


EVENTS = by_code(
    Term("discovered", "Incident découvert", "Incident discovered"),
    Term("awareness_changed", "Date de prise de connaissance corrigée", "Awareness date corrected"),
    Term("contained", "Incident maîtrisé", "Incident contained"),
    Term("assessed", "Évaluation", "Assessment"),
    Term("decided", "Décision", "Decision"),
    Term("cnil_notified", "Notification à la CNIL", "Notification to the CNIL"),
    Term("mailing_prepared", "Information des personnes préparée", "Information of persons prepared"),
    Term("persons_informed", "Personnes informées", "Persons informed"),
    Term("police_complaint", "Plainte déposée", "Police complaint filed"),
    Term("insurer_informed", "Assureur informé", "Insurer informed"),
    Term("processor_informed", "Sous-traitant ou éditeur informé", "Processor or software vendor informed"),
    Term("note", "Note", "Note"),
    Term("closed", "Incident clos", "Incident closed"),
)

# How persons were (or will be) informed; ``letter`` is the post.
CHANNELS = by_code(
    Term("letter", "courrier", "post"),
    Term("email", "e-mail", "e-mail"),
    Term("phone", "téléphone", "telephone"),
    Term("in_person", "entretien au cabinet", "in person at the practice"),
    Term("public_notice", "communication publique", "public communication"),
    Term("other", "autre moyen", "other means"),
)

# What a print run prepared, by channel (never "informed": nothing is posted or sent yet).
_PREPARED = {
    "letter": ("lettres préparées", "letters prepared"),
    "email": ("fichier d'e-mails préparé", "e-mail file prepared"),
    "public_notice": ("communication publique préparée", "public communication prepared"),
}


def event_label(code: str, lang: str = "fr") -> str:
    term = EVENTS.get(code)
    return term.label(lang) if term else code


def channel_label(code: str, lang: str = "fr") -> str:
    term = CHANNELS.get(code)
    return term.label(lang) if term else CHANNELS["other"].label(lang)


def event_detail(code: str, details: dict[str, Any], lang: str = "fr") -> str:
    """What the details of an information event say, as a phrase: "lettres préparées pour 3 personnes",
    "par courrier, 3 personnes"; empty for other kinds."""
    channel = str(details.get("channel", ""))
    n = details.get("count")
    counted = isinstance(n, int) and not isinstance(n, bool)
    if code == "mailing_prepared":
        fr, en = _PREPARED.get(channel, ("envoi préparé", "mailing prepared"))
        text = en if lang == "en" else fr
        if counted:
            text += (" for " if lang == "en" else " pour ") + persons(n, lang)
        return text
    if code == "persons_informed":
        text = ("by " if lang == "en" else "par ") + channel_label(channel, lang)
        if counted:
            text += ", " + persons(n, lang)
        return text
    return ""
