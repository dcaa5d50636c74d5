"""Problems of the security self-assessment: answers, the action plan, evidence files (French, English)."""

from __future__ import annotations

# code -> (French, English); ``{name}`` placeholders are the parameters.
TEXTS: dict[str, tuple[str, str]] = {
    "checklist.answer_missing": (
        "choisissez Oui, Partiellement, Non ou Sans objet",
        "choose Yes, Partly, No or N/A",
    ),
    "checklist.na_reason_missing": (
        "indiquez en une ligne pourquoi la question est sans objet",
        "say in one line why the question does not apply",
    ),
    "checklist.na_reason_too_long": (
        "la justification tient en une ligne ({max} caractères au plus)",
        "the justification fits on one line ({max} characters at most)",
    ),
    "checklist.note_too_long": (
        "la note est limitée à {max} caractères",
        "the note is limited to {max} characters",
    ),
    "checklist.action_title_missing": ("donnez un intitulé à l'action", "give the action a title"),
    "checklist.action_title_too_long": (
        "l'intitulé est limité à {max} caractères",
        "the title is limited to {max} characters",
    ),
    "checklist.owner_too_long": (
        "le responsable est limité à {max} caractères",
        "the person in charge is limited to {max} characters",
    ),
    "checklist.cost_too_long": ("le coût est limité à {max} caractères", "the cost is limited to {max} characters"),
    "checklist.status_unknown": ("statut inconnu", "unknown status"),
    "checklist.effort_unknown": (
        "effort inconnu (faible, moyen ou important)",
        "unknown effort (low, medium or high)",
    ),
    "checklist.due_date_invalid": ("échéance invalide", "invalid due date"),
    "checklist.criterion_unknown": ("critère inconnu", "unknown criterion"),
    "checklist.year_invalid": ("année invalide", "invalid year"),
    "checklist.question_unknown": ("question inconnue : {item_id}", "unknown question: {item_id}"),
    "checklist.nothing_to_confirm": (
        "aucune réponse à confirmer pour cette question",
        "no answer to confirm for this question",
    ),
    "checklist.action_moved": (
        "une action reste attachée à sa question",
        "an action stays attached to its question",
    ),
    "checklist.manual_check_needed": (
        "la vérification ne permet pas de répondre à cette question : vérification manuelle nécessaire",
        "the check cannot answer this question: a manual check is needed",
    ),
}
