"""Safe YAML reading that keeps the 1-based line and column of every key and value.

The tree is built from the parser's event stream with an explicit stack, so no input can
recurse deeply, construct Python objects or expand aliases (aliases are refused outright).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

import yaml

from simulator.core.scenario import Pos

try:  # libyaml's parser is several times faster and still gives marks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 2 * 1024 * 1024  # a scenario is a few kB; anything this big is a mistake or an attack
MAX_DEPTH = 64  # scenarios nest about six levels deep

_STD = "tag:yaml.org,2002:"
_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()
# The plain-value types a scenario may contain, and how to build each from its text.
_SCALARS: dict[str, Callable[[yaml.ScalarNode], object]] = {
    _STD + "str": lambda node: node.value,
    _STD + "int": _constructor.construct_yaml_int,
    _STD + "float": _constructor.construct_yaml_float,
    _STD + "bool": _constructor.construct_yaml_bool,
    _STD + "null": _constructor.construct_yaml_null,
    _STD + "timestamp": _constructor.construct_yaml_timestamp,
}
_COLLECTION_TAGS = (None, "!", _STD + "map", _STD + "seq")


@dataclass(frozen=True, slots=True)
class YScalar:
    value: object  # str, int, float, bool, None, or a date
    pos: Pos


@dataclass(frozen=True, slots=True)
class YSeq:
    items: tuple[YNode, ...]
    pos: Pos


@dataclass(frozen=True, slots=True)
class YEntry:
    key_pos: Pos
    value: YNode


@dataclass(frozen=True, slots=True)
class YMap:
    entries: dict[str, YEntry]  # keys as written, in file order
    pos: Pos


YNode: TypeAlias = "YScalar | YSeq | YMap"


class YamlError(Exception):
    """A file that cannot be read as YAML at all."""

    def __init__(self, pos: Pos, message: str) -> None:
        super().__init__(message)
        self.pos = pos
        self.message = message


@dataclass
class YamlDoc:
    root: YNode
    problems: list[tuple[Pos, str]] = field(default_factory=list)  # e.g. duplicate keys: reported, not fatal


def read_yaml(path: Path) -> YamlDoc:
    """Read one scenario file; raises YamlError naming the place and the problem."""
    try:
        if path.is_dir():
            raise YamlError(Pos(1, 1), "is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise YamlError(Pos(1, 1), f"the file is {size / 1e6:.1f} MB; scenario files are limited to 2 MB")
        data = path.read_bytes()[: MAX_BYTES + 1]
    except OSError as e:
        raise YamlError(Pos(1, 1), f"cannot read the file: {e.strerror or e}") from None
    if len(data) > MAX_BYTES:  # the file grew after stat()
        raise YamlError(Pos(1, 1), "the file is over 2 MB; scenario files are limited to 2 MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise YamlError(_byte_pos(data, e.start), "the file is not UTF-8 text; save it as UTF-8") from None
    return parse_yaml(text)


def parse_yaml(text: str) -> YamlDoc:
    builder = _TreeBuilder()
    try:
        for event in yaml.parse(text, Loader=_Loader):
            builder.feed(event)
    except yaml.YAMLError as e:
        raise YamlError(_error_pos(e, text), f"malformed YAML: {_error_text(e)}") from None
    if builder.root is None:
        raise YamlError(Pos(1, 1), "the file is empty")
    return YamlDoc(builder.root, builder.problems)


def _pos(mark: Any) -> Pos:
    return Pos(mark.line + 1, mark.column + 1)


def _short(tag: str | None) -> str:
    return str(tag).replace(_STD, "!!")


def _byte_pos(data: bytes, index: int) -> Pos:
    line_start = data.rfind(b"\n", 0, index) + 1
    return Pos(data.count(b"\n", 0, index) + 1, len(data[line_start:index].decode("utf-8", "replace")) + 1)


def _error_pos(error: yaml.YAMLError, text: str) -> Pos:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is not None:
        return _pos(mark)
    index = getattr(error, "position", None)  # reader errors give a character index
    if isinstance(index, int):
        line_start = text.rfind("\n", 0, index) + 1
        return Pos(text.count("\n", 0, index) + 1, index - line_start + 1)
    return Pos(1, 1)


def _error_text(error: yaml.YAMLError) -> str:
    parts = [getattr(error, "problem", None), getattr(error, "context", None), getattr(error, "reason", None)]
    words = [p for p in parts if isinstance(p, str)]
    return "; ".join(words) if words else str(error).splitlines()[0]


class _Frame:
    """An open mapping or sequence while its events arrive."""

    def __init__(self, pos: Pos, is_map: bool) -> None:
        self.pos = pos
        self.is_map = is_map
        self.items: list[YNode] = []
        self.entries: dict[str, YEntry] = {}
        self.key: tuple[str, Pos] | None = None  # a key waiting for its value
        self.drop_value = False  # the waiting key is a duplicate


class _TreeBuilder:
    def __init__(self) -> None:
        self.stack: list[_Frame] = []
        self.root: YNode | None = None
        self.documents = 0
        self.problems: list[tuple[Pos, str]] = []

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.ScalarEvent):
            self._attach(YScalar(self._scalar(event), _pos(event.start_mark)), event.value)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            self._open(event)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            frame = self.stack.pop()
            node: YNode = YMap(frame.entries, frame.pos) if frame.is_map else YSeq(tuple(frame.items), frame.pos)
            self._attach(node, None)
        elif isinstance(event, yaml.AliasEvent):
            raise YamlError(_pos(event.start_mark), f"aliases (*{event.anchor}) are not allowed in scenario files")
        elif isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise YamlError(_pos(event.start_mark), "a scenario file holds one YAML document; remove the second")

    def _open(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> None:
        pos = _pos(event.start_mark)
        if event.tag not in _COLLECTION_TAGS:
            raise YamlError(pos, f"the tag {_short(event.tag)} is not allowed in scenario files")
        if len(self.stack) >= MAX_DEPTH:
            raise YamlError(pos, f"nested deeper than {MAX_DEPTH} levels")
        self.stack.append(_Frame(pos, isinstance(event, yaml.MappingStartEvent)))

    def _scalar(self, event: yaml.ScalarEvent) -> object:
        pos = _pos(event.start_mark)
        tag = event.tag
        if tag is None or tag == "!":
            tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
        build = _SCALARS.get(tag)
        if build is None:
            raise YamlError(pos, f"the tag {_short(tag)} is not allowed in scenario files")
        try:
            return build(yaml.ScalarNode(tag, event.value))
        except (ValueError, yaml.YAMLError):
            raise YamlError(pos, f"{event.value[:40]!r} is not a valid {tag.removeprefix(_STD)}") from None

    def _attach(self, node: YNode, raw: str | None) -> None:
        if not self.stack:
            self.root = node
            return
        top = self.stack[-1]
        if not top.is_map:
            top.items.append(node)
        elif top.key is None:
            if raw is None:
                raise YamlError(node.pos, "a mapping key must be plain text, not a list or mapping")
            first = top.entries.get(raw)
            top.drop_value = first is not None
            if first is not None:
                where = f"line {first.key_pos.line}"
                self.problems.append((node.pos, f"duplicate key {raw!r} (first given at {where})"))
            top.key = (raw, node.pos)
        else:
            key, key_pos = top.key
            if not top.drop_value:
                top.entries[key] = YEntry(key_pos, node)
            top.key = None


class SourceMap:
    """Where each key and value of the tree sits, by path: ("nodes", "opening", "next", 0, "goto")."""

    def __init__(self, root: YNode) -> None:
        self.values: dict[tuple[str | int, ...], Pos] = {}
        self.keys: dict[tuple[str | int, ...], Pos] = {}
        todo: list[tuple[tuple[str | int, ...], YNode]] = [((), root)]
        while todo:
            path, node = todo.pop()
            self.values[path] = node.pos
            if isinstance(node, YMap):
                for key, entry in node.entries.items():
                    self.keys[(*path, key)] = entry.key_pos
                    todo.append(((*path, key), entry.value))
            elif isinstance(node, YSeq):
                todo.extend(((*path, i), item) for i, item in enumerate(node.items))

    def value(self, *path: str | int) -> Pos:
        """The value's position, or its nearest enclosing one when the path is absent."""
        while path not in self.values:
            path = path[:-1]
        return self.values[path]

    def key(self, *path: str | int) -> Pos:
        return self.keys.get(path) or self.value(*path)
