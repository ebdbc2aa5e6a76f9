"""Loads a language's tagging rules from its YAML file under assets/scoring/ (the format is described there).

Every node is read through PyYAML's composer so that a mistake is reported with its file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from simulator.core.scoring.pattern_cache import PatternCache
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
class Echo:
    """A short question that only repeats the customer's words back ("Compensation? For a week?") is sarcasm."""

    unit: re.Pattern[str]  # what counts as one word (a Chinese character in Chinese)
    ignore: re.Pattern[str]  # words that do not count ("how", "a")
    max_units: int


@dataclass(frozen=True)
class RuleSet:
    language: str
    negation: re.Pattern[str]
    negation_window: int  # characters before a match searched for a negation cue
    rules: tuple[Rule, ...]
    echo: Echo | None = None


_RULE_KEYS = {"name", "re", "blocks", "negatable", "customer", "why"}
_TOP_KEYS = {"language", "ascii_words", "define", "negation", "negation_window", "echo_question", "rules", "blockers"}
_ECHO_KEYS = {"unit", "ignore", "max_units", "why"}
_MACRO = re.compile(r"%([A-Z_]+)%")
# libyaml's loader composes the rule files twenty times faster; marks (line numbers) are the same.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Reader:
    def __init__(self, path: Path, cache: PatternCache | None) -> None:
        self.path = path
        self.compile = cache.compile if cache is not None else re.compile
        self.macros: dict[str, str] = {}  # `define:` names, written %NAME% inside patterns
        self.flags = 0  # re.ASCII when the file asks for ASCII-only words

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
        source = self.expand(node, self.scalar(node, what))
        try:
            return self.compile(source, self.flags)
        except re.error as exc:
            raise self.fail(node, f"{what} is not a valid regular expression: {exc}") from None

    def expand(self, node: yaml.Node, source: str) -> str:
        def lookup(m: re.Match[str]) -> str:
            if m.group(1) not in self.macros:
                raise self.fail(node, f"%{m.group(1)}% is not defined under 'define:'")
            return self.macros[m.group(1)]

        return _MACRO.sub(lookup, source)

    def number(self, node: yaml.Node, what: str) -> int:
        text = self.scalar(node, what)
        if not text.isdigit():
            raise self.fail(node, f"{what} must be a whole number")
        return int(text)

    def echo(self, node: yaml.Node) -> Echo:
        fields = self.mapping(node, _ECHO_KEYS, "echo_question")
        for needed in ("unit", "ignore", "max_units"):
            if needed not in fields:
                raise self.fail(node, f"echo_question needs {needed!r}")
        return Echo(
            unit=self.regex(fields["unit"], "echo_question unit"),
            ignore=self.regex(fields["ignore"], "echo_question ignore"),
            max_units=self.number(fields["max_units"], "max_units"),
        )

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
        listed = self.sequence(fields["blocks"], "blocks") if "blocks" in fields else []
        blocks = frozenset(self.tag(n) for n in listed)
        if tag is None and not blocks:
            raise self.fail(node, f"blocker {name!r} blocks nothing: give it 'blocks: [TAG, ...]'")
        return Rule(
            name=name,
            tag=tag,
            pattern=self.regex(fields["re"], f"re of rule {name!r}"),
            blocks=blocks,
            negatable=self.boolean(fields["negatable"], "negatable") if "negatable" in fields else True,
            customer=self.regex(fields["customer"], f"customer of rule {name!r}") if "customer" in fields else None,
        )


def load_rules(path: Path, cache_folder: Path | None = None) -> RuleSet:
    """The rule set of one file; with a cache folder, its compiled patterns are kept there for the next run."""
    cache = PatternCache(cache_folder, path) if cache_folder is not None else None
    reader = _Reader(path, cache)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise RuleFileError(path, line, f"malformed YAML: {exc.problem}") from None
    if root is None:
        raise RuleFileError(path, 1, "the file is empty")
    top = reader.mapping(root, _TOP_KEYS, "the rule file")
    for needed in ("language", "negation", "rules"):
        if needed not in top:
            raise reader.fail(root, f"the rule file needs {needed!r}")
    if "ascii_words" in top and reader.boolean(top["ascii_words"], "ascii_words"):
        reader.flags = re.ASCII
    if "define" in top:
        for name, value in reader.mapping(top["define"], set(_defined_names(top["define"])), "define").items():
            reader.macros[name] = reader.expand(value, reader.scalar(value, f"define {name}"))
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
    ruleset = RuleSet(
        language=reader.scalar(top["language"], "language"),
        negation=reader.regex(top["negation"], "negation"),
        negation_window=reader.number(top["negation_window"], "negation_window") if "negation_window" in top else 12,
        rules=tuple(rules),
        echo=reader.echo(top["echo_question"]) if "echo_question" in top else None,
    )
    if cache is not None:
        cache.save()
    return ruleset


def _defined_names(node: yaml.Node) -> list[str]:
    """The keys of `define:` that are well-formed macro names (others are reported as unknown)."""
    if not isinstance(node, yaml.MappingNode):
        return []
    return [str(k.value) for k, _ in node.value if re.fullmatch(r"[A-Z_]+", str(k.value))]


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
