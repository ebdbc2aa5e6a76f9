"""scenarios/schema.json and the loader agree: same keys, same rules, same verdict on valid files."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from simulator.core.library import default_scenario_dir, scenario_files
from simulator.core.loader import check_file
from simulator.core.scenario_build import KEYS, LANGUAGES, NODE_ID, PHASE_NAMES, SCENARIO_ID, TAG_NAMES

SCHEMA = json.loads((default_scenario_dir() / "schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)
HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "port-full.yaml"
# Broken files whose problem is one of shape, which the schema can express too.
SHAPE_ERRORS = [
    "bad-id",
    "bad-language",
    "bad-level",
    "bad-mood",
    "bad-patience",
    "bad-phase",
    "bad-tag",
    "wrong-type",
    "bad-condition-key",
    "bad-condition-value",
    "bad-condition-list",
    "empty-condition",
    "bad-anger",
    "bad-anger-tag",
    "example-missing-reply",
    "missing-key",
    "unknown-key",
    "unknown-top-key",
    "no-fallback",
    "ending-with-next",
]


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def schema_errors(instance: Any) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(instance)]


def properties(name: str) -> dict[str, Any]:
    part = SCHEMA if name == "scenario" else SCHEMA["$defs"][name]
    return part


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("kind", list(KEYS))
def test_schema_and_loader_allow_the_same_keys(kind: str) -> None:
    part = properties(kind)
    assert list(part["properties"]) == list(KEYS[kind])
    assert sorted(part.get("required", [])) == sorted(key for key, required in KEYS[kind].items() if required)
    assert part["additionalProperties"] is False


def test_every_property_is_described_for_editors() -> None:
    for kind in KEYS:
        for key, spec in properties(kind)["properties"].items():
            described = "description" in spec or "description" in SCHEMA["$defs"].get(
                spec.get("$ref", "#/").split("/")[-1], {}
            )
            assert described, f"{kind}.{key} has no description"


def test_schema_and_loader_share_the_value_rules() -> None:
    defs = SCHEMA["$defs"]
    assert defs["tag"]["enum"] == list(TAG_NAMES)
    assert defs["node"]["properties"]["phase"]["enum"] == list(PHASE_NAMES)
    assert SCHEMA["properties"]["language"]["enum"] == list(LANGUAGES)
    assert SCHEMA["properties"]["id"]["pattern"] == f"^{SCENARIO_ID.pattern}$"
    assert defs["nodeId"]["pattern"] == f"^{NODE_ID.pattern}$"


def clean_files() -> list[Path]:
    return [FIXTURE, *scenario_files([default_scenario_dir()])]


@pytest.mark.parametrize("path", clean_files(), ids=lambda p: p.name)
def test_files_the_loader_accepts_pass_the_schema(path: Path) -> None:
    scenario, diagnostics = check_file(path)
    if path == FIXTURE:
        assert scenario is not None and diagnostics == []
    if scenario is not None:
        assert schema_errors(load(path)) == []


@pytest.mark.parametrize("name", SHAPE_ERRORS)
def test_shape_errors_fail_the_schema_too(name: str) -> None:
    path = HERE / "broken" / f"{name}.yaml"
    assert check_file(path)[0] is None
    assert schema_errors(load(path))


def paths_in(tree: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(tree, dict):
        for key, value in tree.items():
            found += paths_in(value, (*prefix, key))
    elif isinstance(tree, list):
        for i, value in enumerate(tree):
            found += paths_in(value, (*prefix, i))
    return found


def places(tree: Any) -> list[tuple[Any, ...]]:
    """One path per distinct place in the format (nodes and list items of the same kind count once)."""
    seen: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for path in paths_in(tree)[1:]:
        shape = tuple(
            "<node>" if i == 1 and path[0] == "nodes" else "<i>" if isinstance(p, int) else p
            for i, p in enumerate(path)
        )
        seen.setdefault(shape, path)
    return list(seen.values())


ORIGINAL = load(FIXTURE)
PLACES = places(ORIGINAL)
# Values that break some rule somewhere: types, ranges, patterns, tag names, empty and duplicate lists.
ODD_VALUES: list[Any] = [None, True, 0, 4, 101, -101, 2.5, "", "probe", "zh", "Bad_Id", "thanked", [],
                         ["PROBE", "PROBE"], ["bad"], {}, {"x": 1}]  # fmt: skip


def mutated(path: tuple[Any, ...], action: str, value: Any = None, base: Any = ORIGINAL) -> Any:
    tree = copy.deepcopy(base)
    parent = tree
    for step in path[:-1]:
        parent = parent[step]
    if action == "delete":
        del parent[path[-1]]
    elif action == "replace":
        parent[path[-1]] = value
    else:  # add a key next to the one at path
        parent[action] = value
    return tree


def loader_accepts(tree: Any, folder: Path) -> bool:
    file = folder / "s.yaml"
    file.write_text(yaml.dump(tree, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return check_file(file)[0] is not None


@pytest.mark.parametrize("path", PLACES, ids=lambda p: "/".join(map(str, p)))
def test_whatever_the_schema_rejects_the_loader_rejects(tmp_path: Path, path: tuple[Any, ...]) -> None:
    """Change the valid fixture in one place, every way we can think of: a schema error needs a loader error."""
    trees = [(("delete",), mutated(path, "delete"))]
    trees += [(("replace", v), mutated(path, "replace", v)) for v in ODD_VALUES]
    if isinstance(path[-1], str):
        trees += [(("add", k), mutated(path, k, "x")) for k in ("extra", "goto", "if", "anger", "phase")]
    for change, tree in trees:
        if not VALIDATOR.is_valid(tree):
            assert not loader_accepts(tree, tmp_path), f"the schema rejects {change} at {path}, the loader accepts it"
