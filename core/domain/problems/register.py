"""Problems of the processing register: activities, processors, their completeness, and the JSON import."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from core.domain.problems import Text

# code -> (French, English); ``{name}`` placeholders are the parameters, a pair is (one, many) chosen by ``n``.
TEXTS: dict[str, tuple[Text, Text]] = {
    # --- what a complete activity or processor record still lacks (art. 30(1), art. 28) -------------------
    "register.gap.name": ("le nom de l'activité", "the activity's name"),
    "register.gap.purposes": ("au moins une finalité", "at least one purpose"),
    "register.gap.legal_basis": ("la base légale (article 6)", "the legal basis (article 6)"),
    "register.gap.legal_basis_detail": (
        "la justification de la base légale",
        "the justification of the legal basis",
    ),
    "register.gap.art9_condition": (
        "la condition de l'article 9.2 pour les données sensibles",
        "the article 9(2) condition for the sensitive data",
    ),
    "register.gap.persons": ("les catégories de personnes concernées", "the categories of data subjects"),
    "register.gap.data_categories": ("les catégories de données", "the categories of data"),
    "register.gap.other_detail": ("la précision de la case « autres »", "what the “other” box stands for"),
    "register.gap.data_source": ("la source des données", "the source of the data"),
    "register.gap.recipients": (
        "au moins un destinataire (interne, organisme externe ou sous-traitant)",
        "at least one recipient (internal, external body or processor)",
    ),
    "register.gap.transfers": (
        "le pays de chaque transfert hors UE",
        "the country of each transfer outside the EU",
    ),
    "register.gap.transfer_safeguard": (
        "la garantie encadrant le transfert hors UE",
        "the safeguard covering the transfer outside the EU",
    ),
    "register.gap.retention": ("au moins une durée de conservation", "at least one retention period"),
    "register.gap.retention_rule": (
        "une durée ou un critère de conservation pour « {category} »",
        "a retention period or criterion for “{category}”",
    ),
    "register.gap.dpia_required": (
        "la réponse : analyse d'impact (AIPD) nécessaire ou non",
        "the answer: data protection impact assessment (DPIA) needed or not",
    ),
    "register.gap.dpia_reason": ("la raison de la réponse sur l'AIPD", "the reason for the answer on the DPIA"),
    "register.gap.information": (
        "la façon dont les personnes sont informées",
        "how the persons are informed",
    ),
    "register.gap.placeholder": (
        "remplacer la mention « à préciser »",
        "replace the words “to be specified”",
    ),
    "register.gap.services": ("les services rendus", "the services provided"),
    "register.gap.incident_contact": ("le contact en cas d'incident", "the contact in case of an incident"),
    "register.gap.contract_date": ("la date du contrat", "the date of the contract"),
    "register.gap.clauses": (
        ("{n} clause de l'article 28 non vérifiée", "{n} clauses de l'article 28 non vérifiées"),
        ("{n} article 28 clause not checked", "{n} article 28 clauses not checked"),
    ),
    "register.gap.data_location": ("le lieu de stockage des données", "where the data are stored"),
    "register.gap.hds_activities": (
        "les activités couvertes par le certificat HDS",
        "the activities covered by the HDS certificate",
    ),
    "register.incomplete": (
        "manque pour une fiche complète : {gap}",
        "missing for a complete record: {gap}",
    ),
    # --- an activity or a processor as entered ---------------------------------------------------------
    "register.activity_name_missing": ("le nom de l'activité est obligatoire", "the activity name is required"),
    "register.activity_ref_invalid": (
        "la référence doit s'écrire T suivi d'au moins deux chiffres (T01)",
        "the reference is T followed by at least two digits (T01)",
    ),
    "register.processor_name_missing": (
        "le nom du prestataire est obligatoire",
        "the provider's name is required",
    ),
    "register.processor_ref_invalid": (
        "la référence doit s'écrire P suivi d'au moins deux chiffres (P01)",
        "the reference is P followed by at least two digits (P01)",
    ),
    "register.box_twice": ("cette case figure deux fois", "this box appears twice"),
    "register.boxes_twice": ("une case figure deux fois", "a box appears twice"),
    "register.processor_ref_format": (
        "référence de prestataire invalide (P01…)",
        "invalid provider reference (P01…)",
    ),
    "register.country_missing": ("indiquez le pays de destination", "give the country of destination"),
    "register.category_missing": (
        "indiquez la catégorie de données concernée",
        "give the category of data concerned",
    ),
    "register.justification_missing": (
        "la durée diffère de la durée recommandée : indiquez pourquoi",
        "the period differs from the recommended one: say why",
    ),
    "register.code_unknown": (
        "valeur inconnue ; valeurs possibles : {allowed}",
        "unknown value; possible values: {allowed}",
    ),
    "register.control_character": (
        "caractère de contrôle interdit dans le texte",
        "control character not allowed in the text",
    ),
    "register.template_unknown": ("modèle inconnu : {key}", "unknown template: {key}"),
    "register.processor_not_found": ("prestataire {ref} introuvable", "provider {ref} not found"),
    # --- the JSON import (vigie.register/1) ------------------------------------------------------------
    "import.too_large": (
        "fichier trop volumineux (plus de {max_mb} Mo)",
        "file too large (more than {max_mb} MB)",
    ),
    "import.not_utf8": ("encodage UTF-8 invalide à l'octet {offset}", "invalid UTF-8 encoding at byte {offset}"),
    "import.json_invalid": (
        "JSON invalide ligne {line}, colonne {column} : {technical}",
        "invalid JSON at line {line}, column {column}: {technical}",
    ),
    "import.constant": ("valeur non autorisée en JSON : {name}", "value not allowed in JSON: {name}"),
    "import.value_refused": ("{technical}", "{technical}"),  # Python's words, in English in both
    "import.too_deep": ("structure imbriquée trop profondément", "structure nested too deeply"),
    "import.object_expected": ("objet attendu", "object expected"),
    "import.field_unknown": ("champ inconnu", "unknown field"),
    "import.field_missing": ("champ obligatoire absent", "required field missing"),
    "import.text_expected": ("texte attendu", "text expected"),
    "import.bool_expected": ("vrai ou faux (true/false) attendu", "true or false expected"),
    "import.bool_or_null_expected": ("true, false ou null attendu", "true, false or null expected"),
    "import.list_expected": ("liste attendue", "list expected"),
    "import.day_or_null_expected": ("date AAAA-MM-JJ ou null attendue", "date YYYY-MM-DD or null expected"),
    "import.day_invalid": ("date AAAA-MM-JJ invalide", "invalid date YYYY-MM-DD"),
    "import.stamp_invalid": (
        "horodatage ISO 8601 avec fuseau attendu",
        "ISO 8601 timestamp with a time zone expected",
    ),
    "import.integer_expected": ("nombre entier attendu", "whole number expected"),
    "import.period_out_of_range": ("durée hors limites (0 à 1000)", "period out of range (0 to 1000)"),
    "import.format_unknown": (
        "format non reconnu : « {expected} » attendu",
        "format not recognised: “{expected}” expected",
    ),
    "import.too_many": (
        "plus de {max} problèmes : lecture arrêtée",
        "more than {max} problems: reading stopped",
    ),
    "import.processor_ref_missing": ("référence obligatoire (P01…)", "reference required (P01…)"),
    "import.activity_ref_missing": ("référence obligatoire (T01…)", "reference required (T01…)"),
    "import.ref_taken": ("référence déjà utilisée par {other}", "reference already used by {other}"),
    "import.processor_absent": (
        "prestataire « {ref} » absent de la liste processors",
        "provider “{ref}” absent from the processors list",
    ),
}
