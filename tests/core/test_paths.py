"""Where Vigie keeps its files: on Linux the XDG rule is computed without platformdirs (start-up time), and must
give the same folders as platformdirs does."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from core import paths


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the shortcut is Linux's only")
@pytest.mark.parametrize("xdg", ["set", "empty", "blank", "unset"])
def test_linux_folders_are_platformdirs_folders(monkeypatch, tmp_path, xdg):
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        if xdg == "unset":
            monkeypatch.delenv(variable, raising=False)
        else:
            value = {"set": str(tmp_path / variable.lower()), "empty": "", "blank": "  "}[xdg]
            monkeypatch.setenv(variable, value)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    expected_data = platformdirs.user_data_dir(paths.APP_NAME, appauthor=False, roaming=False)
    expected_config = platformdirs.user_config_dir(paths.APP_NAME, appauthor=False, roaming=False)
    assert str(paths.default_data_dir()) == expected_data
    assert str(paths.config_dir()) == expected_config
