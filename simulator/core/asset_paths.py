"""Files a scenario names (persona image, recorded audio): relative to its folder, and never outside it."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def asset_path(folder: Path, raw: str) -> Path:
    """The file `raw` names; backslashes count as separators so files written on Windows work everywhere."""
    return folder / raw.replace("\\", "/")


def asset_problem(raw: str, folder: Path | None) -> str | None:
    """Why `raw` is not a path inside the scenario's folder, or None when it is."""
    path = raw.replace("\\", "/")
    if _CONTROL.search(path):
        return "contains a control character (such as \\0 or a line break); file names cannot"
    if path.startswith("/") or _DRIVE.match(path):
        return "is absolute; give a path relative to the scenario's folder"
    if posixpath.normpath(path).split("/")[0] == "..":
        return "leaves the scenario's folder"
    if folder is not None:
        base = folder.resolve()
        try:
            target = asset_path(base, raw).resolve()
        except (OSError, RuntimeError) as e:  # Python 3.11 raises RuntimeError for a loop of symbolic links
            return f"cannot be followed: {e}"
        if not target.is_relative_to(base):
            return "leads outside the scenario's folder through a symbolic link"
    return None
