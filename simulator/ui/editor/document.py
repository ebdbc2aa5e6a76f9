"""The scenario file behind an editor: read, save with a backup of the previous version, and watch for changes.

Authors also edit in their own editors, many of which save by writing a new file and renaming it over the
old one; the watcher then loses the file, so the folder is watched too and the file is watched again.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

BACKUP_SUFFIX = ".bak"


class DocumentError(Exception):
    """A file that cannot be read or written; the message starts with the file's name."""


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as e:
        raise DocumentError(f"{path}: cannot read the file: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise DocumentError(f"{path}: the file is not UTF-8 text") from None


def write_with_backup(path: Path, text: str) -> Path | None:
    """Write `text` to `path` in one step (a crash leaves the old or the new file), keeping the old as NAME.bak."""
    backup = None
    try:
        if path.is_file():
            backup = backup_path(path)
            backup.write_bytes(path.read_bytes())
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
                out.write(text)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise DocumentError(f"{path}: cannot save the file: {e.strerror or e}") from None
    return backup


class ScenarioDocument(QObject):
    changed_on_disk = Signal(str)  # the file's new text, when someone else changed it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.disk_text = ""  # what the file held when last read or written here
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._check)
        self._watcher.directoryChanged.connect(self._check)

    def open(self, path: Path) -> str:
        text = read_text(path)
        self.path = path
        self.disk_text = text
        self._watch()
        return text

    def save(self, text: str, path: Path | None = None) -> Path | None:
        """Save to `path` (default: the open file); returns the backup made, if any."""
        target = path or self.path
        if target is None:
            raise DocumentError("no file to save to")
        backup = write_with_backup(target, text)
        self.path = target
        self.disk_text = text
        self._watch()
        return backup

    def _watch(self) -> None:
        assert self.path is not None
        old = self._watcher.files() + self._watcher.directories()
        if old:
            self._watcher.removePaths(old)
        self._watcher.addPaths([str(self.path), str(self.path.parent)])

    def _check(self, _changed: str = "") -> None:
        if self.path is None or not self.path.is_file():
            return  # deleted, or mid-rename: the folder's next change brings it back
        if str(self.path) not in self._watcher.files():
            self._watcher.addPath(str(self.path))
        try:
            text = read_text(self.path)
        except DocumentError:
            return
        if text != self.disk_text:
            self.disk_text = text
            self.changed_on_disk.emit(text)
