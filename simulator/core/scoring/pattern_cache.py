"""Compiled rule patterns kept on disk between runs, as Python keeps compiled modules in __pycache__.

Python's `re` parses a pattern in pure Python: the two rule files take about 170 ms of CPU to compile, most
of the scorer's start-up. The compiled form (the engine's code words) of every pattern of a rule file is
saved once and handed straight to the engine on later runs. An entry is keyed by the exact pattern text and
flags, the file by the engine's version, so an edited rule or a new Python misses and compiles afresh.

This uses the engine's own compile steps (`re._compiler`, `_sre.compile`), which are not public. Where they
are missing or change shape, or a cache file is unreadable, patterns are compiled the ordinary way.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    ENGINE: str | None = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{sys.version}"
except (ImportError, AttributeError):
    ENGINE = None

# What the engine needs besides the pattern text: flags, code words, group count, group names both ways.
_Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class PatternCache:
    """The compiled patterns of one rule file, read from `folder` and written back by save()."""

    def __init__(self, folder: Path, source: Path) -> None:
        digest = hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:12]
        self.path = folder / f"{source.stem}-{digest}.patterns"
        self.known = _read(self.path)
        self.used: dict[tuple[str, int], _Compiled] = {}
        self.fresh = False  # whether save() has anything new to write

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        if ENGINE is None:
            return re.compile(pattern, flags)
        flags = int(flags)  # as re.compile does: the compile steps test flags often, and enum flags are slow
        key = (pattern, flags)
        args = self.known.get(key)
        if args is not None:
            try:
                compiled: re.Pattern[str] = _sre.compile(pattern, *args)
            except (RuntimeError, TypeError, ValueError):  # "invalid SRE code": a damaged entry
                args = None
        if args is None:
            compiled, args = _compile(pattern, flags)
            self.fresh = True
        self.used[key] = args
        return compiled

    def save(self) -> None:
        """Writes the patterns compiled so far, if any was new; a cache that cannot be written is skipped."""
        if not self.fresh:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Written whole then renamed, so a reader in another process never sees half a file.
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    marshal.dump((ENGINE, self.used), out)
                os.replace(temporary, self.path)
            finally:
                Path(temporary).unlink(missing_ok=True)
        except (OSError, ValueError):  # no room, no permission, or an engine value marshal cannot write
            return
        self.fresh = False


def _read(path: Path) -> dict[tuple[str, int], _Compiled]:
    if ENGINE is None:
        return {}
    try:
        engine, entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if engine == ENGINE and isinstance(entries, dict) else {}


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], _Compiled]:
    """Compiles as re.compile does (re/_compiler.py, compile()), keeping what the engine was given."""
    parsed: Any = _parser.parse(pattern, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # opcodes are int subclasses marshal refuses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    args: _Compiled = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return _sre.compile(pattern, *args), args
