"""Light, dark and high-contrast themes and the base font size, applied to the whole app."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEMES = ("light", "dark", "contrast")

# window, text, base, alternate base, button, highlight, highlighted text, link
_COLOURS = {
    "light": ("#f5f6f8", "#1d1f23", "#ffffff", "#eceef2", "#e4e7ec", "#2f6fdb", "#ffffff", "#1c5bc4"),
    "dark": ("#23262b", "#e8eaed", "#1b1d21", "#2b2f35", "#343840", "#4d8ef7", "#0b0c0e", "#8ab4f8"),
    "contrast": ("#000000", "#ffffff", "#000000", "#1a1a1a", "#000000", "#ffff00", "#000000", "#00ffff"),
}

# Bubble and mark colours the views draw themselves, per theme.
ACCENTS = {
    "light": {
        "customer": "#e7ebf3",
        "trainee": "#d8f0dc",
        "forbidden": "#c62828",
        "evidence": "#fff2a8",
        "done": "#2e7d32",
        "todo": "#9aa0a6",
    },
    "dark": {
        "customer": "#343a46",
        "trainee": "#23412b",
        "forbidden": "#ff6b6b",
        "evidence": "#6b5d00",
        "done": "#66bb6a",
        "todo": "#80868b",
    },
    "contrast": {
        "customer": "#000000",
        "trainee": "#000000",
        "forbidden": "#ff4040",
        "evidence": "#0000c0",
        "done": "#00ff00",
        "todo": "#ffffff",
    },
}


def apply_theme(app: QApplication, theme: str, font_size: int) -> None:
    window, text, base, alt, button, highlight, highlighted, link = _COLOURS.get(theme, _COLOURS["light"])
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, alt),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, button),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, highlight),
        (QPalette.ColorRole.HighlightedText, highlighted),
        (QPalette.ColorRole.Link, link),
        (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, ACCENTS[theme if theme in ACCENTS else "light"]["todo"]),
    ):
        palette.setColor(role, QColor(colour))
    app.setStyle("Fusion")  # the same look on every platform, and one that honours the palette
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSize(font_size)
    app.setFont(font)
    app.setProperty("theme", theme)
    border = "2px solid #ffffff" if theme == "contrast" else "1px solid palette(mid)"
    app.setStyleSheet(
        f"QPushButton, QLineEdit, QPlainTextEdit, QComboBox {{ border: {border}; padding: 4px 8px; }}"
        "QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus { border: 2px solid palette(highlight); }"
    )


def accent(name: str) -> str:
    app = QApplication.instance()
    theme = str(app.property("theme")) if app is not None and app.property("theme") else "light"
    return ACCENTS.get(theme, ACCENTS["light"])[name]


def emphasise(widget: QWidget, scale: float = 1.0, bold: bool = False) -> None:
    """Size a heading relative to the app's font size (Qt style sheets ignore percentages)."""
    font = QFont(widget.font())
    font.setPointSizeF(max(6.0, QApplication.font().pointSizeF() * scale))
    font.setBold(bold)
    widget.setFont(font)
