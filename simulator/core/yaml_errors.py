"""Where to report a YAML syntax error, and in what words.

libyaml stops where the text stopped making sense, which is often below the line the author must fix
(an unclosed quote or bracket, a line indented too deep, a key without ': '), and names the problem in
parser terms. Here the place is moved back to the likely mistake and the message says what to do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

from simulator.core.scenario import Pos

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# Chinese input methods type these for ':' and ' '; they look right but YAML does not read them so.
_LOOK_ALIKES = {"\uff1a": "colon", "\u3000": "space"}
_INDICATORS = {  # libyaml's words for a value starting with '- ' or '? ', and what the author should do
    "block sequence entries are not allowed": (
        "a list cannot start on its key's line: put each '- ' item on a line of its own below, or quote a text"
    ),
    "mapping keys are not allowed": "a text cannot start with '? '; put it in quotes",
}
_DASH_WITHOUT_SPACE = re.compile(r"\s*-[^\s-]")
_DASH_MESSAGE = "a list item needs a space after its '-'"
_COMMENT = re.compile(r"\s+#")
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # YAML 1.1's line breaks, as libyaml counts lines

Found = tuple[Pos, str]


def locate_syntax_error(error: yaml.YAMLError, data: bytes) -> Found:
    """The place the author must likely fix and a message saying what is wrong there."""
    lines = _Lines(data)
    pos, message = _place(error, data, lines)
    line = lines[pos.line - 1]
    look_alikes = [f"a full-width {name} (U+{ord(char):04X})" for char, name in _LOOK_ALIKES.items() if char in line]
    if look_alikes:
        message += f" (this line has {' and '.join(look_alikes)}; use ASCII)"
    return pos, f"malformed YAML: {message}"


def error_pos(error: yaml.YAMLError, data: bytes) -> Pos:
    """Where the parser stopped."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is not None:
        return _pos(mark)
    index = getattr(error, "position", None)  # reader errors give an offset into the bytes
    return byte_pos(data, index) if isinstance(index, int) else Pos(1, 1)


def byte_pos(data: bytes, index: int) -> Pos:
    line_start = data.rfind(b"\n", 0, index) + 1
    return Pos(data.count(b"\n", 0, index) + 1, len(data[line_start:index].decode("utf-8", "replace")) + 1)


def _place(error: yaml.YAMLError, data: bytes, lines: _Lines) -> Found:
    plain = (error_pos(error, data), _error_text(error))
    problem, context = getattr(error, "problem_mark", None), getattr(error, "context_mark", None)
    if problem is None:
        return plain
    reason, during = getattr(error, "problem", None) or "", getattr(error, "context", None) or ""
    char = lines[problem.line][problem.column : problem.column + 1]
    if char == "\t":
        return _pos(problem), "a tab is used here; YAML indents with spaces only"
    if "cannot start any token" in reason and char in ("@", "`", "%"):
        return _pos(problem), f"a text cannot start with {char}; put it in quotes"
    if "mapping values are not allowed" in reason:
        return _stray_colon(lines, problem)
    for words, message in _INDICATORS.items():
        if words in reason:
            return _pos(problem), message
    if "<document start>" in reason:
        return _indented_start(lines, problem) or plain
    if context is None:
        return plain
    if during.startswith("while scanning an alias"):
        return _pos(context), "a text cannot start with *; put it in quotes"
    if during.startswith("while scanning a quoted scalar") and ("end of stream" in reason or "document" in reason):
        return _pos(context), "the quote opened here is never closed"
    if "unknown escape character" in reason:
        return _pos(problem), "in double quotes a backslash starts an escape; write \\\\ or use single quotes"
    if during.startswith("while scanning a block scalar"):
        return _pos(problem), "after | or > only a comment may follow; start the text on the next line"
    if during.startswith("while scanning a simple key"):
        return _pos(context), (
            "this line has no ': ' after a key; a text that goes on over several lines "
            "must indent each line further than its key"
        )
    if during.startswith("while parsing a flow") and problem.line > context.line:
        bracket = lines[context.line][context.column : context.column + 1]
        return _pos(context), (
            f"the {bracket} opened here is not closed (or a comma is missing before line {problem.line + 1})"
        )
    if during.startswith("while parsing a block collection") and "'-'" in reason:
        off = _off_grid(lines, problem.line)
        if off is not None:
            return _off_grid_found(lines, off)
        if _DASH_WITHOUT_SPACE.match(lines[problem.line]):
            return plain[0], _DASH_MESSAGE
        return plain[0], "this line is not a list item; start it with '- ' or indent it under the item"
    if during.startswith("while parsing a block mapping"):
        return _misfit_line(lines, problem)
    return plain


