"""Safe YAML reading that keeps the 1-based line and column of every key and value.

The tree is built from libyaml's event stream with an explicit stack, rather than by PyYAML's
composer, so no input can recurse deeply, construct Python objects or expand aliases (they are refused).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeAlias

import yaml

from simulator.core.scenario import Pos
from simulator.core.yaml_errors import byte_pos, locate_syntax_error

try:  # libyaml's parser is several times faster and still gives marks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 2 * 1024 * 1024  # a scenario is a few kB; anything this big is a mistake or an attack
MAX_DEPTH = 64  # scenarios nest about six levels deep

_STD = "tag:yaml.org,2002:"
_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()
# The non-text plain-value types a scenario may contain, and how to build each from its text.
_SCALARS: dict[str, Callable[[yaml.ScalarNode], object]] = {
    _STD + "int": _constructor.construct_yaml_int,
    _STD + "float": _constructor.construct_yaml_float,
    _STD + "bool": _constructor.construct_yaml_bool,
    _STD + "null": _constructor.construct_yaml_null,
    _STD + "timestamp": _constructor.construct_yaml_timestamp,
}
_STR = _STD + "str"
_COLLECTION_TAGS = (None, "!", _STD + "map", _STD + "seq")


class YScalar:
    __slots__ = ("value", "mark")

    def __init__(self, value: object, mark: Any) -> None:
        self.value = value  # str, int, float, bool, None, or a date
        self.mark = mark  # the parser's mark; most positions are never asked for, so Pos is made on demand

    @property
    def pos(self) -> Pos:
        return _pos(self.mark)


class YSeq:
    __slots__ = ("items", "mark")

    def __init__(self, items: tuple[YNode, ...], mark: Any) -> None:
        self.items = items
        self.mark = mark

    @property
    def pos(self) -> Pos:
        return _pos(self.mark)


class YEntry:
    __slots__ = ("key_mark", "value")

    def __init__(self, key_mark: Any, value: YNode) -> None:
        self.key_mark = key_mark
        self.value = value

    @property
    def key_pos(self) -> Pos:
        return _pos(self.key_mark)


class YMap:
    __slots__ = ("entries", "mark")

    def __init__(self, entries: dict[str, YEntry], mark: Any) -> None:
        self.entries = entries  # keys as written, in file order
        self.mark = mark

    @property
    def pos(self) -> Pos:
        return _pos(self.mark)


YNode: TypeAlias = "YScalar | YSeq | YMap"


class _Mark(NamedTuple):
    line: int
    column: int


FILE_START = _Mark(0, 0)  # the place for what the parser puts nowhere useful, e.g. an empty document


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
        raise YamlError(byte_pos(data, e.start), "the file is not UTF-8 text; save it as UTF-8") from None
    return parse_yaml(text)


def parse_yaml(text: str) -> YamlDoc:
    builder = _TreeBuilder()
    handlers = builder.handlers
    # libyaml reads UTF-8 bytes several times faster than a str, and get_event() beats yaml.parse()'s generator.
    data = text.encode("utf-8")
    parser = _Loader(data)
    try:
        while (event := parser.get_event()) is not None:
            handler = handlers.get(type(event))
            if handler is not None:
                handler(event)
    except yaml.YAMLError as e:
        raise YamlError(*locate_syntax_error(e, data)) from None
    finally:
        parser.dispose()
    if builder.root is None:
        raise YamlError(Pos(1, 1), "the file is empty")
    return YamlDoc(builder.root, builder.problems)


def _plain_tag(value: str) -> str:
    """The type YAML gives an unquoted scalar: `yes` is a bool, `12` an int, `Hello` text."""
    return _short_plain_tag(value) if len(value) <= 64 else _resolve_plain(value)


def _resolve_plain(value: str) -> str:
    tag: str = _resolver.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    return tag


# Short values (tags, phases, node ids, numbers) repeat a lot; long lines are not worth keeping.
_short_plain_tag = functools.lru_cache(maxsize=4096)(_resolve_plain)


def _pos(mark: Any) -> Pos:
    return Pos(mark.line + 1, mark.column + 1)


def _short(tag: str | None) -> str:
    return str(tag).replace(_STD, "!!")


class _Frame:
    """An open mapping or sequence while its events arrive."""

    __slots__ = ("mark", "is_map", "items", "entries", "key", "drop_value")

    def __init__(self, mark: Any, is_map: bool) -> None:
        self.mark = mark
        self.is_map = is_map
        self.items: list[YNode] = []
        self.entries: dict[str, YEntry] = {}
        self.key: tuple[str, Any] | None = None  # a key (and its mark) waiting for its value
        self.drop_value = False  # the waiting key is a duplicate


class _TreeBuilder:
    def __init__(self) -> None:
        self.stack: list[_Frame] = []
        self.root: YNode | None = None
        self.documents = 0
        self.problems: list[tuple[Pos, str]] = []
        self.handlers: dict[type, Callable[[Any], None]] = {
            yaml.ScalarEvent: self._scalar,
            yaml.MappingStartEvent: self._open,
            yaml.SequenceStartEvent: self._open,
            yaml.MappingEndEvent: self._close,
            yaml.SequenceEndEvent: self._close,
            yaml.AliasEvent: self._alias,
            yaml.DocumentStartEvent: self._document,
        }

    def _document(self, event: yaml.DocumentStartEvent) -> None:
        self.documents += 1
        if self.documents > 1:
            raise YamlError(_pos(event.start_mark), "a scenario file holds one YAML document; remove the second")

    def _alias(self, event: yaml.AliasEvent) -> None:
        raise YamlError(_pos(event.start_mark), f"aliases (*{event.anchor}) are not allowed in scenario files")

    def _open(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> None:
        if event.tag not in _COLLECTION_TAGS:
            raise YamlError(_pos(event.start_mark), f"the tag {_short(event.tag)} is not allowed in scenario files")
        if len(self.stack) >= MAX_DEPTH:
            raise YamlError(_pos(event.start_mark), f"nested deeper than {MAX_DEPTH} levels")
        self.stack.append(_Frame(event.start_mark, type(event) is yaml.MappingStartEvent))

    def _close(self, event: yaml.MappingEndEvent | yaml.SequenceEndEvent) -> None:
        frame = self.stack.pop()
        self._attach(YMap(frame.entries, frame.mark) if frame.is_map else YSeq(tuple(frame.items), frame.mark))

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        stack = self.stack
        if stack and stack[-1].is_map and stack[-1].key is None:
            self._key(stack[-1], event.value, event.start_mark)  # keys stay as written: `yes:` is the key "yes"
            return
        tag = event.tag
        if tag is None or tag == "!":
            tag = _plain_tag(event.value) if event.implicit[0] else _STR
        if tag == _STR:
            value: object = event.value
        else:
            build = _SCALARS.get(tag)
            if build is None:
                message = (
                    f"the tag {_short(tag)} is not allowed in scenario files; put a text that starts with ! in quotes"
                )
                raise YamlError(_pos(event.start_mark), message)
            try:
                value = build(yaml.ScalarNode(tag, event.value))
            except (ValueError, yaml.YAMLError):
                message = f"{event.value[:40]!r} is not a valid {tag.removeprefix(_STD)}"
                raise YamlError(_pos(event.start_mark), message) from None
        self._attach(YScalar(value, event.start_mark))

    def _key(self, frame: _Frame, raw: str, mark: Any) -> None:
        first = frame.entries.get(raw)
        frame.drop_value = first is not None
        if first is not None:
            message = f"duplicate key {raw!r} (first given at line {first.key_pos.line})"
            self.problems.append((_pos(mark), message))
        frame.key = (raw, mark)

    def _attach(self, node: YNode) -> None:
        if not self.stack:
            self.root = node
            return
        top = self.stack[-1]
        if not top.is_map:
            top.items.append(node)
        elif top.key is None:
            raise YamlError(node.pos, "a mapping key must be plain text, not a list or mapping")
        else:
            key, key_mark = top.key
            if not top.drop_value:
                top.entries[key] = YEntry(key_mark, node)
            top.key = None


class SourceMap:
    """Finds where a key or value sits by its path in the tree, e.g. ("nodes", "opening", "next", 0, "goto")."""

    def __init__(self, root: YNode) -> None:
        self.root = root

    def _walk(self, path: tuple[str | int, ...]) -> tuple[YNode, YEntry | None, bool]:
        """The deepest node along the path, the entry holding it, and whether the whole path was found."""
        node, entry = self.root, None
        for step in path:
            if isinstance(node, YMap) and isinstance(step, str) and step in node.entries:
                entry = node.entries[step]
                node = entry.value
            elif isinstance(node, YSeq) and isinstance(step, int) and 0 <= step < len(node.items):
                node, entry = node.items[step], None
            else:
                return node, entry, False
        return node, entry, True

    def value(self, *path: str | int) -> Pos:
        """The value's position, or its nearest enclosing one when the path is absent."""
        return self._walk(path)[0].pos

    def key(self, *path: str | int) -> Pos | None:
        """The position of the key that ends the path, or None when there is no such key."""
        _, entry, found = self._walk(path)
        return entry.key_pos if found and entry is not None else None
