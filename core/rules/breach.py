"""Is it a personal data breach, must the CNIL be notified, must the persons be informed, and why.

One function, :func:`assess`, used by the wizard, the ``assess`` and ``incident record`` commands and the tests.
The ENISA formula is one input; explicit rules calibrated on the EDPB's worked examples (Guidelines 01/2021,
examples annexed to Guidelines 9/2022) add what it ignores: number of persons, exfiltration that cannot be ruled
out, days-long unavailability, identity-fraud potential, trusted recipients, encryption. Each nature of breach
gets its own risk (none < risk < high); the highest wins. Unknown facts lead to the CNIL's "when in doubt,
notify". Every rule that fires adds a :class:`Reason` (code, facts, parameters) citing its source; the French
sentences are kept in ``Assessment.reasons`` and other languages are rendered from ``reason_codes``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from core.domain.breach import (
    FRAUD_CATEGORIES,
    SPECIAL_CATEGORIES,
    Assessment,
    BreachFacts,
    Confidentiality,
)
from core.domain.breach_json import assessment_to_dict
from core.rules.breach_reasons import Reason, render_all
from core.rules.deadlines import notification_deadline
from core.rules.severity import (
    QUICK_RESTORE_HOURS,
    UNINTELLIGIBLE,
    dpc_parts,
    ease_of_identification,
    is_vulnerable,
    level_of,
    severity,
)

__all__ = ["assess", "assessment_to_dict"]

RISK_ORDER = {"none": 0, "risk": 1, "high": 2}
SMALL_GROUP = 50  # CNIL bucket "6 to 50 persons": beyond, a misdirection is no longer a small matter
VERY_LARGE = 5000  # CNIL top bucket "more than 5,000 persons"


def higher(a: str, b: str) -> str:
    return a if RISK_ORDER[a] >= RISK_ORDER[b] else b


def _dpc(facts: BreachFacts) -> int:
    return dpc_parts(facts)[0]


@dataclass
class _Dimension:
    """The risk found on one dimension (confidentiality, integrity, availability) and why."""

    risk: str = "none"
    reasons: list[Reason] = field(default_factory=list)

    def add(self, code: str, *facts: str, **params: object) -> None:
        self.reasons.append(Reason(code, dict(params), facts))

    def floor(self, level: str, code: str, *facts: str, **params: object) -> None:
        """Raise the risk to at least ``level``; the reason is kept only when it changes something."""
        if RISK_ORDER[level] > RISK_ORDER[self.risk]:
            self.risk = level
            self.add(code, *facts, **params)


# --- confidentiality -------------------------------------------------------------------------------------
def _confidentiality(facts: BreachFacts) -> _Dimension:
    d = _Dimension()
    c = facts.confidentiality
    assert c is not None
    if c.exposure == "none_proven":
        d.add("no_access_proven", "confidentiality.exposure")
        return d
    if facts.protection == "encrypted_key_safe":
        d.add("encrypted_safe", "protection")
        return d
    if facts.protection == "hashed_salted":
        d.add("hashed_salted", "protection")
        return d

    count = facts.subjects.count
    small = count is not None and count <= SMALL_GROUP
    dpc = _dpc(facts)
    ei, _ = ease_of_identification(facts)
    cats = set(facts.data_categories)
    only_unknown = (
        facts.dpc is None and not (cats - {"unknown"}) and not facts.context.controller_reveals_sensitive
    )
    fraud = [c for c in facts.data_categories if c in FRAUD_CATEGORIES]
    malicious = facts.is_malicious

    if facts.protection is None:
        d.add("protection_unknown", "protection")
    elif facts.protection == "encrypted_key_compromised":
        d.add("key_compromised", "protection")

    if c.exposure == "known_recipients" and c.recipients_trusted:
        if c.deletion_confirmed and small and not malicious:
            d.add(
                "trusted_deleted",
                "confidentiality.recipients_trusted",
                "confidentiality.deletion_confirmed",
                count=count,
            )
            return d
        d.risk = "risk"
        why: list[object] = []
        if not c.deletion_confirmed:
            why.append("why.not_deleted")
        if not small:
            why.append("why.count_unknown" if count is None else ["why.count_large", {"limit": SMALL_GROUP}])
        if malicious:
            why.append("why.malicious")
        d.add("trusted_but", "confidentiality.recipients_trusted", "subjects.count", why=why)
        return d

    # Sensitive data exposed: damage is to be considered likely (EDPB 9/2022, ch. IV).
    if dpc >= 4 and not only_unknown:
        shown = [c for c in facts.data_categories if c != "unknown"]
        reveal = facts.context.controller_reveals_sensitive and not cats & SPECIAL_CATEGORIES
        exposed = (
            "exposed.disclosed"
            if c.exposure in ("known_recipients", "unknown_recipients", "known_and_unknown_recipients")
            else "exposed.possibly"
        )
        params: dict[str, object] = {"categories": shown, "dpc": dpc, "exposed": exposed}
        if reveal:
            params["reveal"] = "reveal.specialty"
        d.floor("high", "sensitive_exposed", "data_categories", "confidentiality.exposure", **params)
    if fraud:
        d.floor("high", "fraud", "data_categories", categories=fraud)

    cb = {"known_recipients": 0.25, "unknown_recipients": 0.5, "known_and_unknown_recipients": 0.5}.get(
        c.exposure, 0.0
    ) + (0.5 if malicious else 0.0)
    score = dpc * ei + cb
    level = level_of(score)
    enisa_risk = {"low": "none", "medium": "risk"}.get(level, "high")
    if not only_unknown:
        d.floor(
            enisa_risk,
            "enisa_confidentiality",
            "data_categories",
            "identifiability",
            "confidentiality.exposure",
            dpc=dpc,
            ei=ei,
            cb=cb,
            score=score,
            risk=enisa_risk,
        )
    else:
        d.floor("risk", "categories_unknown", "data_categories")

    if c.exposure == "known_recipients":
        if dpc <= 2 and not fraud and small and not malicious:
            d.risk = "none"
            d.add("few_known_recipients", "confidentiality.exposure", "subjects.count", dpc=dpc, count=count)
        elif not small:
            if count is None:
                d.floor("risk", "many_persons_unknown", "subjects.count")
            else:
                d.floor("risk", "many_persons", "subjects.count", count=count, limit=SMALL_GROUP)
    elif c.exposure == "unknown":
        d.floor("risk", "access_not_excluded", "confidentiality.exposure")
    elif c.exposure == "known_and_unknown_recipients":
        d.floor("risk", "known_and_unknown", "confidentiality.exposure")
    else:
        d.floor("risk", "published", "confidentiality.exposure")
    if malicious:
        d.floor("risk", "malicious", "cause", "malicious")
    if c.exposure != "known_recipients" and count is not None and count > VERY_LARGE and d.risk == "risk":
        d.floor("high", "very_many", "subjects.count", count=count, limit=VERY_LARGE)

    secret_lost = dpc >= 4 and not only_unknown and not c.recipients_trusted
    if c.exposure == "known_recipients" and c.deletion_confirmed and d.risk == "high" and secret_lost:
        d.add("deleted_but_read", "confidentiality.deletion_confirmed", "confidentiality.recipients_trusted")
    elif c.exposure == "known_recipients" and c.deletion_confirmed and d.risk == "high":
        d.risk = "risk"
        d.add("deleted", "confidentiality.deletion_confirmed")
    if facts.protection == "pseudonymised" and d.risk == "high":
        d.risk = "risk"
        d.add("pseudonymised", "protection")
    return d


# --- integrity ---------------------------------------------------------------------------------------------
def _integrity(facts: BreachFacts) -> _Dimension:
    d = _Dimension()
    i = facts.integrity
    assert i is not None
    dpc = _dpc(facts)
    if i.misuse is None:
        d.floor("risk", "integrity_unknown", "integrity.misuse")
    elif i.misuse == "none":
        d.add("integrity_none", "integrity.misuse")
    elif i.misuse == "recoverable":
        if dpc >= 3:
            d.floor("risk", "integrity_recovered", "integrity.misuse", dpc=dpc)
        else:
            d.add("integrity_recovered_minor", "integrity.misuse")
    else:
        level = "high" if dpc >= 4 else "risk"
        code = "integrity_lost_care" if level == "high" else "integrity_lost"
        d.floor(level, code, "integrity.misuse", dpc=dpc, risk=level)
    return d


# --- availability ------------------------------------------------------------------------------------------
def _availability(facts: BreachFacts) -> _Dimension:
    d = _Dimension()
    a = facts.availability
    assert a is not None
    dpc = _dpc(facts)
    if a.permanent_loss or (a.restore_hours is None and not a.backup):
        what = "what.permanent" if a.permanent_loss else "what.no_backup"
        keys = ("availability.permanent_loss", "availability.backup", "availability.restore_hours")
        if a.care_impact or dpc >= 4:
            d.floor("high", "lost_care", *keys, "availability.care_impact", what=what)
        else:
            d.floor("risk", "lost", *keys, what=what)
        return d
    if a.restore_hours is None:
        if a.care_impact:
            d.floor("high", "restore_unknown_care", "availability.restore_hours", "availability.care_impact")
        else:
            d.floor("risk", "restore_unknown", "availability.restore_hours")
        return d
    hours = a.restore_hours
    quick = hours <= QUICK_RESTORE_HOURS
    if quick and not a.care_impact:
        d.add("restored_quickly", "availability.restore_hours", hours=hours)
    elif a.care_impact:
        level = "risk" if quick else "high"
        d.floor(level, "care_delayed", "availability.care_impact", hours=hours, risk=level)
    else:
        d.floor("risk", "long_outage", "availability.restore_hours", hours=hours, limit=QUICK_RESTORE_HOURS)
    return d


# --- the decision ------------------------------------------------------------------------------------------
def _confidentiality_risk(facts: BreachFacts) -> str:
    return _confidentiality(facts).risk if facts.confidentiality is not None else "none"


def _exfiltration_not_ruled_out(facts: BreachFacts) -> bool:
    """A malicious incident whose facts say nothing about confidentiality (e.g. ransomware: "unavailable")."""
    return facts.is_malicious and facts.confidentiality is None


def _done(
    facts: BreachFacts,
    breach: bool,
    sev: object,
    risk: str,
    notify: bool,
    inform: bool,
    exemption: str | None,
    reasons: list[Reason],
) -> Assessment:
    return Assessment(
        is_personal_data_breach=breach,
        severity=sev,  # type: ignore[arg-type]
        risk=risk,
        notify_authority=notify,
        inform_subjects=inform,
        art34_exemption=exemption,
        deadline=notification_deadline(facts.aware_at),
        reasons=render_all(reasons, "fr"),
        reason_codes=tuple(reasons),
    )


def assess(facts: BreachFacts) -> Assessment:
    """The engine's conclusion and its reasons. Pure: no clock, no I/O."""
    if not facts.personal_data:
        return _done(
            facts,
            False,
            None,
            "none",
            False,
            False,
            None,
            [Reason("no_personal_data", {}, ("personal_data",))],
        )

    reasons: list[Reason] = []
    if _exfiltration_not_ruled_out(facts):
        # An attack that only shows as unavailability or alteration may have copied the data first: unless the
        # logs rule it out (confidentiality with exposure = none_proven), weigh it as a confidentiality breach.
        facts = replace(
            facts,
            nature=(*facts.nature, "confidentiality"),
            confidentiality=Confidentiality(exposure="unknown"),
        )
        reasons.append(Reason("attack_exfiltration", {}, ("cause", "malicious", "nature")))
    sev, sev_reason = severity(facts)
    dims: dict[str, _Dimension] = {}
    if facts.confidentiality is not None:
        dims["confidentiality"] = _confidentiality(facts)
    if facts.integrity is not None:
        dims["integrity"] = _integrity(facts)
    if facts.availability is not None:
        dims["availability"] = _availability(facts)

    only_nothing = (
        set(facts.nature) == {"confidentiality"}
        and facts.confidentiality is not None
        and facts.confidentiality.exposure == "none_proven"
    )
    for dim in dims.values():
        reasons.extend(dim.reasons)
    if only_nothing:
        reasons.append(Reason("conclusion.no_breach"))
        return _done(facts, False, sev, "none", False, False, None, [sev_reason, *reasons])

    risk = "none"
    for dim in dims.values():
        risk = higher(risk, dim.risk)
    if is_vulnerable(facts) and risk != "none":
        reasons.append(Reason("vulnerable", {}, ("subjects.categories", "context.vulnerable_subjects")))

    exemption: str | None = None
    if risk != "high" and facts.confidentiality is not None:
        others_high = any(d.risk == "high" for k, d in dims.items() if k != "confidentiality")
        unprotected = replace(facts, protection="none")
        if (
            not others_high
            and facts.protection in UNINTELLIGIBLE
            and _confidentiality_risk(unprotected) == "high"
        ):
            exemption = "a"
        c = facts.confidentiality
        if exemption is None and not others_high and c.deletion_confirmed:
            undeleted = replace(facts, confidentiality=replace(c, deletion_confirmed=False))
            if _confidentiality_risk(undeleted) == "high":
                exemption = "b"
    if exemption == "a":
        reasons.append(Reason("exemption_a", {}, ("protection",)))
    elif exemption == "b":
        reasons.append(Reason("exemption_b", {}, ("confidentiality.deletion_confirmed",)))
    if risk == "high" and not facts.subjects.reachable:
        exemption = "c"
        reasons.append(Reason("exemption_c", {}, ("subjects.reachable",)))

    notify = risk != "none"
    if notify and facts.authority_already_informed:
        notify = False
        reasons.append(Reason("authority_informed", {}, ("authority_already_informed",)))
    inform = risk == "high" and exemption != "c"

    if notify:
        reasons.append(Reason("conclusion.notify", {"risk": risk}))
    elif risk == "none":
        reasons.append(Reason("conclusion.document", {"risk": "none"}))
    if inform:
        reasons.append(Reason("inform"))
    elif risk != "high":
        reasons.append(Reason("no_inform"))
    return _done(facts, True, sev, risk, notify, inform, exemption, [sev_reason, *reasons])
