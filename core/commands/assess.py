"""``assess FILE|-``: qualify a breach from a ``vigie.breach-facts/1`` document, print the assessment as JSON.

No vault and no Qt: the command only needs the domain parser and the rules, so it answers in a few tens of
milliseconds. Invalid input: exit 2, nothing on standard output, one line per offending field on stderr.
"""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "assess",
        help="qualifier une violation de données à partir d'un fichier de faits JSON",
        description="Lit les faits d'un incident (format vigie.breach-facts/1, voir docs/breach-facts.md) et "
        "affiche en JSON : violation ou non, gravité ENISA, risque, notification CNIL, information "
        "des personnes, échéance des 72 heures et raisons.",
    )
    parser.add_argument("file", metavar="FICHIER", help="fichier JSON des faits, ou - pour l'entrée standard")
    parser.set_defaults(func=_assess, logs=False)


MAX_INPUT = 1024 * 1024  # a facts document is a few kB; a bigger input is a mistake, never read whole


def _read(name: str) -> bytes:
    """At most MAX_INPUT bytes (one more tells that there was more): memory stays bounded whatever comes in."""
    if name == "-":
        data = sys.stdin.buffer.read(MAX_INPUT + 1)
    else:
        with open(name, "rb") as fh:
            data = fh.read(MAX_INPUT + 1)
    if len(data) > MAX_INPUT:
        from core.domain.problems import problem
        from core.errors import InvalidInput

        where = "entrée standard" if name == "-" else name
        raise InvalidInput([problem(where, "cli.facts_too_large", max_mb=MAX_INPUT // (1024 * 1024))])
    return data


def _assess(args: argparse.Namespace) -> int:
    import json

    from core.domain.breach_json import parse_facts_json
    from core.rules.breach import assess, assessment_to_dict

    try:
        data = _read(args.file)
    except OSError as exc:
        print(f"Lecture impossible de {args.file} : {exc.strerror or exc}", file=sys.stderr)
        return 2
    facts = parse_facts_json(data)  # InvalidInput -> exit 2 with each field on stderr (core.cli)
    text = json.dumps(assessment_to_dict(assess(facts)), ensure_ascii=False, indent=2) + "\n"
    out = getattr(sys.stdout, "buffer", None)
    if out is not None:
        sys.stdout.flush()
        out.write(text.encode("utf-8"))
        out.flush()
    else:  # a replaced stdout (tests capturing text)
        sys.stdout.write(text)
    return 0
