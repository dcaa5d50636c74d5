"""Problems of a ``vigie.breach-facts/1`` document read by the headless assessment (French, English)."""

from __future__ import annotations

# code -> (French, English); ``{name}`` placeholders are the parameters.
TEXTS: dict[str, tuple[str, str]] = {
    "facts.not_utf8": ("le fichier n'est pas un texte UTF-8", "the file is not UTF-8 text"),
    "facts.json_invalid": (
        "JSON mal formé (ligne {line}, colonne {column})",
        "malformed JSON (line {line}, column {column})",
    ),
    "facts.constant": ("valeur non admise en JSON strict : {technical}", "value not allowed in strict JSON: {technical}"),
    "facts.too_deep": ("document trop imbriqué", "document nested too deeply"),
    "facts.invalid": ("document invalide", "invalid document"),
    "facts.object_expected": ("un objet JSON est attendu", "a JSON object is expected"),
    "facts.key_twice": ("clé présente deux fois", "key given twice"),
    "facts.key_unknown": (
        "clé inconnue (clés admises : {allowed})",
        "unknown key (keys allowed: {allowed})",
    ),
    "facts.bool_expected": ("vrai ou faux (true/false) attendu", "true or false expected"),
    "facts.integer_expected": (
        "nombre entier attendu (ou null si inconnu)",
        "whole number expected (or null if unknown)",
    ),
    "facts.integer_between": (
        "valeur hors limites : un entier entre {low} et {high} est attendu",
        "value out of range: a whole number between {low} and {high} is expected",
    ),
    "facts.integer_at_least": (
        "valeur hors limites : un entier supérieur ou égal à {low} est attendu",
        "value out of range: a whole number greater than or equal to {low} is expected",
    ),
    "facts.number_expected": ("nombre attendu (ou null si inconnu)", "number expected (or null if unknown)"),
    "facts.value_unknown": (
        "valeur inconnue ; valeurs admises : {allowed}",
        "unknown value; values allowed: {allowed}",
    ),
    "facts.list_expected": ("une liste est attendue", "a list is expected"),
    "facts.item_twice": ("« {item} » figure deux fois", "“{item}” is given twice"),
    "facts.moment_required": (
        "champ obligatoire : date et heure ISO 8601 avec décalage horaire",
        "required field: ISO 8601 date and time with a UTC offset",
    ),
    "facts.moment_expected": (
        "date et heure ISO 8601 attendue, par ex. 2026-11-29T19:05:00+01:00",
        "ISO 8601 date and time expected, e.g. 2026-11-29T19:05:00+01:00",
    ),
    "facts.moment_unreadable": (
        "date et heure ISO 8601 illisible, par ex. 2026-11-29T19:05:00+01:00",
        "unreadable ISO 8601 date and time, e.g. 2026-11-29T19:05:00+01:00",
    ),
    "facts.offset_missing": (
        "le décalage horaire manque (ex. +01:00 ou Z) : l'instant serait ambigu",
        "the UTC offset is missing (e.g. +01:00 or Z): the instant would be ambiguous",
    ),
    "facts.time_missing": ("une heure est attendue en plus de la date", "a time is expected as well as the date"),
    "facts.format_unknown": (
        "format non pris en charge ; attendu : {expected}",
        "format not supported; expected: {expected}",
    ),
    "facts.personal_data_required": ("champ obligatoire : true ou false", "required field: true or false"),
    "facts.block_without_nature": (
        "bloc « {name} » fourni alors que « {name} » ne figure pas dans $.nature",
        "block “{name}” given although “{name}” is not in $.nature",
    ),
}
