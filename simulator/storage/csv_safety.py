"""CSV cells that spreadsheets would run as formulas are made inert; reuse this for every CSV the app writes."""

from __future__ import annotations

# Excel, LibreOffice and Google Sheets treat a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> object:
    """Prefix a text cell that would start a formula with a single quote; other values pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