def _stray_colon(lines: _Lines, problem: Any) -> Found:
    """A ': ' inside a text, or in a line taken as more of the text above: that line is indented too deep,
    or the line above too shallow, or the key above has no ': ' of its own."""
    last = _last_scalar_before(lines, problem)
    if last is None or not last.plain or last.start_mark.line >= problem.line:
        return _pos(problem), "mapping values are not allowed here; put a text that contains ': ' in quotes"
    start = last.start_mark
    off = _off_grid(lines, problem.line)
    if off is not None:
        return _off_grid_found(lines, off)
    if _DASH_WITHOUT_SPACE.match(lines[start.line]):
        return _row_pos(lines, start.line), _DASH_MESSAGE
    if not lines[start.line][: start.column].strip(" -"):  # the text stands where a key should
        return _pos(start), (
            f"this line has no ': ' (a colon and a space) after its key, so it runs on into line {problem.line + 1}"
        )
    if _too_shallow(lines, start.line, problem.line):
        return _row_pos(lines, start.line), _has_value(lines[start.line])
    return _row_pos(lines, problem.line), (
        "this line is indented deeper than the key above it, so it reads as more of that key's text; "
        "indent it like that key, or put a text that contains ': ' in quotes"
    )


def _indented_start(lines: _Lines, problem: Any) -> Found | None:
    first = _content_lines(lines, range(problem.line))
    if first is not None and _indent(lines[first]) > _indent(lines[problem.line]):
        return Pos(first + 1, 1), "the file's first key is indented; top-level keys start at the left margin"
    return None


def _misfit_line(lines: _Lines, problem: Any) -> Found:
    """A block's layout broken near the line the parser stopped at: a quoted text that ran over lines or
    goes on after its closing quote, a line off the indentation grid, a first key indented deeper than
    the keys after it, a key dedented or lacking the space after its colon, a line indented too deep."""
    last = _last_scalar_before(lines, problem)
    last_rows = (last.start_mark.line, last.end_mark.line) if last is not None else (-1, -1)
    last_line = last_rows[1]
    if last is not None and last.style in ("'", '"'):
        if last_line > last.start_mark.line:
            message = f"the quoted text opened here runs on to line {last_line + 1}; close its quote"
            return _pos(last.start_mark), message
        if last_line == problem.line:
            message = "text goes on after a closing quote; inside quotes use the other kind, or leave them out"
            return _pos(problem), message
    if lines[problem.line][: problem.column].strip():  # the parser stopped mid-line
        return _pos(problem), "the value on this line ends before the line does; put the whole text in quotes"
    off = _off_grid(lines, problem.line)
    if off is not None:
        return _off_grid_found(lines, off)
    here = _indent(lines[problem.line])
    deep_text = _deep_first_text_row(lines, problem.line)
    if deep_text is not None:
        return _row_pos(lines, deep_text), (
            "the first line of this text is indented deeper than the lines after it; "
            "a `|` or `>` text takes its indent from its first line"
        )
    parent = _content_lines(lines, range(problem.line - 1, -1, -1), lambda n: n < here)
    first = _deeper_first_key(lines, problem.line, parent)
    if first is not None and parent is not None:
        if not _alone(lines, first, problem.line) and (
            _opens_onto(lines, parent, problem.line) or _interrupts(lines, parent, here)
        ):
            return _row_pos(lines, parent), "this line is indented less than the lines around it"
        if _alone(lines, first, problem.line) or _outvoted(lines, problem.line):
            return _row_pos(lines, first), (
                f"this line is indented deeper than the lines after it at the same level (line {problem.line + 1}); "
                "indent them alike"
            )
    above = _content_lines(lines, range(problem.line - 1, -1, -1))
    if above is None or above not in last_rows or here < _indent(lines[above]):
        return _pos(problem), "this line is not indented like the lines around it"
    if _DASH_WITHOUT_SPACE.match(lines[above]):
        return _row_pos(lines, above), _DASH_MESSAGE
    if lines[problem.line].lstrip().startswith("- "):
        return _row_pos(lines, problem.line), "this list item is not lined up with the other items of its list"
    if _is_key_line(lines[above]) and not _too_shallow(lines, above, problem.line):
        return _row_pos(lines, problem.line), "this line is indented deeper than the line above it"
    shown = _COMMENT.split(lines[above].strip())[0]
    if ": " in shown:
        return _row_pos(lines, above), _has_value(shown)
    return _row_pos(lines, above), (
        f"line {problem.line + 1} does not fit after `{shown[:40]}`; check this line's indentation "
        "and that its key has ': ' (a colon and a space) after it"
    )


