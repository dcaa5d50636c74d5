"""Plain-French sentences derived from an incident's record, shared by the CNIL dossier, the patient letter and
the journal extract: security in place, likely consequences, potential harms, measures, information of persons.
"""

from __future__ import annotations

from core.clock import format_paris
from core.content.breach_labels import DISCOVERY_LABELS, EXEMPTION_LABELS
from core.domain import incident_vocab
from core.domain.breach import FRAUD_CATEGORIES, SPECIAL_CATEGORIES, BreachFacts
from core.domain.incident import MAILING_PREPARED, IncidentRecord, TimelineEvent
from core.rules import breach_measures
from core.rules.breach_reasons import num

NOT_KNOWN = "Pas encore connu"
# For the practitioner's documents when the CNIL's number was not recorded; patient documents never print it.
NUMBER_TO_COMPLETE = "À compléter : numéro indiqué par la CNIL dans son accusé de réception"


def discovery_text(facts: BreachFacts | None, detail: str) -> str:
    """The form's means of discovery (a code of the facts) followed by the incident's free-text detail.

    Incidents recorded before the coded list have only the text, printed as it was written.
    """
    means = DISCOVERY_LABELS.get(facts.discovery_means or "") if facts else None
    detail = detail.strip()
    if means and detail:
        return f"{means} — {detail}"
    return means or detail or NOT_KNOWN


def security_before(facts: BreachFacts | None) -> list[str]:
    if facts is None:
        return [NOT_KNOWN]
    lines: list[str] = []
    protection = {
        "encrypted_key_safe": "Les données étaient chiffrées par un algorithme reconnu ; la clé n'a pas été compromise.",
        "encrypted_key_compromised": "Les données étaient chiffrées, mais la clé a été compromise.",
        "hashed_salted": "Les mots de passe ou identifiants étaient conservés sous forme d'empreintes salées.",
        "pseudonymised": "Les données étaient pseudonymisées.",
        "none": "Les données n'étaient pas chiffrées.",
    }.get(facts.protection or "", "Protection des données : pas encore connue.")
    lines.append(protection)
    a = facts.availability
    if a is not None:
        lines.append(
            "Une sauvegarde utilisable existait." if a.backup else "Aucune sauvegarde utilisable n'existait."
        )
    return lines


def consequences(facts: BreachFacts | None) -> list[str]:
    """Likely consequences per nature, as the form asks them."""
    if facts is None or not facts.personal_data:
        return [NOT_KNOWN]
    out: list[str] = []
    c = facts.confidentiality
    if c is not None:
        if c.exposure == "none_proven":
            out.append("Confidentialité : aucun accès aux données n'a eu lieu.")
        elif facts.protection in ("encrypted_key_safe", "hashed_salted"):
            out.append(
                "Confidentialité : les données sont inintelligibles pour qui les détient ; pas de diffusion "
                "exploitable attendue."
            )
        elif c.exposure == "known_recipients" and c.deletion_confirmed:
            out.append(
                "Confidentialité : les données ont été vues par des destinataires identifiés, qui ont "
                "confirmé leur suppression ou leur restitution."
            )
        elif c.exposure == "known_recipients":
            out.append(
                "Confidentialité : les données ont été communiquées à des destinataires identifiés, qui "
                "pourraient les réutiliser ou les diffuser."
            )
        else:
            out.append(
                "Confidentialité : les données peuvent circuler hors du contrôle du cabinet, être "
                "rapprochées d'autres informations ou utilisées à des fins malveillantes."
            )
    i = facts.integrity
    if i is not None:
        out.append(
            {
                "none": "Intégrité : des données ont été modifiées, sans utilisation erronée constatée.",
                "recoverable": "Intégrité : des données ont été modifiées puis rétablies ; des décisions ont pu "
                "reposer entre-temps sur des informations fausses.",
                "not_recoverable": "Intégrité : des données ont été modifiées sans retour possible ; des soins "
                "pourraient reposer sur des informations fausses.",
            }.get(i.misuse or "", "Intégrité : ampleur de la modification pas encore connue.")
        )
    a = facts.availability
    if a is not None:
        if a.permanent_loss:
            out.append(
                "Disponibilité : les données sont définitivement perdues ; le suivi des patients doit être "
                "reconstitué."
            )
        elif a.care_impact:
            out.append(
                "Disponibilité : l'indisponibilité des dossiers gêne ou retarde la prise en charge des "
                "patients (service essentiel : les soins)."
            )
        elif a.restore_hours is not None:
            out.append(
                f"Disponibilité : données indisponibles environ {num(a.restore_hours)} h, sans effet sur les "
                "soins."
            )
        else:
            out.append("Disponibilité : durée de l'indisponibilité pas encore connue.")
    return out or [NOT_KNOWN]


def harms(facts: BreachFacts | None) -> list[str]:
    """Potential harms from recital 85, as ticked on the CNIL form."""
    if facts is None or not facts.personal_data:
        return [NOT_KNOWN]
    cats = set(facts.data_categories)
    found = ["Perte de contrôle des personnes sur leurs données"]
    if "health" in cats or facts.context.controller_reveals_sensitive or facts.categories_unknown:
        found.append(
            "Perte de la confidentialité de données protégées par le secret professionnel (secret médical)"
        )
    if cats & SPECIAL_CATEGORIES:
        found.append("Discrimination")
    if cats & FRAUD_CATEGORIES:
        found.append("Vol ou usurpation d'identité ; fraude")
    if "financial" in cats:
        found.append("Perte financière")
    if facts.protection == "pseudonymised":
        found.append("Levée non autorisée de la pseudonymisation")
    if facts.confidentiality is not None and facts.confidentiality.exposure != "none_proven":
        found.append("Atteinte à la réputation")
    if facts.availability is not None and (
        facts.availability.care_impact or facts.availability.permanent_loss
    ):
        found.append("Autre : retard ou difficulté dans la continuité des soins")
    return found


