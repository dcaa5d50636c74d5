"""The printed register: what a practitioner hands to a CNIL inspector (GDPR art. 30(4)).

Cover page with the controller's identity, a summary table of activities, one fiche per activity in the order
of the CNIL "registre de base" model with every art. 30(1) field, then an annex on processors. French only
(the register is a French legal document); the same data always gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from core.clock import from_iso, in_paris
from core.content.checklist import Measure
from core.content.checklist import catalogue as checklist_catalogue
from core.content.professions import by_code
from core.domain import register_vocab as V
from core.domain.practice import Practice
from core.domain.register import Activity, Checked, Processor, Register
from core.reports.base import build_pdf, cyclic_gc_paused, field_table, grid_table, para, rich, shared_rich
from core.rules.checklist_measures import MeasureSuggestion
from core.rules.register_measures import MeasureLine, Standing, statement
from core.wording import count

TITLE = "Registre des activités de traitement"
CONTENT_WIDTH = 174 * mm


@dataclass(frozen=True)
class RegisterReport:
    practice: Practice | None
    register: Register
    generated_at: datetime
    # Security measures come from the self-assessment (core/rules/register_measures.py): its suggestions,
    # "l'auto-évaluation 2026" (or "(en cours)"), and the catalogue's measures. No assessment: all "to do".
    measure_suggestions: Mapping[str, MeasureSuggestion] | None = None
    assessment_label: str = ""
    measure_catalogue: tuple[Measure, ...] = ()


def _day(stamp: str) -> str:
    return in_paris(from_iso(stamp)).strftime("%d/%m/%Y") if stamp else ""


def _lines(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"• {item}" for item in items)


def _checked(items: tuple[Checked, ...], vocab: dict[str, V.Term]) -> str:
    return "\n".join(f"• {V.label(vocab, c.code)}" + (f" : {c.detail}" if c.detail else "") for c in items)


def _yes_no(value: bool | None) -> str:
    return "Non renseigné" if value is None else ("Oui" if value else "Non")


# --- cover and summary ---------------------------------------------------------------------------------
def _controller_rows(p: Practice | None) -> list[tuple[str, str]]:
    if p is None:
        return [("Responsable du traitement", "")]
    profession = by_code(p.profession)
    address = ", ".join(x for x in (p.address, f"{p.postcode} {p.city}".strip()) if x)
    ids = "  ".join(
        x for x in (f"RPPS {p.rpps}" if p.rpps else "", f"ADELI {p.adeli}" if p.adeli else "") if x
    )
    dpo = f"{p.dpo_name} — {p.dpo_contact}".strip(" —") if p.dpo_designated else "Non désigné"
    return [
        ("Responsable du traitement", p.name),
        ("Praticien", p.practitioner),
        ("Profession", profession.label_fr if profession else p.profession),
        ("Identifiants professionnels", ids),
        ("SIRET", p.siret),
        ("Adresse", address),
        ("Téléphone", p.phone),
        ("Courriel", p.email),
        ("Délégué à la protection des données", dpo),
    ]


def _cover(report: RegisterReport) -> list[Flowable]:
    reg = report.register
    complete = sum(1 for a in reg.activities if a.status == "complete")
    stamp = in_paris(report.generated_at).strftime("%d/%m/%Y")
    story: list[Flowable] = [
        Spacer(1, 30 * mm),
        rich(TITLE, "title"),
        rich("Article 30 du règlement (UE) 2016/679 (RGPD)", "subtitle"),
        Spacer(1, 10 * mm),
        rich("Responsable du traitement", "h2"),
        field_table(_controller_rows(report.practice)),
        Spacer(1, 8 * mm),
        field_table(
            [
                ("Registre arrêté au", stamp),
                ("Activités de traitement", f"{len(reg.activities)} (dont {count(complete, 'fiche complète', 'fiches complètes')})"),
                ("Sous-traitants et prestataires", str(len(reg.processors))),
            ]
        ),
        Spacer(1, 10 * mm),
        field_table(
            [
                ("Fait à", report.practice.city if report.practice and report.practice.city else ""),
                ("Le", stamp),
                ("Signature du responsable", "\n\n\n\n"),
            ]
        ),
        Spacer(1, 8 * mm),
        para(
            "Ce registre est tenu sous forme électronique (article 30.3 du RGPD). Il est mis à la disposition "
            "de la Commission nationale de l'informatique et des libertés (CNIL) sur sa demande "
            "(article 30.4). Chaque fiche suit l'ordre du modèle de registre proposé par la CNIL.",
            "small",
        ),
    ]
    return story


_SHORT_SENSITIVE = {
    "health": "Santé",
    "nir": "NIR",
    "genetic": "Génétique",
    "biometric": "Biométrie",
    "racial": "Origine",
    "political": "Opinions",
    "religious": "Convictions",
    "union": "Syndicat",
    "sex_life": "Vie sexuelle",
    "criminal": "Infractions",
}


def _summary(report: RegisterReport) -> list[Flowable]:
    rows = []
    for a in report.register.activities:
        sensitive = ", ".join(_SHORT_SENSITIVE.get(s.code, s.code) for s in a.sensitive_data) or "Aucune"
        basis = V.label(V.LEGAL_BASES, a.legal_basis) if a.legal_basis else "À préciser"
        status = "Complète" if a.status == "complete" else f"Brouillon, {a.completeness()} %"
        rows.append([a.ref, a.name, basis, sensitive, status, _day(a.updated_at)])
    widths = [w * mm for w in (12, 55, 40, 21, 26, 20)]
    header = ["Réf.", "Activité de traitement", "Base légale", "Données sensibles", "Fiche", "Mise à jour"]
    story: list[Flowable] = [rich("Liste des activités de traitement", "h1")]
    if rows:
        story.append(grid_table(header, rows, widths))
    else:
        story.append(para("Aucune activité de traitement n'est encore inscrite au registre."))
    return story


# --- one fiche per activity ----------------------------------------------------------------------------
def _section(title: str, rows: list[tuple[str, str]]) -> list[Flowable]:
    return [CondPageBreak(30 * mm), shared_rich(title, "h2"), field_table(rows)]


def _retention(a: Activity) -> list[Flowable]:
    title = shared_rich("6. Durées de conservation", "h2")
    if not a.retention:
        return [CondPageBreak(30 * mm), title, field_table([("Durées de conservation", "")])]
    rows = []
    for r in a.retention:
        notes = r.criterion
        if r.justification:
            notes = f"{notes}\nÉcart à la durée recommandée : {r.justification}".strip()
        rows.append(
            [
                r.category,
                r.active.text() if r.active else "—",
                r.archive.text() if r.archive and r.archive.value else "—",
                r.trigger or "—",
                V.label(V.END_ACTIONS, r.end_action) if r.end_action else "—",
                notes or "—",
            ]
        )
    widths = [w * mm for w in (36, 18, 18, 28, 25, 49)]
    header = [
        "Catégorie de données",
        "Base active",
        "Archives",
        "Point de départ",
        "Sort final",
        "Critère, précisions",
    ]
    return [CondPageBreak(40 * mm), title, grid_table(header, rows, widths)]


def _activity(a: Activity, register: Register, report: RegisterReport) -> list[Flowable]:
    status = f"{V.label(V.STATUSES, a.status)} — complétude {a.completeness()} %"
    processors = []
    for ref in a.processor_refs:
        p = register.processor(ref)
        if p is not None:
            processors.append(f"{p.ref} — {p.name} ({V.label(V.PROCESSOR_ROLES, p.role).lower()})")
    if a.transfers_outside_eu:
        transfers = (
            "\n".join(
                f"• {t.country} — garantie : {V.label(V.SAFEGUARDS, t.safeguard) if t.safeguard else 'à préciser'}"
                + (f" ({t.detail})" if t.detail else "")
                for t in a.transfers
            )
            or "Oui (pays à préciser)"
        )
    else:
        transfers = "Aucun transfert hors de l'Union européenne"
    art9 = ""
    if a.art9_condition:
        art9 = V.label(V.ART9_CONDITIONS, a.art9_condition) + (f"\n{a.art9_detail}" if a.art9_detail else "")
    sensitive = _checked(a.sensitive_data, V.SENSITIVE_DATA) if a.sensitive_data else "Non"

    story: list[Flowable] = [rich(f"{a.ref} — {_escape(a.name)}", "h1")]
    gaps = a.missing()
    if gaps:
        story.append(para("Fiche à compléter : " + " ; ".join(g.problem for g in gaps) + ".", "alert"))
        story.append(Spacer(1, 2 * mm))
    story += _section(
        "1. Identification de l'activité",
        [
            ("Référence", a.ref),
            ("Nom de l'activité", a.name),
            ("Date de création de la fiche", _day(a.created_at)),
            ("Dernière mise à jour", _day(a.updated_at)),
            ("Responsable conjoint", a.joint_controller or "Aucun"),
            ("Logiciel ou application utilisé", a.software),
            ("Statut de la fiche", status),
        ],
    )
    story += _section(
        "2. Finalités et base légale",
        [
            ("Finalités poursuivies", _lines(a.purposes)),
            ("Base légale (article 6)", V.label(V.LEGAL_BASES, a.legal_basis) if a.legal_basis else ""),
            ("Justification", a.legal_basis_detail),
            (
                "Condition de l'article 9.2 (données sensibles)",
                art9 or ("Sans objet" if not a.needs_art9_condition() else ""),
            ),
        ],
    )
    story += _section(
        "3. Personnes concernées",
        [
            ("Catégories de personnes", _checked(a.persons, V.PERSON_CATEGORIES)),
        ],
    )
    story += _section(
        "4. Données traitées",
        [
            ("Catégories de données", _checked(a.data_categories, V.DATA_CATEGORIES)),
            ("Données sensibles", sensitive),
            ("Source des données", a.data_source),
        ],
    )
    story += _section(
        "5. Destinataires",
        [
            ("Destinataires internes", _lines(a.recipients_internal)),
            ("Organismes externes", _lines(a.recipients_external)),
            ("Sous-traitants", _lines(processors)),
            ("Transferts hors de l'Union européenne", transfers),
        ],
    )
    story += _retention(a)
    story += _section("7. Mesures de sécurité", _security_rows(a, report))
    story += _section(
        "8. Analyse d'impact et information des personnes",
        [
            ("Analyse d'impact (AIPD) nécessaire", _yes_no(a.dpia_required)),
            ("Raison", a.dpia_reason),
            ("Information des personnes", a.information),
        ],
    )
    return story


def _measure(line: MeasureLine, with_detail: bool) -> str:
    text = f"• {line.label_fr}"
    if line.items:
        text += " (questions " + ", ".join(line.items) + ")"
    if with_detail and line.detail:
        text += f" : {line.detail}"
    return text


def _security_rows(a: Activity, report: RegisterReport) -> list[tuple[str, str]]:
    """Stated: what the self-assessment answered "yes" (or the practitioner ticked and it has not assessed).
    Everything else is listed as to be put in place, never as done."""
    measures = report.measure_catalogue or checklist_catalogue().measures
    lines = statement(a.security_measures, report.measure_suggestions, measures)
    if report.measure_suggestions is None:
        source = (
            "Aucune auto-évaluation de sécurité n'a encore été faite : aucune mesure n'est vérifiée. "
            "Entre parenthèses, les questions de l'auto-évaluation qui en décident."
        )
    else:
        source = f"D'après {report.assessment_label} ; entre parenthèses, les questions qui en décident."
    rows = [("Source", source)]
    in_place = [_measure(x, True) for x in lines if x.standing == Standing.IN_PLACE]
    rows.append(("Mesures en place", "\n".join(in_place) or "Aucune mesure confirmée pour l'instant"))
    declared = [_measure(x, True) for x in lines if x.standing == Standing.DECLARED]
    if declared:
        rows.append(("Déclarées par le praticien, pas encore vérifiées par l'auto-évaluation", "\n".join(declared)))
    pending = (Standing.TO_DO, Standing.TEMPLATE, Standing.UNASSESSED)  # an old template's tick is not declared
    to_do = [_measure(x, False) for x in lines if x.standing in pending]
    if to_do:
        rows.append(("À mettre en place ou à confirmer", "\n".join(to_do)))
    return rows


def _escape(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


# --- processors annex -----------------------------------------------------------------------------------
def _processor(p: Processor, register: Register, today: date) -> list[Flowable]:
    using = [f"{a.ref} — {a.name}" for a in register.activities_using(p.ref)]
    clauses = "\n".join(
        f"{'[x]' if c in p.clauses else '[  ]'} {t.fr}" for c, t in V.CONTRACT_CLAUSES.items()
    )
    if p.role == "processor":
        contract = [
            ("Date du contrat", p.contract_date.strftime("%d/%m/%Y") if p.contract_date else ""),
            ("Clauses de l'article 28 vérifiées", clauses),
        ]
    elif p.role == "joint":  # art. 26: an arrangement between joint controllers, no art. 28 clauses
        contract = [("Accord de responsabilité conjointe (art. 26)", p.contract_date.strftime("%d/%m/%Y") if p.contract_date else "")]
    else:  # an independent controller (the accountant under most engagement letters): art. 28 does not apply
        contract = [("Article 28", "Sans objet : responsable de traitement distinct, non sous-traitant")]
    rows = [
        ("Rôle", V.label(V.PROCESSOR_ROLES, p.role)),
        ("Services rendus", p.services),
        ("Activités concernées", _lines(using) if using else "Aucune activité liée"),
        ("Contact en cas d'incident", p.incident_contact),
        *contract,
        ("Héberge des données de santé", "Oui" if p.hosts_health_data else "Non"),
    ]
    if p.hosts_health_data:
        rows += [
            ("Certificat HDS", p.hds_reference),
            (
                "Activités certifiées",
                "\n".join(f"• {V.label(V.HDS_ACTIVITIES, c)}" for c in p.hds_activities),
            ),
            ("Échéance du certificat", p.hds_expiry.strftime("%d/%m/%Y") if p.hds_expiry else ""),
        ]
    rows += [
        ("Localisation des données", p.data_location),
        ("Transferts hors UE", p.transfers or "Aucun déclaré"),
        ("Notes", p.notes),
    ]
    warnings = p.hds_warnings(today)
    block: list[Flowable] = [rich(f"{p.ref} — {_escape(p.name)}", "h2")]
    for w in warnings:
        block.append(para(f"Attention : {w.text}.", "alert"))
    block.append(field_table(rows))
    block.append(Spacer(1, 4 * mm))
    return [KeepTogether(block)]


def _annex(report: RegisterReport) -> list[Flowable]:
    reg = report.register
    today = in_paris(report.generated_at).date()
    story: list[Flowable] = [rich("Annexe — Sous-traitants et prestataires", "h1")]
    if not reg.processors:
        return story + [para("Aucun prestataire n'est inscrit au registre.")]
    rows = []
    for p in reg.processors:
        hds = "Non concerné"
        if p.hosts_health_data:
            hds = f"Oui — {p.hds_reference}" if p.hds_reference else "Oui — certificat non renseigné"
            if p.hds_expiry:
                hds += f" (jusqu'au {p.hds_expiry:%d/%m/%Y})"
        contract = p.contract_date.strftime("%d/%m/%Y") if p.contract_date else "—"
        if p.role == "controller":
            contract = "Sans objet"
        rows.append([p.ref, p.name, V.label(V.PROCESSOR_ROLES, p.role), hds, contract])
    widths = [w * mm for w in (13, 58, 35, 46, 22)]
    story.append(
        grid_table(["Réf.", "Prestataire", "Rôle", "Données de santé / HDS", "Contrat"], rows, widths)
    )
    story.append(Spacer(1, 6 * mm))
    for p in reg.processors:
        story += _processor(p, reg, today)
    return story


def render(report: RegisterReport, out: BinaryIO) -> None:
    with cyclic_gc_paused():  # building the story of a long register allocates as much as laying it out
        _render(report, out)


def _render(report: RegisterReport, out: BinaryIO) -> None:
    story = _cover(report) + [PageBreak()] + _summary(report)
    for activity in report.register.activities:
        story += [PageBreak()] + _activity(activity, report.register, report)
    story += [PageBreak()] + _annex(report)
    name = report.practice.name if report.practice else ""
    build_pdf(
        out,
        story,
        title=f"{TITLE} — {name}" if name else TITLE,
        footer=f"{TITLE} — {name}" if name else TITLE,
        generated_at=report.generated_at,
        author=name or "Vigie",
    )