def _deep_first_text_row(lines: _Lines, row: int) -> int | None:
    """The first line of a `|` or `>` text that ended with it, just before `row`, when `row` would have been
    part of the text but for that first line's deeper indent."""
    for t in lines.scalars:
        first = int(t.start_mark.line) + 1
        ends_at_row = t.style in ("|", ">") and (t.end_mark.line, t.end_mark.column) == (row, 0) and first == row - 1
        header = t.start_mark.line
        if ends_at_row and _indent(lines[header]) < _indent(lines[row]) < _indent(lines[first]):
            header_odd = _is_key_line(lines[row]) and _too_shallow(lines, header, row)
            return None if header_odd else first
    return None


def _too_shallow(lines: _Lines, row: int, below: int) -> bool:
    """Whether `row` is the odd one out: the lines either side of it agree on an indent, or it is not
    indented into the block the key above it opens."""
    above = _content_lines(lines, range(row - 1, -1, -1))
    if above is None:
        return False
    return _indent(lines[above]) == _indent(lines[below]) != _indent(lines[row]) or _opens_onto(lines, row, below)


def _opens_onto(lines: _Lines, row: int, below: int) -> bool:
    """Whether the key above `row` opens a block that `row` is not indented into but `below` is."""
    above = _content_lines(lines, range(row - 1, -1, -1))
    if above is None or not _COMMENT.split(lines[above])[0].rstrip().endswith(":"):
        return False
    return _indent(lines[row]) <= _indent(lines[above]) < _indent(lines[below])


def _interrupts(lines: _Lines, row: int, depth: int) -> bool:
    """Whether `row` breaks into a run of lines at `depth` that started before it (and goes on after)."""
    before = _content_lines(lines, range(row - 1, -1, -1), lambda n: n <= _indent(lines[row]))
    if before is None:
        return False
    return _content_lines(lines, range(before + 1, row), lambda n: n == depth) is not None


def _off_grid(lines: _Lines, row: int) -> int | None:
    """The one line from the last top-level key to `row` indented by an odd number of spaces, in a file
    otherwise indented in steps of two: that line is the slip."""
    rows = [n for n in range(len(lines)) if lines[n].strip() and not _is_comment(lines[n]) and n not in lines.free_rows]
    if sum(_indent(lines[n]) % 2 for n in rows) > len(rows) // 10:
        return None
    top = max((n for n in rows if n < row and _indent(lines[n]) == 0), default=0)
    odd = [n for n in rows if top <= n <= row and _indent(lines[n]) % 2]
    return odd[0] if len(odd) == 1 else None


def _off_grid_found(lines: _Lines, row: int) -> Found:
    spaces = _indent(lines[row])
    return _row_pos(lines, row), f"this line is indented by {spaces} spaces, unlike the lines around it (steps of 2)"


