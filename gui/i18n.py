"""Install the translators: Vigie's own (source text is French) and Qt's base strings for its dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.paths import resources_dir

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = (
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        if language == "en"
        else QLocale(QLocale.Language.French, QLocale.Country.France)
    )
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    # French is the source language: its catalogue holds only the plural forms of "%n" messages.
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"vigie_{'en' if language == 'en' else 'fr'}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
