"""French plurals in core text: 0 and 1 singular, from 2 plural; no "(s)" left in what core writes."""

from __future__ import annotations

import re
from pathlib import Path

from core.wording import count

ROOT = Path(__file__).resolve().parents[2]


def test_french_plural_rule():
    assert count(0, "question", "questions") == "0 question"
    assert count(1, "question traitée", "questions traitées") == "1 question traitée"
    assert count(2, "question traitée", "questions traitées") == "2 questions traitées"


def test_no_parenthesised_plural_in_text_core_writes():
    offenders = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("#") or '"""' in line:
                continue
            if re.search(r"[\"'][^\"'\n]*\w\((s|es|x)\)[^\"'\n]*[\"']", line):
                offenders.append(f"{rel}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
