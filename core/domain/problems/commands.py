"""Problems of the headless commands' own options and input files (French, English)."""

from __future__ import annotations

# code -> (French, English); ``{name}`` placeholders are the parameters.
TEXTS: dict[str, tuple[str, str]] = {
    "cli.notified_at_missing": (
        "date et heure de la notification attendue (ou --reference seul pour compléter le numéro d'une "
        "notification déjà enregistrée)",
        "date and time of the notification expected (or --reference alone to complete the number of a "
        "notification already recorded)",
    ),
    "cli.at_invalid": (
        "date et heure ISO 8601 avec décalage horaire attendue, ex. 2026-12-07T10:30+01:00",
        "ISO 8601 date and time with a UTC offset expected, e.g. 2026-12-07T10:30+01:00",
    ),
    "cli.file_unreadable": ("lecture impossible ({technical})", "cannot be read ({technical})"),
    "cli.facts_too_large": (
        "fichier trop volumineux : {max_mb} Mo au plus pour un fichier de faits",
        "file too large: {max_mb} MB at most for a facts file",
    ),
    "cli.save_needs_vault": ("indiquez le coffre avec --vault CHEMIN", "give the vault with --vault PATH"),
    "cli.igd_url_not_local": (
        "seule une adresse http du réseau local est acceptée",
        "only an http address on the local network is accepted",
    ),
    "cli.timeout_range": ("entre {low} et {high} secondes", "between {low} and {high} seconds"),
}
