"""Reading the scorer's YAML data files (grading table, feedback texts), each of which holds one mapping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def read_mapping(path: Path, what: str, error: type[ValueError]) -> dict[str, Any]:
    """The mapping in `path`; `error` is raised, naming the file, when it cannot be read or is not a mapping."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise error(f"{path}: error: cannot read {what}: {exc}") from exc
    if not isinstance(raw, dict):
        raise error(f"{path}: error: {what} must be a mapping")
    return raw
