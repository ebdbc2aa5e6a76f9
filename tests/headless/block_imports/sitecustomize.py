"""Loaded by the child interpreter of test_core_headless: makes Qt, speech and SQLite unimportable,
as on a machine where they are not installed."""

import sys
from importlib.abc import MetaPathFinder

BLOCKED = ("PySide6", "shiboken6", "pyttsx3", "sqlite3", "_sqlite3", "sqlite_utils", "pytestqt")


class Absent(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (blocked: the core must not need it)")
        return None


sys.meta_path.insert(0, Absent())