def _has_value(line: str) -> str:
    key = line.split(":")[0].strip(" -\u3000")
    return (
        f"the lines below are indented under `{key}`, but it has a value on this line; "
        "check this line's indentation, or move its value"
    )


def _is_key_line(text: str) -> bool:
    text = _COMMENT.split(text)[0].rstrip()
    return ": " in text or text.endswith(":")


def _row_pos(lines: _Lines, row: int) -> Pos:
    return Pos(row + 1, _indent(lines[row]) + 1)


def _deeper_first_key(lines: _Lines, row: int, parent: int | None) -> int | None:
    """The first line of the block under `parent`, when it is deeper than `row`."""
    first = _content_lines(lines, range(parent + 1, row)) if parent is not None else None
    return first if first is not None and _indent(lines[first]) > _indent(lines[row]) else None


def _alone(lines: _Lines, first: int, row: int) -> bool:
    """Whether no other line between `first` and `row` is as deep as `first`."""
    depth = _indent(lines[first])
    return _content_lines(lines, range(first + 1, row), lambda n: n == depth) is None


def _outvoted(lines: _Lines, row: int) -> bool:
    """Whether the next line at `row`'s depth or shallower is at `row`'s depth: it agrees with `row`."""
    here = _indent(lines[row])
    sibling = _content_lines(lines, range(row + 1, len(lines)), lambda n: n <= here)
    return sibling is not None and _indent(lines[sibling]) == here


def _content_lines(lines: _Lines, rows: range, indent_ok: Callable[[int], bool] | None = None) -> int | None:
    """The first row in `rows` that holds more than blanks and comments (and whose indent passes the test)."""
    for n in rows:
        text = lines[n]
        if (
            text.strip()
            and not _is_comment(text)
            and n not in lines.text_rows
            and (indent_ok is None or indent_ok(_indent(text)))
        ):
            return n
    return None


def _last_scalar_before(lines: _Lines, mark: Any) -> Any:
    """The last text token that starts before `mark`."""
    before = [t for t in lines.scalars if (t.start_mark.line, t.start_mark.column) < (mark.line, mark.column)]
    return before[-1] if before else None


class _Lines:
    """The file's lines as libyaml counts them (a line past the end reads as empty), and its text tokens."""

    def __init__(self, data: bytes) -> None:
        self.lines = _LINE_BREAK.split(data.decode("utf-8"))
        self.scalars: list[Any] = []
        scanner = _Loader(data)  # the scanner reads on past where the parser gave up
        try:
            while (token := scanner.get_token()) is not None and not isinstance(token, yaml.StreamEndToken):
                if isinstance(token, yaml.ScalarToken):
                    self.scalars.append(token)
        except yaml.YAMLError:
            pass  # a scanner error further on: the tokens before it are what matters
        finally:
            scanner.dispose()
        # The lines of `|` and `>` texts say nothing about the layout around them, and but for the first,
        # which sets the text's indent, they may be indented freely.
        blocks = [t for t in self.scalars if t.style in ("|", ">")]
        self.text_rows = {
            row for t in blocks for row in range(t.start_mark.line + 1, t.end_mark.line + (t.end_mark.column > 0))
        }
        self.free_rows = self.text_rows - {t.start_mark.line + 1 for t in blocks}

    def __getitem__(self, index: int) -> str:
        return self.lines[index] if 0 <= index < len(self.lines) else ""

    def __len__(self) -> int:
        return len(self.lines)


def _is_comment(line: str) -> bool:
    return line.lstrip().startswith("#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _pos(mark: Any) -> Pos:
    return Pos(mark.line + 1, mark.column + 1)


def _error_text(error: yaml.YAMLError) -> str:
    parts = [getattr(error, "problem", None), getattr(error, "context", None), getattr(error, "reason", None)]
    words = [p for p in parts if isinstance(p, str)]
    return "; ".join(words) if words else str(error).splitlines()[0]
