"""Regenerate resources/passphrase/fr_frequent.txt (run by hand; not needed at run time or in CI).

Source: the French list of the ``wordfreq`` package (PyPI, version pinned below), most frequent first. Each
word is kept in its written form and without accents (people type "medecin" for "médecin"), letters only,
3 characters or more. The data of wordfreq is licensed CC BY-SA 4.0; see resources/passphrase/README.md.

    python -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python tools/make_french_wordlist.py
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

COUNT = 25_000
OUT = Path(__file__).resolve().parent.parent / "resources" / "passphrase" / "fr_frequent.txt"


def plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def main() -> None:
    import wordfreq

    seen: dict[str, None] = {}
    for word in wordfreq.top_n_list("fr", COUNT * 2):
        if len(seen) >= COUNT:
            break
        if len(word) < 3 or not word.isalpha():
            continue
        for form in (word.lower(), plain(word.lower())):
            seen.setdefault(form, None)
    OUT.write_text("\n".join(seen) + "\n", encoding="utf-8")
    print(f"{len(seen)} words -> {OUT}")


if __name__ == "__main__":
    main()
