"""Fuzzing the loader: no input, however broken, may raise; a refused file always says why."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.core.loader import check_file

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FIXTURE_TEXT = (Path(__file__).parent / "fixtures" / "port-full.yaml").read_text(encoding="utf-8")

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**30), 10**30), st.floats(allow_nan=False), st.text(max_size=30)
)
structures = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=40,
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "s.yaml"


def assert_handled(path: Path) -> None:
    scenario, diagnostics = check_file(path)
    if scenario is None:
        assert any(d.is_error for d in diagnostics)
    for d in diagnostics:
        assert d.line >= 1 and d.col >= 1 and d.message and d.file == str(path)


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes(scratch: Path, data: bytes) -> None:
    scratch.write_bytes(data)
    assert_handled(scratch)


@FUZZ
@given(text=st.text(alphabet=st.sampled_from(list("ab:- \n\t[]{},&*!|>'\"#?%@`~\\0é中")), max_size=200))
def test_random_yamlish_text(scratch: Path, text: str) -> None:
    scratch.write_text(text, encoding="utf-8")
    assert_handled(scratch)


@FUZZ
@given(tree=structures)
def test_random_structures(scratch: Path, tree: object) -> None:
    scratch.write_text(yaml.safe_dump(tree, allow_unicode=True), encoding="utf-8")
    assert_handled(scratch)


@FUZZ
@given(cut=st.integers(0, len(FIXTURE_TEXT)), drop=st.integers(0, 200), junk=st.text(max_size=5))
def test_fixture_with_a_piece_replaced(scratch: Path, cut: int, drop: int, junk: str) -> None:
    scratch.write_text(FIXTURE_TEXT[:cut] + junk + FIXTURE_TEXT[cut + drop :], encoding="utf-8")
    assert_handled(scratch)
