"""Install the translators: Vigie's own (source text is French) and Qt's base strings for its dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.paths import resources_dir

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> None:
    uninstall(app)
    locale = (
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        if language == "en"
        else QLocale(QLocale.Language.French, QLocale.Country.France)
    )
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(locale, "qtbase", "_", qt_dir):
        _add(app, qt_base)
    translations = resources_dir() / "translations"
    if language != "en":
        # Qt's French catalogue lacks some texts of its own dialogs ("&Look in:" in the file dialog): our
        # complement, installed after it, is asked first and holds only those.
        _load(app, str(translations / "vigie_qtbase_fr.qm"))
    # French is the source language: its catalogue holds only the plural forms of "%n" messages.
    _load(app, str(translations / f"vigie_{'en' if language == 'en' else 'fr'}.qm"))


def uninstall(app: QCoreApplication) -> None:
    """Remove every translator ``install`` put in (Qt then shows its English source texts)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def _load(app: QCoreApplication, path: str) -> None:
    translator = QTranslator(app)
    if translator.load(path):
        _add(app, translator)


def _add(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
