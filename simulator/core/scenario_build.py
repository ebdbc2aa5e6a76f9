"""Checks the shape of a scenario's YAML tree (keys, types, values) and builds the Scenario from it.

KEYS is the single list of keys the format allows; scenarios/schema.json mirrors it (a test compares them).
"""

from __future__ import annotations

import datetime
import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from simulator.core.diagnostics import Report
from simulator.core.scenario import Branch, Condition, Example, Node, Persona, Phase, Pos, Scenario
from simulator.core.tags import ALL_TAGS, Tag
from simulator.core.yaml_source import FILE_START, YEntry, YMap, YNode, YScalar, YSeq

# kind of mapping -> {key: required}
KEYS: dict[str, dict[str, bool]] = {
    "scenario": {
        "id": True, "title": True, "language": True, "level": True, "tags": False,
        "persona": True, "briefing": False, "start": True, "nodes": True,
    },
    "persona": {"name": True, "voice": False, "mood": False, "patience": False, "image": False},
    "node": {
        "phase": True, "customer": True, "expect": False, "model_reply": False, "hint": False,
        "audio": False, "next": False, "anger": False, "examples": False,
    },
    "branch": {"if": False, "goto": True},
    "condition": {"has": False, "any": False, "not": False, "mood_above": False, "mood_below": False,
                  "turn_at_least": False},
    "example": {"reply": True, "tags": False, "goto": False},
}  # fmt: skip

# where each kind of mapping sits, for a key written in the wrong one
_PLACES = {
    "scenario": "the top level", "persona": "persona", "node": "a node", "branch": "a branch of next",
    "condition": "the `if` of a branch", "example": "an example",
}  # fmt: skip
SCENARIO_ID = re.compile(r"[a-z0-9-]+")
NODE_ID = re.compile(r"[a-z0-9_-]+")
LANGUAGES = ("en", "zh")
TAG_NAMES = tuple(t.value for t in ALL_TAGS)
PHASE_NAMES = tuple(p.value for p in Phase)
_Collection = TypeVar("_Collection", YMap, YSeq)


@dataclass(frozen=True)
class Draft:
    """As much of a scenario as its file allows, so that the graph rules can still run on a file with errors."""

    scenario: Scenario  # only the nodes built without error; placeholders for missing top-level values
    node_ids: frozenset[str]  # every node id given, broken nodes included
    complete: bool  # the file's tree had no error: `scenario` is the real thing


def build_scenario(root: YNode, report: Report, path: Path | None = None) -> Scenario | None:
    """The Scenario, or None when the tree has errors (each one added to `report`)."""
    draft = build_draft(root, report, path)
    return draft.scenario if draft is not None and draft.complete else None


def build_draft(root: YNode, report: Report, path: Path | None = None) -> Draft | None:
    """The Draft, or None when the file has no usable `start` and `nodes`; errors are added to `report`."""
    builder = _Builder(report)
    errors_before = report.error_count
    draft = builder.scenario(root, path)
    if draft is None:
        return None
    scenario, node_ids = draft
    return Draft(scenario, node_ids, report.error_count == errors_before)


def id_node(root: YNode) -> YScalar | None:
    """The value of the top-level `id` when it is text, even in a file with other errors."""
    entry = root.entries.get("id") if isinstance(root, YMap) else None
    value = entry.value if entry else None
    return value if isinstance(value, YScalar) and isinstance(value.value, str) else None


def describe(node: YNode) -> str:
    """How a value reads to an author, with the usual YAML surprise spelled out."""
    if isinstance(node, YMap):
        return "a mapping"
    if isinstance(node, YSeq):
        return "a list"
    value = node.value
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (YAML reads yes/no/on/off as true/false; put text in quotes)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, datetime.date):
        return f"the date {value} (put text in quotes)"
    return repr(value)


