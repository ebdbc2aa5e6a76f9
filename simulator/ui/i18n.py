"""The interface language: Qt translation files compiled from assets/i18n/*.ts (see README, Translations)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

I18N_DIR = Path(__file__).resolve().parents[2] / "assets" / "i18n"
QM_FILES = {"zh": "complaint_sim_zh_CN.qm"}


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Replace the app's translator with the one for `language` (English needs none)."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    name = QM_FILES.get(language)
    if name is None:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return None
    translator = QTranslator(app)
    if not translator.load(str(I18N_DIR / name)):
        raise FileNotFoundError(f"{I18N_DIR / name}: the compiled translation is missing (run scripts/i18n)")
    app.installTranslator(translator)
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    # Qt's own words (OK, Cancel, Yes...) come with Qt; where a build lacks them they stay in English.
    qt_words = QTranslator(app)
    if qt_words.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_words)
    QLocale.setDefault(locale)
    return translator
