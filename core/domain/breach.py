"""The facts of an incident (format ``vigie.breach-facts/1``) and the engine's assessment, as frozen values.

Facts are what the practitioner answered; ``None`` means "not known yet", which the rules treat with the
CNIL's "when in doubt, notify". Parsing from JSON lives in :mod:`core.domain.breach_json`; the decision in
:mod:`core.rules.breach`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing costs the headless commands' start-up
if TYPE_CHECKING:
    from typing import Any

FORMAT = "vigie.breach-facts/1"

NATURES = ("confidentiality", "integrity", "availability")
ORIGINS = (
    "lost_or_stolen_device",
    "paper_lost_stolen_or_exposed",
    "mail_lost_or_opened",
    "hacking_malware_phishing",
    "paper_disposed_unshredded",
    "device_disposed_unwiped",
    "unintended_publication",
    "wrong_person_data_shown",
    "sent_to_wrong_recipient",
    "verbal_disclosure",
    "other",
)
CAUSES = ("internal_malicious", "internal_accidental", "external_malicious", "external_accidental", "unknown")
DATA_CATEGORIES = (
    "civil_status",
    "nir",
    "contact",
    "credentials",
    "financial",
    "official_documents",
    "location",
    "offences",
    "health",
    "genetic",
    "biometric",
    "ethnic_origin",
    "political",
    "religious",
    "trade_union",
    "sex_life",
    "other",
    "unknown",
)
# Art. 9 special categories, plus offences (art. 10): the "sensitive" ENISA tier.
SPECIAL_CATEGORIES = frozenset(
    {
        "health",
        "genetic",
        "biometric",
        "ethnic_origin",
        "political",
        "religious",
        "trade_union",
        "sex_life",
        "offences",
    }
)
# Data that open the door to identity theft, fraud or account takeover (EDPB: inform even if few persons).
FRAUD_CATEGORIES = frozenset({"nir", "credentials", "financial", "official_documents"})
SUBJECT_CATEGORIES = ("patients", "employees", "clients", "users", "minors", "vulnerable", "other", "unknown")
IDENTIFIABILITY = ("direct", "easy", "difficult", "negligible")
PROTECTIONS = ("none", "encrypted_key_safe", "encrypted_key_compromised", "hashed_salted", "pseudonymised")
# ``known_and_unknown_recipients``: someone identified saw the data AND unknown others may have (an Internet
# exposure reported by a journalist). Weighed like ``unknown_recipients``; the known recipient is not trusted.
EXPOSURES = (
    "none_proven",
    "unknown",
    "known_recipients",
    "unknown_recipients",
    "known_and_unknown_recipients",
)
# Where the data were (the CNIL form's "support" of the breach); informs the dossier, not the risk.
STORAGE_MEDIA = (
    "server",
    "workstation",
    "laptop",
    "phone",
    "removable_media",
    "paper",
    "email",
    "cloud",
    "other",
)
# Established (reasonable certainty) or suspected breach; a suspected one is still assessed and documented.
STATUSES = ("established", "suspected")
# How the practice learned of the breach (the CNIL form's "means of discovery"); informs the dossier only.
DISCOVERY_MEANS = (
    "patient",
    "third_party",
    "authority",
    "vendor",
    "practice",
    "security_alert",
    "ransom_note",
    "other",
)
MISUSES = ("none", "recoverable", "not_recoverable")
CONTEXT_FLAGS = (
    "large_volume_per_person",
    "controller_reveals_sensitive",
    "vulnerable_subjects",
    "data_invalid_or_outdated",
    "already_public",
    "reveals_little",
)
MALICIOUS_CAUSES = frozenset({"internal_malicious", "external_malicious"})
ACCIDENTAL_CAUSES = frozenset({"internal_accidental", "external_accidental"})

RISKS = ("none", "risk", "high")
LEVELS = ("low", "medium", "high", "very_high")


@dataclass(frozen=True)
class Context:
    """ENISA's context adjustments of the data-processing-context score (all default to false)."""

    large_volume_per_person: bool = False
    controller_reveals_sensitive: bool = False
    vulnerable_subjects: bool = False
    data_invalid_or_outdated: bool = False
    already_public: bool = False
    reveals_little: bool = False


