"""Problems of the patients' CSV file read for breach letters (French, English)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from core.domain.problems import Text

# code -> (French, English); ``{name}`` placeholders are the parameters, a pair is (one, many) chosen by ``n``.
TEXTS: dict[str, tuple[Text, Text]] = {
    "recipients.encoding": (
        "encodage illisible : enregistrez le fichier en UTF-8 ou en Windows-1252",
        "unreadable encoding: save the file as UTF-8 or Windows-1252",
    ),
    "recipients.nul": ("caractère nul : ce n'est pas un fichier CSV", "null character: this is not a CSV file"),
    "recipients.empty": (
        "fichier vide : une ligne d'en-tête puis un patient par ligne",
        "empty file: a header line, then one patient per line",
    ),
    "recipients.header_unreadable": ("en-tête illisible ({technical})", "unreadable header ({technical})"),
    "recipients.name_column_missing": (
        "colonne du nom absente (« Nom » ou « Last name »)",
        "no name column (“Nom” or “Last name”)",
    ),
    "recipients.column_missing": (
        "colonne absente : « {french} » ou « {english} »",
        "missing column: “{french}” or “{english}”",
    ),
    "recipients.line_unreadable": ("ligne illisible ({technical})", "unreadable line ({technical})"),
    "recipients.field_count": (
        (
            "{n} champ au lieu de {expected} (séparateur ou guillemets)",
            "{n} champs au lieu de {expected} (séparateur ou guillemets)",
        ),
        (
            "{n} field instead of {expected} (separator or quotes)",
            "{n} fields instead of {expected} (separator or quotes)",
        ),
    ),
    "recipients.too_many": (
        "plus de {max} patients : découpez le fichier",
        "more than {max} patients: split the file",
    ),
    "recipients.none": ("aucun patient : le fichier ne contient que l'en-tête", "no patient: the file only has its header"),
    "recipients.name_missing": ("nom du patient manquant", "patient's name missing"),
    "recipients.address_missing": ("adresse manquante", "address missing"),
    "recipients.town_missing": ("ville manquante", "town missing"),
    "recipients.postcode_invalid": ("code postal invalide (5 chiffres)", "invalid postcode (5 digits)"),
}
