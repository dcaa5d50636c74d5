"""The packaging files keep their promises: per-user install, the vault never deleted, one version source."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "installer" / "vigie.iss").read_text(encoding="utf-8-sig")


def sections(text: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r"^\[(\w+)\]\s*$", text, re.MULTILINE)]


def section(text: str, name: str) -> str:
    match = re.search(rf"^\[{name}\]\s*$(.*?)(?=^\[\w+\]\s*$|\Z)", text, re.MULTILINE | re.DOTALL)
    return match.group(1) if match else ""


def entries(body: str) -> list[str]:
    return [line for line in body.splitlines() if line.strip() and not line.lstrip().startswith(";")]


def test_inno_setup_never_deletes_user_data():
    assert "UninstallDelete" not in sections(ISS)
    for line in entries(section(ISS, "InstallDelete")):
        assert 'Name: "{app}\\' in line, line
    assert "{localappdata}\\Vigie" not in "\n".join(entries(section(ISS, "Files")))


def test_inno_setup_per_user_languages_shortcut_and_injected_version():
    setup = section(ISS, "Setup")
    assert re.search(r"^PrivilegesRequired=lowest$", setup, re.MULTILINE)
    assert re.search(r"^AppVersion=\{#AppVersion\}$", setup, re.MULTILINE)
    languages = section(ISS, "Languages")
    assert 'Name: "french"' in languages and 'Name: "english"' in languages
    assert "{autoprograms}" in section(ISS, "Icons")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert version not in ISS  # the version comes from pyproject through /DAppVersion=


def test_pyinstaller_is_pinned_in_the_build_extra():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert any(re.fullmatch(r"pyinstaller==[\d.]+", req) for req in extras["build"])