@dataclass(frozen=True)
class Subjects:
    """Who the data is about: categories, how many, whether they can be reached one by one."""

    categories: tuple[str, ...] = ()
    count: int | None = None
    # False when the persons cannot be reached one by one (no contact details): art. 34(3)(c).
    reachable: bool = True


@dataclass(frozen=True)
class Confidentiality:
    """Loss of confidentiality: who could see the data and what became of it."""

    exposure: str = "unknown"
    recipients_trusted: bool = False
    deletion_confirmed: bool = False


@dataclass(frozen=True)
class Integrity:
    """Loss of integrity: whether altered data was or could be used."""

    misuse: str | None = None  # None: not known yet


@dataclass(frozen=True)
class Availability:
    """Loss of availability: backup, time to restore, effect on care, permanent loss."""

    backup: bool = False
    restore_hours: float | None = None  # None: unknown, or never
    care_impact: bool = False
    permanent_loss: bool = False


@dataclass(frozen=True)
class BreachFacts:
    """What is known of an incident, the input of the breach rules (``vigie.breach-facts/1``)."""

    aware_at: datetime
    personal_data: bool
    occurred_at: datetime | None = None
    nature: tuple[str, ...] = ()
    origin: str | None = None
    cause: str | None = None
    data_categories: tuple[str, ...] = ()
    dpc: int | None = None
    context: Context = field(default_factory=Context)
    subjects: Subjects = field(default_factory=Subjects)
    records_count: int | None = None
    identifiability: str | None = None
    protection: str | None = None
    confidentiality: Confidentiality | None = None
    integrity: Integrity | None = None
    availability: Availability | None = None
    malicious: bool | None = None
    authority_already_informed: bool = False
    storage_medium: str | None = None
    status: str | None = None
    # Persons residing in other EU/EEA states (the form's cross-border section); None: not known yet.
    cross_border: bool | None = None
    # How the breach was discovered (DISCOVERY_MEANS); the free-text detail stays with the incident.
    discovery_means: str | None = None

    @property
    def is_malicious(self) -> bool:
        """Explicit answer first; else from the cause; an attack (hacking, malware, phishing) is malicious."""
        if self.malicious is not None:
            return self.malicious
        if self.cause in MALICIOUS_CAUSES:
            return True
        return self.cause in (None, "unknown") and self.origin == "hacking_malware_phishing"

    @property
    def categories_unknown(self) -> bool:
        return not self.data_categories or "unknown" in self.data_categories


@dataclass(frozen=True)
class Severity:
    """ENISA 2013: SE = DPC × EI + CB, with the level thresholds 2, 3 and 4."""

    dpc: int
    ei: float
    cb: float
    score: float
    level: str


@dataclass(frozen=True)
class Reason:
    """One reason of the engine: a code, its parameters (JSON values) and the facts (JSON keys) it rests on.

    Sentences are rendered per language by :func:`core.rules.breach_reasons.render`.
    """

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    facts: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "facts": list(self.facts), "params": self.params}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reason:
        return cls(str(data["code"]), dict(data.get("params") or {}), tuple(data.get("facts") or ()))


@dataclass(frozen=True)
class Assessment:
    """The rules' conclusion on a set of facts, with its reasons."""

    is_personal_data_breach: bool
    severity: Severity | None
    risk: str
    notify_authority: bool
    inform_subjects: bool
    art34_exemption: str | None
    deadline: datetime
    reasons: tuple[str, ...]  # French sentences, as printed in the documents
    reason_codes: tuple[Reason, ...] = ()  # the same reasons as codes; empty for assessments stored before
