#!/usr/bin/env python3
"""Fill unfinished English translations from a JSON mapping ``{"French source": "English"}``.

A plural message (``%n`` in the source) takes a list: ``{"%n activité(s)": ["%n activity", "%n activities"]}``.

python tools/ts_fill.py todo            # print the unfinished sources as a JSON mapping to complete
python tools/ts_fill.py fill FILE.json  # write the translations into resources/translations/en/*.ts
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

TS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations" / "en"
MESSAGE = re.compile(
    r"(<message[^>]*>\s*<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?)"
    r"<translation(?: type=\"unfinished\")?>(.*?)</translation>",
    re.S,
)


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&apos;")
        .replace('"', "&quot;")
    )


def todo() -> dict[str, str]:
    found: dict[str, str] = {}
    for ts in sorted(TS_DIR.glob("*.ts")):
        for match in MESSAGE.finditer(ts.read_text(encoding="utf-8")):
            if 'type="unfinished"' in match.group(0) or not match.group(3).strip():
                found[html.unescape(match.group(2))] = ""
    return found


def fill(mapping: dict[str, str | list[str]]) -> int:
    done = 0
    for ts in sorted(TS_DIR.glob("*.ts")):
        text = ts.read_text(encoding="utf-8")

        def replace(match: re.Match[str]) -> str:
            nonlocal done
            whole = match.group(0)
            if 'type="unfinished"' not in whole and match.group(3).strip():
                return whole
            english = mapping.get(html.unescape(match.group(2)))
            if not english:
                return whole
            done += 1
            if isinstance(english, list):  # numerus forms: English has two, one and other
                forms = "".join(f"\n            <numerusform>{_escape(f)}</numerusform>" for f in english)
                return match.group(1) + "<translation>" + forms + "\n        </translation>"
            return match.group(1) + "<translation>" + _escape(english) + "</translation>"

        new = MESSAGE.sub(replace, text)
        if new != text:
            ts.write_text(new, encoding="utf-8")
    return done


if __name__ == "__main__":
    if sys.argv[1:2] == ["todo"]:
        print(json.dumps(todo(), ensure_ascii=False, indent=1))
    elif sys.argv[1:2] == ["fill"] and len(sys.argv) == 3:
        count = fill(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
        print(f"{count} translations written; {len(todo())} still missing")
    else:
        print(__doc__)
        sys.exit(2)