class _Builder:
    def __init__(self, report: Report) -> None:
        self.report = report

    def error(self, pos: Pos, message: str) -> None:
        self.report.error(pos, message)

    # --- the parts of a scenario ---

    def scenario(self, root: YNode, path: Path | None) -> tuple[Scenario, frozenset[str]] | None:
        if isinstance(root, YScalar) and root.value is None:  # `---` alone: the parser places it past the end
            root = YScalar(None, FILE_START)
        top = self.mapping(root, "scenario", "the scenario", root.pos)
        if top is None:
            return None
        id_ = self.ident(top, "id", "the scenario", SCENARIO_ID, "lowercase letters, digits and -")
        title = self.text(top, "title", "the scenario")
        language = self.choice(top, "language", "the scenario", LANGUAGES)
        level = self.integer(top, "level", "the scenario", 1, 3)
        tags = self.text_list(top.entries.get("tags"), "tags of the scenario")
        persona = self.persona(top.entries.get("persona"))
        briefing = self.text(top, "briefing", "the scenario", allow_empty=True)
        start = self.ident(top, "start", "the scenario", NODE_ID, "a node id")
        nodes_entry = top.entries.get("nodes")
        nodes = self.nodes(nodes_entry)
        if start is None or nodes is None or nodes_entry is None:
            return None
        assert isinstance(nodes_entry.value, YMap)
        # A draft's missing values are blanks the rules skip: no language to check, no persona image.
        scenario = Scenario(
            id_ or "", title or "", language or "", level or 1, persona or Persona(""), start, nodes,
            briefing or "", tags or (), path,
        )  # fmt: skip
        return scenario, frozenset(nodes_entry.value.entries)

    def persona(self, entry: YEntry | None) -> Persona | None:
        if entry is None:
            return None
        m = self.mapping(entry.value, "persona", "the persona", entry.key_pos)
        if m is None:
            return None
        name = self.text(m, "name", "the persona")
        voice = self.text(m, "voice", "the persona")
        mood = self.integer(m, "mood", "the persona", 0, 100)
        patience = self.integer(m, "patience", "the persona", 1, None)
        image = self.text(m, "image", "the persona")
        if name is None:
            return None
        defaults = Persona(name)
        return Persona(
            name,
            voice if voice is not None else defaults.voice,
            mood if mood is not None else defaults.mood,
            patience if patience is not None else defaults.patience,
            image,
        )

    def nodes(self, entry: YEntry | None) -> dict[str, Node] | None:
        if entry is None:
            return None
        m = self.typed(entry.value, YMap, "nodes must be a mapping of node id to node")
        if m is None:
            return None
        if not m.entries:
            self.error(entry.key_pos, "nodes is empty; a scenario needs at least a start node and a resolved node")
            return None
        nodes: dict[str, Node] = {}  # only those without errors: a broken node's branches may be missing
        for node_id, node_entry in m.entries.items():
            errors_before = self.report.error_count
            if node_id in KEYS["node"] and not isinstance(node_entry.value, YMap):  # a node's key slipped left
                self.error(node_entry.key_pos, f"{node_id!r} is a key of a node, not a node; indent it under its node")
                continue
            if not NODE_ID.fullmatch(node_id):
                self.error(node_entry.key_pos, f"node id {node_id!r} must use lowercase letters, digits, - and _")
            node = self.node(node_id, node_entry)
            if node is not None and self.report.error_count == errors_before:
                nodes[node_id] = node
        return nodes

    def node(self, node_id: str, entry: YEntry) -> Node | None:
        what = f"node {node_id!r}"
        m = self.mapping(entry.value, "node", what, entry.key_pos)
        if m is None:
            return None
        phase = self.choice(m, "phase", what, PHASE_NAMES)
        customer = self.text(m, "customer", what)
        expect = self.tag_list(m.entries.get("expect"), f"expect of {what}", allow_empty=True)
        model_reply = self.text(m, "model_reply", what)
        hint = self.text(m, "hint", what)
        audio = self.text(m, "audio", what)
        branches = self.branches(m.entries.get("next"), what)
        anger = self.anger(m.entries.get("anger"), what)
        examples = self.examples(m.entries.get("examples"), what)
        if phase is None or customer is None:
            return None
        return Node(
            node_id,
            Phase(phase),
            customer,
            expect or (),
            model_reply,
            hint,
            audio,
            branches or (),
            anger or {},
            examples or (),
            entry.key_pos,
        )

    def branches(self, entry: YEntry | None, what: str) -> tuple[Branch, ...] | None:
        if entry is None:
            return ()
        seq = self.typed(entry.value, YSeq, f"next of {what} must be a list of branches")
        if seq is None:
            return None
        if not seq.items:
            message = f"next of {what} is empty; give it a fallback branch, or leave it out on an ending node"
            self.error(entry.key_pos, message)
            return None
        return tuple(b for b in (self.branch(item, what) for item in seq.items) if b is not None)

    def branch(self, node: YNode, what: str) -> Branch | None:
        m = self.mapping(node, "branch", f"a branch of {what}", node.pos)
        if m is None:
            return None
        goto = self.ident(m, "goto", f"a branch of {what}", NODE_ID, "a node id")
        condition = self.condition(m.entries["if"], what) if "if" in m.entries else None
        return Branch(goto, condition, m.pos) if goto is not None else None

    def condition(self, entry: YEntry, what: str) -> Condition | None:
        where = f"a condition of {what}"
        if not isinstance(entry.value, YMap):  # e.g. `if: has PROBE`
            example = "{has: [PROBE]}"
            got = describe(entry.value)
            self.error(entry.value.pos, f"`if` in {what} must be a mapping such as {example}, got {got}")
            return None
        m = self.mapping(entry.value, "condition", where, entry.key_pos)
        if m is None:
            return None
        if not m.entries:
            self.error(entry.key_pos, f"an empty `if` in {what} always holds; leave `if` out for the fallback branch")
            return None
        has, any_, not_ = (
            self.tag_list(m.entries.get(key), f"{key} in {where}", allow_empty=False) for key in ("has", "any", "not")
        )
        return Condition(
            has or (),
            any_ or (),
            not_ or (),
            self.integer(m, "mood_above", where, 0, 100),
            self.integer(m, "mood_below", where, 0, 100),
            self.integer(m, "turn_at_least", where, 1, None),
        )

    def anger(self, entry: YEntry | None, what: str) -> dict[Tag, int] | None:
        if entry is None:
            return {}
        m = self.typed(entry.value, YMap, f"anger of {what} must be a mapping of tag to anger change")
        if m is None:
            return None
        result: dict[Tag, int] = {}
        for key, item in m.entries.items():
            if key not in TAG_NAMES:
                self.error(item.key_pos, f"unknown tag {key!r} in anger of {what}; tags are {', '.join(TAG_NAMES)}")
            delta = self.integer(m, key, f"anger of {what}", -100, 100)
            if key in TAG_NAMES and delta is not None:
                result[Tag(key)] = delta
        return result

    def examples(self, entry: YEntry | None, what: str) -> tuple[Example, ...] | None:
        if entry is None:
            return ()
        seq = self.typed(entry.value, YSeq, f"examples of {what} must be a list")
        if seq is None:
            return None
        result: list[Example] = []
        for item in seq.items:
            where = f"an example of {what}"
            m = self.mapping(item, "example", where, item.pos)
            if m is None:
                continue
            reply = self.text(m, "reply", where)
            tags = self.tag_list(m.entries.get("tags"), f"tags of {where}", allow_empty=True)
            goto = self.ident(m, "goto", where, NODE_ID, "a node id")
            if reply is not None:
                result.append(Example(reply, tags, goto, m.pos))
        return tuple(result)

    # --- typed values ---

    def mapping(self, node: YNode, kind: str, what: str, at: Pos) -> YMap | None:
        """`node` as a mapping of the given kind; reports unknown and missing keys."""
        m = self.typed(node, YMap, f"{what} must be a mapping of keys")
        if m is None:
            return None
        allowed = KEYS[kind]
        misspelt = set()  # a required key reported at its misspelling is not reported missing too
        for key, entry in m.entries.items():
            if key not in allowed:
                homes = [place for kind, place in _PLACES.items() if key in KEYS[kind]]
                close = [] if homes else difflib.get_close_matches(key, allowed, n=1)
                if homes:
                    hint = f"; {key} belongs in {' or '.join(homes)}"
                else:
                    hint = f" (did you mean {close[0]!r}?)" if close else f"; allowed: {', '.join(allowed)}"
                self.error(entry.key_pos, f"unknown key {key!r} in {what}{hint}")
                misspelt.update(close)
        for key, required in allowed.items():
            if required and key not in m.entries and key not in misspelt:
                self.error(at, f"{what} is missing the required key {key!r}")
        return m

    def typed(self, node: YNode, kind: type[_Collection], message: str) -> _Collection | None:
        if isinstance(node, kind):
            return node
        self.error(node.pos, f"{message}, got {describe(node)}")
        return None

    def scalar(self, m: YMap, key: str, what: str, kind: type | tuple[type, ...], expected: str) -> YScalar | None:
        entry = m.entries.get(key)
        if entry is None:
            return None
        node = entry.value
        if isinstance(node, YScalar) and isinstance(node.value, kind) and not isinstance(node.value, bool):
            return node
        self.error(node.pos, f"{key} in {what} must be {expected}, got {describe(node)}")
        return None

    def text(self, m: YMap, key: str, what: str, allow_empty: bool = False) -> str | None:
        node = self.scalar(m, key, what, str, "text")
        if node is None:
            return None
        assert isinstance(node.value, str)
        if not allow_empty and not node.value.strip():
            self.error(node.pos, f"{key} in {what} is empty")
            return None
        return node.value

    def ident(self, m: YMap, key: str, what: str, pattern: re.Pattern[str], rule: str) -> str | None:
        value = self.text(m, key, what)
        if value is not None and not pattern.fullmatch(value):
            self.error(m.entries[key].value.pos, f"{key} in {what} must be {rule}, got {value!r}")
            return None
        return value

    def choice(self, m: YMap, key: str, what: str, options: tuple[str, ...]) -> str | None:
        value = self.text(m, key, what)
        if value is not None and value not in options:
            self.error(m.entries[key].value.pos, f"{key} in {what} must be one of {', '.join(options)}, got {value!r}")
            return None
        return value

    def integer(self, m: YMap, key: str, what: str, lo: int, hi: int | None) -> int | None:
        span = f"from {lo} to {hi}" if hi is not None else f"{lo} or more"
        node = self.scalar(m, key, what, int, f"a whole number {span}")
        if node is None:
            return None
        assert isinstance(node.value, int)
        if node.value < lo or (hi is not None and node.value > hi):
            self.error(node.pos, f"{key} in {what} must be {span}, got {node.value}")
            return None
        return node.value

    def text_list(self, entry: YEntry | None, what: str) -> tuple[str, ...] | None:
        if entry is None:
            return ()
        seq = self.typed(entry.value, YSeq, f"{what} must be a list")
        if seq is None:
            return None
        values: list[str] = []
        for item in seq.items:
            if isinstance(item, YScalar) and isinstance(item.value, str) and item.value.strip():
                values.append(item.value)
            else:
                self.error(item.pos, f"{what} must be text, got {describe(item)}")
        return tuple(values) if len(values) == len(seq.items) else None

    def tag_list(self, entry: YEntry | None, what: str, allow_empty: bool) -> tuple[Tag, ...] | None:
        if entry is None:
            return ()
        names = self.text_list(entry, what)
        if names is None:
            return None
        if not names and not allow_empty:
            self.error(entry.value.pos, f"{what} is empty; list at least one tag")
            return None
        seq = entry.value
        assert isinstance(seq, YSeq)
        tags: list[Tag] = []
        for name, item in zip(names, seq.items, strict=True):
            if name not in TAG_NAMES:
                upper = f" (tags are written in capitals: {name.upper()})" if name.upper() in TAG_NAMES else ""
                self.error(item.pos, f"unknown tag {name!r} in {what}{upper}; tags are {', '.join(TAG_NAMES)}")
            elif Tag(name) in tags:
                self.error(item.pos, f"tag {name} is listed twice in {what}")
            else:
                tags.append(Tag(name))
        return tuple(tags) if len(tags) == len(names) else None
