#!/usr/bin/env python3
"""Screenshots of every main section, the first-run wizard, the unlock dialog and the breach wizard.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py MODE OUT_DIR [fr|en] [--long-name]

MODE: ``light``; ``dark`` (Fusion with a dark palette, as Qt gives when the OS is in dark mode); ``scale200``
(QT_SCALE_FACTOR=2, main window at 960 × 510: a 1920 × 1080 screen at 200 % less the task bar). Uses a throw-away
demo vault and home folder; nothing of the user's is read or written. See docs/accessibility.md.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DARK = {
    "Window": "#2d2d2d", "WindowText": "#f0f0f0", "Base": "#1e1e1e", "AlternateBase": "#2a2a2a",
    "Text": "#f0f0f0", "Button": "#3a3a3a", "ButtonText": "#f0f0f0", "Highlight": "#3d7ab8",
    "HighlightedText": "#ffffff", "ToolTipBase": "#3a3a3a", "ToolTipText": "#f0f0f0",
    "PlaceholderText": "#9a9a9a", "Link": "#8ab8e6", "Mid": "#555555", "Light": "#505050", "Dark": "#202020",
}  # fmt: skip
# --long-name: the demo practice gets a 150-character name (what a long "Cabinet … et associés" looks like).
LONG_NAME = ""
_LONG = (
    "Cabinet médical pluridisciplinaire des Hauts-de-Seine du Docteur Marie-Christine Delacroix-Fontaine "
    "et associés, centre de soins du quartier Saint-Michel-des-Lilas"
)


def main(mode: str, out: Path, lang: str) -> None:
    sys.path.insert(0, str(ROOT))
    home = Path(tempfile.mkdtemp(prefix="vigie-shots-"))
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "APPDATA", "LOCALAPPDATA"):
        os.environ[var] = str(home)
    from tests.fast_kdf import install

    install()  # throw-away demo vault only: cheap key derivation injected, as in the test suite
    if mode == "scale200":
        os.environ["QT_SCALE_FACTOR"] = "2"
    import keyring
    from keyring.backends.null import Keyring

    keyring.set_keyring(Keyring())
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication, QTabWidget

    app = QApplication([])
    app.setStyle("Fusion")
    if mode == "dark":
        palette = QPalette()
        for role, color in DARK.items():
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(color))
        for role in ("Text", "WindowText", "ButtonText"):
            palette.setColor(
                QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor("#808080")
            )
        app.setPalette(palette)
    from core.demo import build
    from core.settings import AppSettings
    from gui import i18n
    from gui.context import AppContext
    from gui.dialogs.unlock import UnlockDialog
    from gui.main_window import MainWindow
    from gui.wizards.breach_wizard import BreachWizard
    from gui.wizards.first_run import FirstRunWizard
    from gui.workers import Worker

    i18n.install(app, lang)
    vault, _ = build(home / "demo.vault", "cheval batterie agrafe correcte", size="small")
    if LONG_NAME:
        from dataclasses import replace

        from core.services.practice import PracticeService

        practices = PracticeService(vault)
        practices.save(replace(practices.get(), name=LONG_NAME))
    worker = Worker()
    ctx = AppContext(vault=vault, worker=worker, settings=AppSettings(language=lang))
    out.mkdir(parents=True, exist_ok=True)
    small = mode == "scale200"

    def settle() -> None:
        import time

        deadline = time.monotonic() + 10
        while worker.busy and time.monotonic() < deadline:  # pages load in the background
            app.processEvents()
            time.sleep(0.01)
        for _ in range(20):
            app.processEvents()

    def shot(widget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{mode}-{lang}-{name}.png"))

    window = MainWindow(ctx)
    window.resize(*((960, 510) if small else (1200, 780)))
    window.show()
    for key in window.section_keys():
        page = window.show_section(key)
        shot(window, f"main-{key}")
        for tabs in page.findChildren(QTabWidget)[:1]:
            for i in range(1, tabs.count()):
                tabs.setCurrentIndex(i)
                shot(window, f"main-{key}-tab{i}")
            tabs.setCurrentIndex(0)

    incidents = window.show_section("incidents")
    incidents.table.selectRow(0)
    shot(window, "main-incidents-selected")

    wizard = FirstRunWizard(home / "new.vault", worker)
    if small:
        wizard.resize(720, 500)
    wizard.show()
    shot(wizard, "first-run-1")
    wizard.next()
    form = wizard.identity.form
    form.edits["name"].setText("Cabinet Durand")
    form.edits["siret"].setText("1")
    wizard.next()
    shot(wizard, "first-run-2-error")
    form.edits["siret"].setText("")
    wizard.next()
    wizard.passphrase.first.edit.setText("cheval batterie agrafe correcte")
    wizard.passphrase.second.edit.setText("cheval batterie agrafe correcte")
    shot(wizard, "first-run-3")
    wizard.next()
    shot(wizard, "first-run-4")
    wizard.ask_quit = lambda: True  # the real app asks before losing what was typed
    wizard.reject()

    unlock = UnlockDialog(vault.path, worker, try_keyring=False)
    unlock.show()
    shot(unlock, "unlock")
    unlock.reject()

    breach = BreachWizard(ctx)
    if small:
        breach.resize(760, 500)
    breach.show()
    shot(breach, "breach-1-awareness")
    aware = breach.awareness_step
    aware.aware_edit.setDateTime(aware.aware_edit.dateTime().addSecs(-15 * 3600))
    aware.discovery_edit.setText("Appel d'un journaliste")
    breach.go_next()
    settle()
    what = breach.what_step
    what.title_edit.setText("Serveur d'imagerie accessible depuis Internet")
    what.origin_combo.setCurrentIndex(what.origin_combo.findData("unintended_publication"))
    what.medium_combo.setCurrentIndex(what.medium_combo.findData("server"))
    shot(breach, "breach-2-what")
    breach.go_next()
    breach.involved_step.personal_yes.setChecked(True)
    breach.involved_step.disclosed_check.setChecked(True)
    shot(breach, "breach-3-involved")
    breach.go_next()
    breach.which_step.category_checks["health"].setChecked(True)
    breach.which_step.subject_checks["patients"].setChecked(True)
    shot(breach, "breach-4-which")
    breach.go_next()
    circ = breach.circumstances_step
    circ.protection_combo.setCurrentIndex(circ.protection_combo.findData("none"))
    circ.exposure_combo.setCurrentIndex(circ.exposure_combo.findData("known_and_unknown_recipients"))
    shot(breach, "breach-5-circumstances")
    breach.go_next()
    shot(breach, "breach-6-conclusion")
    breach.go_next()
    shot(breach, "breach-7-next-steps")
    breach.reject()
    worker.shutdown()
    vault.lock()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    if "--long-name" in sys.argv:
        sys.argv.remove("--long-name")
        LONG_NAME = _LONG[:150]
    if len(sys.argv) < 3 or sys.argv[1] not in ("light", "dark", "scale200"):
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "fr")
