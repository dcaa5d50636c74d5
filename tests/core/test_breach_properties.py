"""Property tests over the whole facts space: no crash, coherent outputs, monotonic where the law demands."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.domain import breach as B
from core.domain.breach_json import facts_to_dict, parse_facts, parse_facts_json
from core.errors import InvalidInput
from core.rules.breach import RISK_ORDER, assess, assessment_to_dict

SETTINGS = settings(
    max_examples=int(__import__("os").environ.get("VIGIE_HYPO_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def subset(values: tuple[str, ...], min_size: int = 0) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(values), unique=True, min_size=min_size, max_size=len(values))


@st.composite
def fact_docs(draw: st.DrawFn) -> dict:
    aware = draw(
        st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC))
    )
    doc: dict = {"aware_at": aware.isoformat()}
    if draw(st.booleans()):
        doc["occurred_at"] = (aware - draw(st.timedeltas(timedelta(0), timedelta(days=400)))).isoformat()
    # CNIL-form facts that the rules do not weigh: absent, null or a value (the wizard must keep each).
    for key, values in (("discovery_means", B.DISCOVERY_MEANS), ("cross_border", (True, False))):
        value = draw(st.none() | st.sampled_from(values))
        if value is not None or draw(st.booleans()):
            doc[key] = value
    if draw(st.integers(0, 9)) == 0:
        doc["personal_data"] = False
        return doc
    doc["personal_data"] = True
    nature = draw(subset(B.NATURES, 1))
    doc["nature"] = nature
    cause = draw(st.none() | st.sampled_from(B.CAUSES))
    if cause is not None:
        doc["cause"] = cause
    for key, values in (
        ("origin", B.ORIGINS),
        ("identifiability", B.IDENTIFIABILITY),
        ("protection", B.PROTECTIONS),
    ):
        value = draw(st.none() | st.sampled_from(values))
        if value is not None:
            doc[key] = value
    doc["data_categories"] = draw(subset(B.DATA_CATEGORIES))
    if draw(st.booleans()):
        doc["dpc"] = draw(st.integers(1, 4))
    doc["context"] = {k: draw(st.booleans()) for k in B.CONTEXT_FLAGS}
    doc["subjects"] = {
        "categories": draw(subset(B.SUBJECT_CATEGORIES)),
        "count": draw(st.none() | st.integers(0, 10**7)),
        "reachable": draw(st.booleans()),
    }
    doc["records_count"] = draw(st.none() | st.integers(0, 10**8))
    if cause in B.MALICIOUS_CAUSES:
        doc["malicious"] = draw(st.sampled_from([True, None]))
    elif cause in B.ACCIDENTAL_CAUSES:
        doc["malicious"] = draw(st.sampled_from([False, None]))
    else:
        doc["malicious"] = draw(st.none() | st.booleans())
    doc["authority_already_informed"] = draw(st.booleans())
    for key, values in (("storage_medium", B.STORAGE_MEDIA), ("status", B.STATUSES)):
        value = draw(st.none() | st.sampled_from(values))
        if value is not None or draw(st.booleans()):
            doc[key] = value
    if "confidentiality" in nature and draw(st.booleans()):
        exposure = draw(st.sampled_from(B.EXPOSURES))
        known = exposure == "known_recipients"
        doc["confidentiality"] = {
            "exposure": exposure,
            "recipients_trusted": known and draw(st.booleans()),
            "deletion_confirmed": known and draw(st.booleans()),
        }
    if "integrity" in nature and draw(st.booleans()):
        doc["integrity"] = {"misuse": draw(st.none() | st.sampled_from(B.MISUSES))}
    if "availability" in nature and draw(st.booleans()):
        lost = draw(st.booleans())
        doc["availability"] = {
            "backup": (not lost) and draw(st.booleans()),
            "restore_hours": None if lost else draw(st.none() | st.floats(0, 10000, allow_nan=False)),
            "care_impact": draw(st.booleans()),
            "permanent_loss": lost,
        }
    return doc


def rank(assessment: B.Assessment) -> tuple[int, bool, bool]:
    return RISK_ORDER[assessment.risk], assessment.notify_authority, assessment.inform_subjects


def not_lower(before: B.Assessment, after: B.Assessment) -> bool:
    return all(a >= b for a, b in zip(rank(after), rank(before), strict=True))


@SETTINGS
@given(fact_docs())
def test_every_valid_document_parses_and_is_assessed_coherently(document: dict) -> None:
    facts = parse_facts(document)
    result = assess(facts)
    assert result.reasons and all(isinstance(r, str) and r for r in result.reasons)
    assert result.risk in B.RISKS
    assert result.art34_exemption in (None, "a", "b", "c")
    if result.notify_authority:
        assert result.risk != "none" and not facts.authority_already_informed
    if result.inform_subjects:
        assert result.risk == "high"
    if result.risk == "high" and result.art34_exemption != "c":
        assert result.inform_subjects
    if not result.is_personal_data_breach:
        assert not result.notify_authority and not result.inform_subjects
    assert result.deadline - facts.aware_at == timedelta(hours=72)
    assert result.deadline.utcoffset() in (timedelta(hours=1), timedelta(hours=2))
    if result.severity is not None:
        s = result.severity
        assert 1 <= s.dpc <= 4 and s.ei in (0.25, 0.5, 0.75, 1.0) and 0 <= s.cb <= 2
        assert s.score == s.dpc * s.ei + s.cb
    assessment_to_dict(result)  # serialisable
    assert parse_facts(facts_to_dict(facts)) == facts


@SETTINGS
@given(fact_docs())
def test_adding_health_data_never_lowers_the_outcome(document: dict) -> None:
    facts = parse_facts(document)
    if not facts.personal_data or "health" in facts.data_categories:
        return
    with_health = replace(facts, data_categories=(*facts.data_categories, "health"))
    assert not_lower(assess(facts), assess(with_health))


@SETTINGS
@given(fact_docs(), st.sampled_from(["none", "encrypted_key_compromised"]))
def test_removing_encryption_never_lowers_the_outcome(document: dict, weaker: str) -> None:
    facts = parse_facts(document)
    if not facts.personal_data:
        return
    for protection in ("encrypted_key_safe", "hashed_salted", "pseudonymised"):
        protected = replace(facts, protection=protection)
        assert not_lower(assess(protected), assess(replace(facts, protection=weaker)))


@SETTINGS
@given(fact_docs())
def test_more_persons_exposed_to_strangers_never_lowers_the_outcome(document: dict) -> None:
    facts = parse_facts(document)
    if not facts.personal_data or facts.subjects.count is None:
        return
    more = replace(facts, subjects=replace(facts.subjects, count=facts.subjects.count * 10 + 100))
    assert not_lower(assess(facts), assess(more))


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "aware_at",
                    "personal_data",
                    "nature",
                    "confidentiality",
                    "availability",
                    "integrity",
                    "subjects",
                    "count",
                    "exposure",
                    "backup",
                    "restore_hours",
                    "x",
                ]
            )
            | st.text(max_size=8),
            inner,
            max_size=6,
        )
    ),
    max_leaves=25,
)


@SETTINGS
@given(json_values)
def test_parser_never_crashes_on_arbitrary_json(value: object) -> None:
    try:
        facts = parse_facts(value)
    except InvalidInput as exc:
        assert exc.problems and all(p.path.startswith("$") for p in exc.problems)
    else:
        assess(facts)


@SETTINGS
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_parser_never_crashes_on_arbitrary_text(text: str | bytes) -> None:
    try:
        parse_facts_json(text)
    except InvalidInput as exc:
        assert exc.problems


@SETTINGS
@given(
    fact_docs(),
    st.sampled_from(["aware_at", "nature", "confidentiality", "subjects", "dpc"]),
    st.sampled_from([0, "x", [], {}, 3.5, True]),
)
def test_corrupting_one_field_is_reported_or_harmless(document: dict, key: str, bad: object) -> None:
    document = dict(document)
    document[key] = bad
    try:
        parse_facts(document)
    except InvalidInput as exc:
        assert exc.problems
