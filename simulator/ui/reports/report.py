"""A report as plain data (a title, facts, tables) and its two renderings: PDF through QTextDocument and
QPdfWriter, and CSV with every cell made formula-safe."""

from __future__ import annotations

import csv
import html
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from simulator.storage.csv_safety import neutralise_cell


@dataclass
class Table:
    caption: str
    headers: list[str]
    rows: list[list[str]]


@dataclass
class Report:
    title: str
    facts: list[tuple[str, str]] = field(default_factory=list)  # label, value
    tables: list[Table] = field(default_factory=list)
    landscape: bool = False  # for wide tables


def to_html(report: Report) -> str:
    def esc(text: str) -> str:
        return html.escape(text).replace("\n", "<br>")

    parts = [f"<h1>{esc(report.title)}</h1>", "<table cellspacing='0' cellpadding='2'>"]
    parts += [f"<tr><td><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>" for label, value in report.facts]
    parts.append("</table>")
    for table in report.tables:
        parts.append(f"<h2>{esc(table.caption)}</h2>")
        parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>")
        parts.append("<tr>" + "".join(f"<th>{esc(h)}</th>" for h in table.headers) + "</tr>")
        parts += ["<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>" for row in table.rows]
        parts.append("</table>")
    return "\n".join(parts)


def write_pdf(report: Report, path: str | Path) -> None:
    """A4 PDF with selectable text (pdftotext reads it back). Needs a QGuiApplication for the fonts."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    if report.landscape:
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setTitle(report.title)
    writer.setCreator("Complaint Simulator")
    # Qt's PDF writer maps glyphs back to text through the font's character map. Under a Chinese locale the
    # shaper picks the Simplified Chinese variants of shared CJK glyphs, which that map lacks, and the PDF's text
    # (copy, search, pdftotext) loses those characters; laid out under the neutral locale every one is kept.
    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        document = QTextDocument()
        document.setHtml(to_html(report))
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        document.print_(writer)
    finally:
        QLocale.setDefault(previous)
    if not Path(path).is_file():  # QPdfWriter says nothing when it cannot open the file
        raise OSError(f"{path}: could not write the PDF")


def write_csv(report: Report, path: str | Path) -> None:
    """The facts, then each table under its caption, a blank row between; UTF-8 with BOM so Excel shows Chinese."""
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)

        def row(cells: list[str]) -> None:
            writer.writerow([neutralise_cell(cell) for cell in cells])

        row([report.title])
        for label, value in report.facts:
            row([label, value])
        for table in report.tables:
            writer.writerow([])
            row([table.caption])
            row(table.headers)
            for cells in table.rows:
                row(cells)
