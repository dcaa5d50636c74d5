"""Problems of backups, the printed patient notice and saved exposure checks (French, English)."""

from __future__ import annotations

# code -> (French, English); ``{name}`` placeholders are the parameters.
TEXTS: dict[str, tuple[str, str]] = {
    # --- backups --------------------------------------------------------------------------------------------
    "backup.manifest_unreadable": ("manifeste de sauvegarde illisible", "the backup manifest cannot be read"),
    "backup.generations": (
        "entre {low} et {high} sauvegardes",
        "between {low} and {high} backups",
    ),
    # --- the art. 13 notice: what still reads "à préciser" (core.services.notice_content.gaps) --------------
    "notice.layout_unknown": (
        "mise en page inconnue : poster ou leaflet",
        "unknown layout: poster or leaflet",
    ),
    "notice.incomplete": ("à compléter avant d'imprimer : {gap}", "to fill in before printing: {gap}"),
    "notice.gap.activity_name": (
        "le nom du traitement « {subject} » (Registre)",
        "the name of the activity “{subject}” (Register)",
    ),
    "notice.gap.legal_basis": (
        "la base légale du traitement « {subject} » (Registre)",
        "the legal basis of the activity “{subject}” (Register)",
    ),
    "notice.gap.retention": (
        "la durée de conservation du traitement « {subject} » (Registre)",
        "the retention period of the activity “{subject}” (Register)",
    ),
    "notice.gap.processor_name": (
        "le vrai nom du prestataire « {subject} » (Sous-traitants)",
        "the real name of the provider “{subject}” (Processors)",
    ),
    "notice.gap.recipient": (
        "le destinataire « {subject} » (Registre)",
        "the recipient “{subject}” (Register)",
    ),
    "notice.gap.transfer_safeguard": (
        "la garantie d'un transfert hors de l'Union européenne (Registre)",
        "the safeguard of a transfer outside the European Union (Register)",
    ),
    "notice.gap.practitioner": (
        "le nom du praticien ou du cabinet (Paramètres)",
        "the name of the practitioner or practice (Settings)",
    ),
    "notice.gap.contact": (
        "une adresse, un téléphone ou un courriel pour exercer ses droits (Paramètres)",
        "an address, phone number or e-mail for exercising rights (Settings)",
    ),
    # --- saved exposure checks ---------------------------------------------------------------------------
    "exposure.note_too_long": ("la note dépasse {max} caractères", "the note exceeds {max} characters"),
    "exposure.ends_before_start": (
        "la fin de la vérification précède son début",
        "the check ends before it starts",
    ),
    "exposure.key_unknown": ("clé de liste de contrôle inconnue : {key}", "unknown checklist key: {key}"),
}
