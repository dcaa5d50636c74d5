"""Closed vocabularies of the register (GDPR articles, CNIL model checklists), as stable codes with labels.

Codes are what the vault, the JSON format and the templates store; labels are for documents and screens.
French is the language of the printed register; English is offered to the GUI.
"""

from __future__ import annotations

from core.domain.terms import Term, by_code

__all__ = ["Term"]  # V.Term: the type of every vocabulary below


# GDPR art. 6(1): the lawful basis of each activity.
LEGAL_BASES = by_code(
    Term("a", "Consentement de la personne (art. 6.1.a)", "Consent (art. 6(1)(a))"),
    Term(
        "b",
        "Exécution d'un contrat ou de mesures précontractuelles (art. 6.1.b)",
        "Performance of a contract or pre-contractual steps (art. 6(1)(b))",
    ),
    Term("c", "Obligation légale (art. 6.1.c)", "Legal obligation (art. 6(1)(c))"),
    Term("d", "Sauvegarde des intérêts vitaux (art. 6.1.d)", "Vital interests (art. 6(1)(d))"),
    Term("e", "Mission d'intérêt public (art. 6.1.e)", "Task in the public interest (art. 6(1)(e))"),
    Term("f", "Intérêt légitime (art. 6.1.f)", "Legitimate interests (art. 6(1)(f))"),
)

# GDPR art. 9(2): the condition that lifts the ban on processing health and other sensitive data.
ART9_CONDITIONS = by_code(
    Term("a", "Consentement explicite (art. 9.2.a)", "Explicit consent (art. 9(2)(a))"),
    Term(
        "b",
        "Obligations en matière de droit du travail et de protection sociale (art. 9.2.b)",
        "Employment and social protection law (art. 9(2)(b))",
    ),
    Term("c", "Sauvegarde des intérêts vitaux (art. 9.2.c)", "Vital interests (art. 9(2)(c))"),
    Term(
        "f",
        "Constatation, exercice ou défense de droits en justice (art. 9.2.f)",
        "Legal claims (art. 9(2)(f))",
    ),
    Term("g", "Motif d'intérêt public important (art. 9.2.g)", "Substantial public interest (art. 9(2)(g))"),
    Term(
        "h",
        "Médecine préventive, diagnostics, soins, par un professionnel soumis au secret (art. 9.2.h et 9.3)",
        "Preventive medicine, diagnosis, care, by a professional bound by secrecy (art. 9(2)(h) and 9(3))",
    ),
    Term(
        "i",
        "Intérêt public dans le domaine de la santé publique (art. 9.2.i)",
        "Public interest in public health (art. 9(2)(i))",
    ),
    Term(
        "j",
        "Recherche scientifique ou statistiques (art. 9.2.j)",
        "Scientific research or statistics (art. 9(2)(j))",
    ),
)

PERSON_CATEGORIES = by_code(
    Term("patients", "Patients", "Patients"),
    Term(
        "representatives",
        "Représentants légaux (parents, tuteurs)",
        "Legal representatives (parents, guardians)",
    ),
    Term("relatives", "Personne de confiance et proches", "Trusted person and relatives"),
    Term(
        "professionals",
        "Professionnels de santé correspondants et remplaçants",
        "Corresponding health professionals and locums",
    ),
    Term("insured", "Assurés sociaux ouvrant droit", "Insured persons holding the rights"),
    Term("employees", "Salariés et stagiaires", "Employees and trainees"),
    Term("applicants", "Candidats à un emploi", "Job applicants"),
    Term("suppliers", "Fournisseurs et prestataires (contacts)", "Suppliers and providers (contacts)"),
    Term("visitors", "Visiteurs du cabinet ou du site internet", "Visitors to the practice or the website"),
    Term("other", "Autres personnes", "Other persons"),
)

# CNIL "registre de base" model: categories of data, each with a detail.
DATA_CATEGORIES = by_code(
    Term(
        "identity",
        "État civil, identité, données d'identification, images",
        "Civil status, identity, identification data, images",
    ),
    Term(
        "personal_life",
        "Vie personnelle (habitudes de vie, situation familiale…)",
        "Personal life (lifestyle, family situation…)",
    ),
    Term(
        "professional_life",
        "Vie professionnelle (CV, formation, diplômes, poste…)",
        "Professional life (CV, training, diplomas, position…)",
    ),
    Term(
        "economic",
        "Informations d'ordre économique et financier (revenus, coordonnées bancaires…)",
        "Economic and financial information (income, bank details…)",
    ),
    Term(
        "connection",
        "Données de connexion (adresses IP, journaux, identifiants…)",
        "Connection data (IP addresses, logs, identifiers…)",
    ),
    Term("location", "Données de localisation (déplacements, GPS…)", "Location data (movements, GPS…)"),
    Term(
        "internet",
        "Internet (cookies, traceurs, mesure d'audience…)",
        "Internet (cookies, trackers, analytics…)",
    ),
    Term("other", "Autres catégories de données", "Other categories of data"),
)

# GDPR art. 9(1) and 10, plus the French NIR regime.
SENSITIVE_DATA = by_code(
    Term("health", "Données de santé", "Health data"),
    Term(
        "nir",
        "Numéro d'inscription au répertoire (NIR, n° de sécurité sociale, INS)",
        "French social security number (NIR / INS)",
    ),
    Term("genetic", "Données génétiques", "Genetic data"),
    Term("biometric", "Données biométriques d'identification", "Biometric data for identification"),
    Term("racial", "Origine raciale ou ethnique", "Racial or ethnic origin"),
    Term("political", "Opinions politiques", "Political opinions"),
    Term("religious", "Convictions religieuses ou philosophiques", "Religious or philosophical beliefs"),
    Term("union", "Appartenance syndicale", "Trade-union membership"),
    Term("sex_life", "Vie sexuelle ou orientation sexuelle", "Sex life or sexual orientation"),
    Term("criminal", "Condamnations pénales et infractions", "Criminal convictions and offences"),
)

