"""Loads a language's tagging rules from its YAML file under assets/scoring/ (the format is described there).

Every node is read through PyYAML's composer so that a mistake is reported with its file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from simulator.core.tags import Tag


class RuleFileError(Exception):
    """A rule file an author broke: says which file, which line and what is wrong."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: error: {message}")
        self.path = path
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Rule:
    name: str
    tag: Tag | None  # None: a pure blocker
    pattern: re.Pattern[str]
    blocks: frozenset[Tag] = frozenset()  # tags this rule cancels in its sentence
    negatable: bool = True  # a negation cue earlier in the clause turns the rule off
    customer: re.Pattern[str] | None = None  # fires only when the customer's previous line matches


@dataclass(frozen=True)
class RuleSet:
    language: str
    negation: re.Pattern[str]
    negation_window: int  # characters before a match searched for a negation cue
    rules: tuple[Rule, ...]


_RULE_KEYS = {"name", "re", "blocks", "negatable", "customer", "why"}
_TOP_KEYS = {"language", "negation", "negation_window", "rules", "blockers"}


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, node: yaml.Node, message: str) -> RuleFileError:
        return RuleFileError(self.path, node.start_mark.line + 1, message)

    def mapping(self, node: yaml.Node, allowed: set[str], what: str) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping")
        out: dict[str, yaml.Node] = {}
        for key, value in node.value:
            name = str(key.value)
            if name not in allowed:
                raise self.fail(key, f"unknown key {name!r} in {what} (allowed: {', '.join(sorted(allowed))})")
            if name in out:
                raise self.fail(key, f"duplicate key {name!r} in {what}")
            out[name] = value
        return out

    def scalar(self, node: yaml.Node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            raise self.fail(node, f"{what} must be a non-empty text")
        return str(node.value)

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{what} must be a list")
        return list(node.value)

    def regex(self, node: yaml.Node, what: str) -> re.Pattern[str]:
        source = self.scalar(node, what)
        try:
            return re.compile(source)
        except re.error as exc:
            raise self.fail(node, f"{what} is not a valid regular expression: {exc}") from None

    def tag(self, node: yaml.Node) -> Tag:
        value = self.scalar(node, "a tag")
        try:
            return Tag(value)
        except ValueError:
            raise self.fail(node, f"unknown tag {value!r} (one of {', '.join(t.value for t in Tag)})") from None

    def boolean(self, node: yaml.Node, what: str) -> bool:
        value = self.scalar(node, what).lower()
        if value not in ("true", "false"):
            raise self.fail(node, f"{what} must be true or false")
        return value == "true"

    def rule(self, node: yaml.Node, tag: Tag | None) -> Rule:
        fields = self.mapping(node, _RULE_KEYS, "a rule")
        for needed in ("name", "re"):
            if needed not in fields:
                raise self.fail(node, f"a rule needs {needed!r}")
        name = self.scalar(fields["name"], "name")
        blocks = frozenset(self.tag(n) for n in self.sequence(fields["blocks"], "blocks")) if "blocks" in fields else None
        if tag is None and not blocks:
            raise self.fail(node, f"blocker {name!r} blocks nothing: give it 'blocks: [TAG, ...]'")
        return Rule(
            name=name,
            tag=tag,
            pattern=self.regex(fields["re"], f"re of rule {name!r}"),
            blocks=blocks or frozenset(),
            negatable=self.boolean(fields["negatable"], "negatable") if "negatable" in fields else True,
            customer=self.regex(fields["customer"], f"customer of rule {name!r}") if "customer" in fields else None,
        )


def load_rules(path: Path) -> RuleSet:
    reader = _Reader(path)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise RuleFileError(path, line, f"malformed YAML: {exc.problem}") from None
    if root is None:
        raise RuleFileError(path, 1, "the file is empty")
    top = reader.mapping(root, _TOP_KEYS, "the rule file")
    for needed in ("language", "negation", "rules"):
        if needed not in top:
            raise reader.fail(root, f"the rule file needs {needed!r}")
    rules: list[Rule] = []
    for tag_node, rule_list in reader.mapping(top["rules"], {t.value for t in Tag}, "rules").items():
        tag = Tag(tag_node)
        rules.extend(reader.rule(n, tag) for n in reader.sequence(rule_list, f"rules of {tag.value}"))
    if "blockers" in top:
        rules.extend(reader.rule(n, None) for n in reader.sequence(top["blockers"], "blockers"))
    names = [r.name for r in rules]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise reader.fail(root, f"rule names must be unique; repeated: {', '.join(duplicates)}")
    window = 12
    if "negation_window" in top:
        text = reader.scalar(top["negation_window"], "negation_window")
        if not text.isdigit():
            raise reader.fail(top["negation_window"], "negation_window must be a whole number of characters")
        window = int(text)
    return RuleSet(
        language=reader.scalar(top["language"], "language"),
        negation=reader.regex(top["negation"], "negation"),
        negation_window=window,
        rules=tuple(rules),
    )


def load_char_table(path: Path) -> dict[str, str]:
    """A one-character-to-one-character table: lines of two characters, '#' starts a comment."""
    table: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        if len(line) != 2:
            raise RuleFileError(path, number, f"expected two characters, got {line!r}")
        table[line[0]] = line[1]
    return table
