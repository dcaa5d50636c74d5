"""ENISA severity of a personal data breach (2013 methodology): SE = DPC × EI + CB.

DPC (data processing context, 1–4) comes from the most sensitive data category, adjusted for the context;
EI (ease of identification) from how directly the data point to a person; CB (circumstances) adds up the
loss of confidentiality, integrity and availability and malicious intent. The formula alone does not decide
notification (see :mod:`core.rules.breach`); it is one input, reported with its reasons.
"""

from __future__ import annotations

from core.domain.breach import SPECIAL_CATEGORIES, Assessment, BreachFacts, Severity
from core.rules.breach_reasons import Reason, render

# Base DPC per category. Credentials take the weight of what they open: in a practice, patient files or
# bank access, hence the financial tier. The NIR enables identity fraud, like official documents.
BASE_DPC: dict[str, int] = {
    "civil_status": 1,
    "contact": 1,
    "other": 1,
    "location": 2,
    "nir": 3,
    "credentials": 3,
    "financial": 3,
    "official_documents": 3,
    **{c: 4 for c in SPECIAL_CATEGORIES},
    "unknown": 4,  # when in doubt, a health practice's data are assumed to be health data
}

EI_BY_IDENTIFIABILITY: dict[str, float] = {"direct": 1.0, "easy": 0.75, "difficult": 0.5, "negligible": 0.25}
UNINTELLIGIBLE = frozenset({"encrypted_key_safe", "hashed_salted"})
QUICK_RESTORE_HOURS = 24.0


def is_vulnerable(facts: BreachFacts) -> bool:
    cats = facts.subjects.categories
    return facts.context.vulnerable_subjects or "minors" in cats or "vulnerable" in cats


def dpc_parts(facts: BreachFacts) -> tuple[int, list]:
    """DPC and its explanation as reason parts. An explicit ``dpc`` (chosen from the ENISA examples) wins."""
    if facts.dpc is not None:
        return facts.dpc, ["dpc.chosen"]
    categories = facts.data_categories or ("unknown",)
    top = max(categories, key=lambda c: BASE_DPC[c])
    score = BASE_DPC[top]
    notes: list = [["dpc.base", {"category": top, "score": score}]]
    ctx = facts.context
    if ctx.controller_reveals_sensitive and score < 4:
        score = 4
        notes.append("dpc.specialty")
    if ctx.large_volume_per_person:
        score += 1
        notes.append("dpc.volume")
    if is_vulnerable(facts):
        score += 1
        notes.append("dpc.vulnerable")
    if ctx.data_invalid_or_outdated:
        score -= 1
        notes.append("dpc.outdated")
    if ctx.already_public:
        score -= 1
        notes.append("dpc.public")
    if ctx.reveals_little:
        score -= 2
        notes.append("dpc.little")
    return min(4, max(1, score)), notes


def data_processing_context(facts: BreachFacts) -> tuple[int, str]:
    """DPC and a French explanation."""
    dpc, notes = dpc_parts(facts)
    return dpc, render(Reason("enisa.dpc", {"dpc": dpc, "dpc_notes": notes}))


def ease_of_identification(facts: BreachFacts) -> tuple[float, str]:
    """EI and the reason part that explains it (a code)."""
    if facts.protection in UNINTELLIGIBLE:
        return 0.25, "ei.unintelligible"
    if facts.identifiability is None:
        return 1.0, "ei.unknown"
    return EI_BY_IDENTIFIABILITY[facts.identifiability], f"ei.{facts.identifiability}"


def availability_circumstance(facts: BreachFacts) -> float:
    a = facts.availability
    if a is None:
        return 0.0
    if a.permanent_loss or (a.restore_hours is None and not a.backup):
        return 0.5
    if a.restore_hours is None or a.restore_hours > QUICK_RESTORE_HOURS:
        return 0.25
    return 0.0


def circumstances(facts: BreachFacts) -> tuple[float, list]:
    parts: list[tuple[float, str]] = []
    c = facts.confidentiality
    if c is not None:
        if c.exposure == "known_recipients":
            parts.append((0.25, "cb.known"))
        elif c.exposure in ("unknown_recipients", "known_and_unknown_recipients"):
            parts.append((0.5, "cb.unknown"))
    i = facts.integrity
    if i is not None:
        if i.misuse == "not_recoverable":
            parts.append((0.5, "cb.altered_lost"))
        elif i.misuse in ("recoverable", None):
            parts.append((0.25, "cb.altered"))
    cb_avail = availability_circumstance(facts)
    if cb_avail == 0.5:
        parts.append((0.5, "cb.unavailable_lost"))
    elif cb_avail == 0.25:
        parts.append((0.25, "cb.unavailable"))
    if facts.is_malicious:
        parts.append((0.5, "cb.malice"))
    cb = float(sum(p for p, _ in parts))
    return cb, [code for _, code in parts] or ["cb.none"]


def level_of(score: float) -> str:
    if score < 2:
        return "low"
    if score < 3:
        return "medium"
    if score < 4:
        return "high"
    return "very_high"


def severity(facts: BreachFacts) -> tuple[Severity, Reason]:
    """The ENISA severity and the reason showing the computation (rendered per language)."""
    dpc, dpc_notes = dpc_parts(facts)
    ei, ei_note = ease_of_identification(facts)
    cb, cb_parts = circumstances(facts)
    score = dpc * ei + cb
    level = level_of(score)
    reason = Reason(
        "enisa",
        {
            "dpc": dpc,
            "dpc_notes": dpc_notes,
            "ei": ei,
            "ei_note": ei_note,
            "cb": cb,
            "cb_parts": cb_parts,
            "score": score,
            "level": level,
        },
        ("data_categories", "context", "dpc", "identifiability", "protection", "subjects"),
    )
    return Severity(dpc=dpc, ei=ei, cb=cb, score=score, level=level), reason


def conclusion_level(risk: str | None, enisa_level: str | None) -> str | None:
    """The CNIL-scale severity from the conclusion (``None`` before any assessment); see below."""
    if risk is None:
        return None
    if risk == "none":
        return "low"
    if risk == "risk":
        return "medium"
    return "very_high" if enisa_level == "very_high" else "high"


def conclusion_severity(result: Assessment, lang: str = "fr") -> tuple[str, str]:
    """The severity to print where the CNIL form asks for it: the engine's conclusion, never the raw formula.

    Returns the level code (``core.domain.breach_vocab.SEVERITY_LEVELS``) and the line to print in ``lang``:
    the level, the conclusion's risk, then the ENISA figure as a detail. Risk unlikely -> négligeable, risk ->
    limitée, high risk -> importante (maximale when the ENISA score is also very high). When the formula
    alone points elsewhere, the ENISA level is not printed (it would contradict the severity) and the line
    says that the conclusion weighs what the formula ignores (the rules of :mod:`core.rules.breach`).
    """
    sev = result.severity
    risk = result.risk if result.is_personal_data_breach else "none"
    code = conclusion_level(risk, sev.level if sev else None)
    assert code is not None
    if sev is None:
        return code, render(Reason("severity.no_breach", {"severity": code}), lang)
    agrees = {"low": ("low",), "medium": ("medium",), "high": ("high", "very_high")}
    expected = agrees["high" if code == "very_high" else code]
    params = {"severity": code, "risk": risk, "score": sev.score}
    if sev.level in expected:
        return code, render(Reason("severity.agrees", {**params, "level": sev.level}), lang)
    return code, render(Reason("severity.departs", params), lang)