# CNIL "registre de base" model: security measures, each with a detail.
SECURITY_MEASURES = by_code(
    Term("access_control", "Contrôle d'accès des utilisateurs", "User access control"),
    Term("traceability", "Mesures de traçabilité", "Traceability (logging)"),
    Term(
        "software_protection",
        "Mesures de protection des logiciels (antivirus, mises à jour…)",
        "Software protection (antivirus, updates…)",
    ),
    Term("backup", "Sauvegarde des données", "Data backup"),
    Term("encryption", "Chiffrement des données", "Data encryption"),
    Term("processor_control", "Contrôle des sous-traitants", "Control of processors"),
    Term(
        "physical",
        "Sécurité physique des locaux et des documents papier",
        "Physical security of premises and paper records",
    ),
    Term("other", "Autres mesures", "Other measures"),
)

# Safeguards for transfers outside the EU/EEA (GDPR art. 45 to 49).
SAFEGUARDS = by_code(
    Term("adequacy", "Décision d'adéquation (art. 45)", "Adequacy decision (art. 45)"),
    Term("scc", "Clauses contractuelles types (art. 46)", "Standard contractual clauses (art. 46)"),
    Term("bcr", "Règles d'entreprise contraignantes (art. 47)", "Binding corporate rules (art. 47)"),
    Term("code", "Code de conduite (art. 46)", "Code of conduct (art. 46)"),
    Term("certification", "Certification (art. 46)", "Certification (art. 46)"),
    Term(
        "derogation",
        "Dérogation pour une situation particulière (art. 49)",
        "Derogation for a specific situation (art. 49)",
    ),
)

PERIOD_UNITS = by_code(
    Term("days", "jours", "days"),
    Term("months", "mois", "months"),
    Term("years", "ans", "years"),
)
PERIOD_UNITS_SINGULAR = {"days": ("jour", "day"), "months": ("mois", "month"), "years": ("an", "year")}

END_ACTIONS = by_code(
    Term("delete", "Suppression", "Deletion"),
    Term("anonymise", "Anonymisation", "Anonymisation"),
    Term("archive_public", "Versement aux archives publiques", "Transfer to public archives"),
    Term("return", "Restitution", "Return"),
)

PROCESSOR_ROLES = by_code(
    Term("processor", "Sous-traitant (art. 28)", "Processor (art. 28)"),
    Term("controller", "Responsable de traitement distinct", "Separate controller"),
    Term("joint", "Responsable conjoint (art. 26)", "Joint controller (art. 26)"),
)

# GDPR art. 28(3)(a)-(h): what the contract with a processor must say.
CONTRACT_CLAUSES = by_code(
    Term(
        "instructions",
        "Traitement sur instruction documentée du cabinet (28.3.a)",
        "Processing only on documented instructions (28(3)(a))",
    ),
    Term(
        "confidentiality",
        "Engagement de confidentialité du personnel (28.3.b)",
        "Staff bound to confidentiality (28(3)(b))",
    ),
    Term("security", "Mesures de sécurité de l'article 32 (28.3.c)", "Art. 32 security measures (28(3)(c))"),
    Term(
        "subprocessors",
        "Conditions de recours à un autre sous-traitant (28.3.d)",
        "Conditions for engaging sub-processors (28(3)(d))",
    ),
    Term(
        "rights_assistance",
        "Aide pour répondre aux demandes d'exercice des droits (28.3.e)",
        "Assistance with data-subject requests (28(3)(e))",
    ),
    Term(
        "breach_assistance",
        "Aide pour la sécurité et les violations de données (28.3.f)",
        "Assistance with security and data breaches (28(3)(f))",
    ),
    Term(
        "deletion_return",
        "Suppression ou restitution des données en fin de contrat (28.3.g)",
        "Deletion or return of data at the end (28(3)(g))",
    ),
    Term(
        "audits",
        "Informations et audits pour démontrer la conformité (28.3.h)",
        "Information and audits to demonstrate compliance (28(3)(h))",
    ),
)

# CSP R1111-9: the six activities an HDS certificate may cover.
HDS_ACTIVITIES = by_code(
    Term(
        "premises",
        "Mise à disposition et maintien en condition des sites physiques",
        "Provision and upkeep of the physical sites",
    ),
    Term(
        "hardware",
        "Mise à disposition de l'infrastructure matérielle",
        "Provision of the hardware infrastructure",
    ),
    Term(
        "virtual", "Mise à disposition de l'infrastructure virtuelle", "Provision of virtual infrastructure"
    ),
    Term("platform", "Mise à disposition de la plateforme logicielle", "Provision of the software platform"),
    Term(
        "administration",
        "Administration et exploitation du système d'information",
        "Administration and operation of the information system",
    ),
    Term("backup", "Sauvegarde externalisée", "Outsourced backup"),
)

STATUSES = by_code(
    Term("draft", "Brouillon", "Draft"),
    Term("complete", "Complète", "Complete"),
)


def label(vocabulary: dict[str, Term], code: str, lang: str = "fr") -> str:
    """The label of ``code``, or the code itself when unknown (never raise while printing)."""
    term = vocabulary.get(code)
    return term.label(lang) if term else code
