"""Opening the scenario editor on copies of the authoring fixtures, for the editor's tests."""

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from simulator.core.scoring import load_grader, load_tagger
from simulator.ui.editor.window import EditorWindow

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "authoring"
TEMPLATE = ROOT / "assets" / "templates" / "scenario_en.yaml"


def copy_to(tmp_path: Path, source: Path, name: str | None = None) -> Path:
    target = tmp_path / (name or source.name)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)
    return target


def open_editor(qtbot, path: Path | None = None, db=None) -> EditorWindow:
    window = EditorWindow(load_tagger(), load_grader(), db, scenario_dir=path.parent if path else None)
    window.confirm_discard = lambda: True  # no modal question when a test leaves unsaved edits
    qtbot.addWidget(window)
    if path is not None:
        assert window.open_file(path)
    window.show()
    return window


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first line containing `needle`."""
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def select_on_line(editor, line: int, word: str) -> None:
    """Select `word` on `line`, as a double-click would, so typing replaces it."""
    block = editor.document().findBlockByNumber(line - 1)
    start = block.position() + block.text().index(word)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def click_item(qtbot, view, item) -> None:
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
