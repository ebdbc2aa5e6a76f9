"""Interface language, theme, font size, voice and the pass mark."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from simulator.ui.settings import AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh")
        self.theme = QComboBox()
        for key, name in (
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("contrast", self.tr("High contrast")),
        ):
            self.theme.addItem(name, key)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 32)
        self.muted = QCheckBox(self.tr("Mute the customer's voice"))
        self.pass_mark = QSpinBox()
        self.pass_mark.setRange(50, 100)
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("Interface &language"), self.language),
            (self.tr("&Theme"), self.theme),
            (self.tr("&Font size"), self.font_size),
            (self.tr("&Pass mark"), self.pass_mark),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        form.addRow(self.muted)
        self.muted.setAccessibleName(self.muted.text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get("theme"))))
        self.font_size.setValue(int(settings.get("font_size")))  # type: ignore[call-overload]
        self.pass_mark.setValue(settings.pass_mark)
        self.muted.setChecked(settings.muted)

    def save(self) -> None:
        self.settings.set("language", self.language.currentData())
        self.settings.set("theme", self.theme.currentData())
        self.settings.set("font_size", self.font_size.value())
        self.settings.set("pass_mark", self.pass_mark.value())
        self.settings.set("muted", self.muted.isChecked())