def measures(record: IncidentRecord) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """(taken, proposed by horizon) from the next-steps state; duties such as notifying the CNIL are not
    measures and stay out (art. 33(3)(d): measures taken or proposed to address the breach)."""
    taken: list[str] = []
    for e in record.events:
        if e.kind in ("contained", "police_complaint", "processor_informed"):
            taken.append(f"{format_paris(e.at)} — {e.label}" + (f" : {e.note}" if e.note else ""))
    items = breach_measures.measures(record)
    taken += [m.label + (f" ({m.note})" if m.note else "") for m in items if m.done]
    proposed = []
    for horizon in breach_measures.HORIZONS:
        open_items = [m.label for m in items if not m.done and m.horizon == horizon]
        if open_items:
            proposed.append((breach_measures.HORIZON_LABELS[horizon][0], open_items))
    return taken, proposed


def consequence_options(facts: BreachFacts | None) -> list[tuple[str, str]]:
    """The form's consequence options for each nature of the breach, ticked from the facts ([x] / [ ])."""
    if facts is None or not facts.personal_data:
        return [("Conséquences", NOT_KNOWN)]

    def box(on: bool, text: str) -> str:
        return ("[x] " if on else "[ ] ") + text

    rows: list[tuple[str, str]] = []
    c = facts.confidentiality
    if c is not None:
        readable = c.exposure != "none_proven" and facts.protection not in (
            "encrypted_key_safe",
            "hashed_salted",
        )
        wide = readable and c.exposure in ("unknown", "unknown_recipients", "known_and_unknown_recipients")
        wide = wide or (readable and c.exposure == "known_recipients" and not c.deletion_confirmed)
        cats = set(facts.data_categories)
        identifying = facts.identifiability in ("direct", "easy", None) or bool(
            cats & {"civil_status", "nir"}
        )
        misuse = readable and (
            facts.is_malicious or bool(cats & FRAUD_CATEGORIES) or c.exposure != "known_recipients"
        )
        rows.append(
            (
                "Confidentialité",
                "\n".join(
                    [
                        box(wide, "Diffusion plus large que nécessaire, échappant au contrôle des personnes"),
                        box(
                            readable and identifying,
                            "Rapprochement avec d'autres informations sur les personnes",
                        ),
                        box(
                            misuse, "Utilisation à d'autres fins ou de manière déloyale (hameçonnage, fraude)"
                        ),
                    ]
                ),
            )
        )
    i = facts.integrity
    if i is not None:
        rows.append(
            (
                "Intégrité",
                "\n".join(
                    [
                        box(
                            i.misuse in ("recoverable", "not_recoverable", None),
                            "Données modifiées utilisées à tort (décisions ou soins sur des informations fausses)",
                        ),
                        box(i.misuse == "not_recoverable", "Données modifiées impossibles à rétablir"),
                    ]
                ),
            )
        )
    a = facts.availability
    if a is not None:
        rows.append(
            (
                "Disponibilité",
                "\n".join(
                    [
                        box(
                            a.care_impact,
                            "Difficulté à assurer un service essentiel : la prise en charge des patients",
                        ),
                        box(a.permanent_loss, "Perte définitive des données"),
                        box(not a.permanent_loss, "Indisponibilité temporaire des données"),
                    ]
                ),
            )
        )
    return rows or [("Conséquences", NOT_KNOWN)]


def event_text(event: TimelineEvent) -> str:
    """An event's detail column: what its details record ("lettres préparées pour 3 personnes"), then its note."""
    detail = incident_vocab.event_detail(event.code, event.details, "fr")
    if detail and event.note:
        return f"{detail[:1].upper()}{detail[1:]}. {event.note}"
    return f"{detail[:1].upper()}{detail[1:]}" if detail else event.note


def information_status(record: IncidentRecord) -> tuple[str, list[str]]:
    """(status line, details) for the "information of persons" section.

    "Informed" only from a ``persons_informed`` event (the practitioner's confirmation that letters were posted or
    e-mails sent); a print run alone is stated as prepared, with its date, channel and number of persons.
    """
    informed = [e for e in record.events if e.kind == "persons_informed"]
    prepared = [e for e in record.events if e.code == MAILING_PREPARED]
    details = [
        f"{format_paris(e.at)} — "
        + incident_vocab.event_detail(e.code, e.details, "fr")
        + (f" : {e.note}" if e.note else "")
        for e in record.events
        if e.kind == "persons_informed" or e.code == MAILING_PREPARED
    ]
    if informed:
        return "Les personnes ont été informées.", details
    if prepared:
        return (
            "Information des personnes préparée ; l'envoi n'est pas encore confirmé dans le journal.",
            details,
        )
    latest = record.latest
    if latest is None:
        return "Non déterminé à ce stade.", []
    if record.must_inform:
        return "Les personnes vont être informées.", []
    exemption = latest.result.art34_exemption
    if exemption:
        return "Les personnes ne seront pas informées individuellement.", [EXEMPTION_LABELS[exemption]]
    if latest.result.inform_subjects:  # the engine said inform; the decision departs from it
        return (
            "Les personnes ne seront pas informées : décision du responsable de traitement, différente de la "
            "conclusion de Vigie (justification en annexe A).",
            [],
        )
    return (
        "Les personnes ne seront pas informées : le risque pour elles n'est pas élevé (art. 34(1) RGPD).",
        [],
    )
