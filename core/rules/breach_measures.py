"""Measures taken and proposed after a breach (art. 33(3)(d), 34(2)), computed from the next-steps state.

The next-steps checklist mixes the practitioner's legal chores (notify the CNIL, inform the persons, complete the
journal, call the insurer) with the measures that act on the breach itself. Only the latter belong in the
dossier's "measures taken / proposed" and in the letter to patients. Each measure has a horizon, as the CNIL
form asks: immediate (stop the breach), medium term (limit its effects) and long term (prevent a recurrence).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.domain.incident import IncidentRecord, Step

HORIZONS = ("immediate", "medium", "long")
HORIZON_LABELS = {
    "immediate": ("Immédiates (mettre fin à la violation)", "Immediate (stop the breach)"),
    "medium": ("À moyen terme (limiter les effets)", "Medium term (limit the effects)"),
    "long": ("À long terme (éviter qu'elle se reproduise)", "Long term (prevent a recurrence)"),
}

# Steps that are duties or paperwork, not measures acting on the breach.
INTERNAL_STEPS = frozenset(
    {
        "cnil",
        "inform",
        "journal",
        "police",
        "insurer",
        "processor",
        "ars",
        "contain_evidence",
        "contain_no_ransom",
        "contain_cybermalveillance",
    }
)


@dataclass(frozen=True)
class MeasureText:
    """How a measure reads in a letter to patients: done (past tense) or proposed (future)."""

    horizon: str
    done_fr: str
    todo_fr: str
    done_en: str
    todo_en: str


MEASURES: dict[str, MeasureText] = {
    "contain_isolate": MeasureText(
        "immediate",
        "nous avons isolé du réseau les ordinateurs touchés",
        "nous isolons du réseau les ordinateurs touchés",
        "we disconnected the affected computers from the network",
        "we are disconnecting the affected computers from the network",
    ),
    "contain_take_down": MeasureText(
        "immediate",
        "nous avons fermé l'accès qui était ouvert sur Internet",
        "nous fermons l'accès qui était ouvert sur Internet",
        "we closed the access that was open on the Internet",
        "we are closing the access that was open on the Internet",
    ),
    "contain_remote_wipe": MeasureText(
        "immediate",
        "nous avons bloqué l'appareil à distance",
        "nous cherchons à bloquer ou effacer l'appareil à distance",
        "we locked the device remotely",
        "we are trying to lock or wipe the device remotely",
    ),
    "contain_recall": MeasureText(
        "immediate",
        "nous avons demandé au destinataire de supprimer ou de nous renvoyer ces informations",
        "nous demandons au destinataire de supprimer ou de nous renvoyer ces informations",
        "we asked the recipient to delete or return this information",
        "we are asking the recipient to delete or return this information",
    ),
    "contain_recover_paper": MeasureText(
        "immediate",
        "nous avons récupéré et détruit les documents",
        "nous cherchons à récupérer les documents pour les détruire",
        "we recovered and destroyed the documents",
        "we are trying to recover the documents to destroy them",
    ),
    "contain_trace_device": MeasureText(
        "immediate",
        "nous avons retrouvé l'appareil auprès de son repreneur",
        "nous cherchons à retrouver l'appareil auprès de son repreneur",
        "we traced the device with whoever took it over",
        "we are tracing the device with whoever took it over",
    ),
    "contain_fix_access": MeasureText(
        "immediate",
        "nous avons corrigé l'erreur d'accès ou d'affichage",
        "nous corrigeons l'erreur d'accès ou d'affichage",
        "we corrected the access or display error",
        "we are correcting the access or display error",
    ),
    "contain_passwords": MeasureText(
        "medium",
        "nous avons changé les mots de passe des outils du cabinet",
        "nous changeons les mots de passe des outils du cabinet",
        "we changed the passwords of the practice's tools",
        "we are changing the passwords of the practice's tools",
    ),
    "contain_restore": MeasureText(
        "medium",
        "nous avons restauré les données à partir de la dernière sauvegarde",
        "nous restaurons les données à partir de la dernière sauvegarde",
        "we restored the data from the last backup",
        "we are restoring the data from the last backup",
    ),
    "contain_logs": MeasureText(
        "medium",
        "nous avons examiné les journaux d'accès pour savoir qui a consulté les données",
        "nous examinons les journaux d'accès pour savoir qui a consulté les données",
        "we examined the access logs to find out who viewed the data",
        "we are examining the access logs to find out who viewed the data",
    ),
    "contain_check_address": MeasureText(
        "medium",
        "nous avons corrigé l'adresse en cause",
        "nous corrigeons l'adresse en cause",
        "we corrected the address at fault",
        "we are correcting the address at fault",
    ),
    "contain_secure_paper": MeasureText(
        "long",
        "nous avons rangé sous clé les dossiers papier",
        "nous rangeons sous clé les dossiers papier",
        "we locked the paper records away",
        "we are locking the paper records away",
    ),
    "contain_remind_secrecy": MeasureText(
        "long",
        "nous avons rappelé le secret professionnel à toute l'équipe",
        "nous rappelons le secret professionnel à toute l'équipe",
        "we reminded the whole team of professional secrecy",
        "we are reminding the whole team of professional secrecy",
    ),
}


@dataclass(frozen=True)
class Measure:
    key: str
    horizon: str
    label: str  # the step's French label, for the dossier
    note: str
    done: bool


def measures(record: IncidentRecord) -> list[Measure]:
    """The measures of the next-steps state, internal chores left out, in checklist order."""
    out = []
    for step in record.steps:
        if step.key in INTERNAL_STEPS:
            continue
        horizon = MEASURES[step.key].horizon if step.key in MEASURES else _horizon(step)
        out.append(Measure(step.key, horizon, step.label, step.note, step.done))
    return out


def _horizon(step: Step) -> str:
    return "immediate" if step.key.startswith("contain_") else "long"


def patient_phrase(key: str, done: bool, lang: str = "fr") -> str | None:
    """The measure in a patient's words, or None when it has no wording for patients."""
    text = MEASURES.get(key)
    if text is None:
        return None
    if lang == "en":
        return text.done_en if done else text.todo_en
    return text.done_fr if done else text.todo_fr
