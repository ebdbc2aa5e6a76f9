import pytest

from simulator.core.branching import NoBranchError, choose_branch, condition_holds
from simulator.core.scenario import Branch, Condition, Node, Phase
from simulator.core.tags import Tag

V, A, P, R, F, X = Tag.VENT, Tag.APOLOGIZE, Tag.PROBE, Tag.RESOLVE, Tag.FOLLOW_UP, Tag.FORBIDDEN


def holds(condition: Condition, tags: tuple[Tag, ...] = (), anger: int = 50, turn: int = 1) -> bool:
    return condition_holds(condition, tags, anger, turn)


def test_empty_condition_always_holds() -> None:
    assert holds(Condition())


def test_has_needs_every_tag() -> None:
    assert holds(Condition(has=(A, P)), (V, A, P))
    assert not holds(Condition(has=(A, P)), (A,))


def test_any_needs_one_tag() -> None:
    assert holds(Condition(any=(X, R)), (R,))
    assert not holds(Condition(any=(X, R)), (V, P))
    assert not holds(Condition(any=(X,)), ())


def test_not_forbids_every_tag() -> None:
    assert holds(Condition(not_=(X,)), (A,))
    assert holds(Condition(not_=(X,)), ())
    assert not holds(Condition(not_=(X, R)), (A, R))


def test_mood_bounds_are_strict_and_use_anger_after_the_reply() -> None:
    assert holds(Condition(mood_above=60), anger=61)
    assert not holds(Condition(mood_above=60), anger=60)
    assert holds(Condition(mood_below=20), anger=19)
    assert not holds(Condition(mood_below=20), anger=20)


def test_turn_at_least_counts_this_reply() -> None:
    assert holds(Condition(turn_at_least=3), turn=3)
    assert not holds(Condition(turn_at_least=3), turn=2)


def test_all_keys_must_hold() -> None:
    condition = Condition(has=(A,), not_=(X,), mood_below=50, turn_at_least=2)
    assert holds(condition, (A, P), anger=40, turn=2)
    assert not holds(condition, (A, X), anger=40, turn=2)
    assert not holds(condition, (A,), anger=50, turn=2)
    assert not holds(condition, (A,), anger=40, turn=1)


NODE = Node(
    id="n",
    phase=Phase.QUERY,
    customer="?",
    next=(
        Branch("angry", Condition(any=(X,))),
        Branch("fixed", Condition(has=(A, R))),
        Branch("calm", Condition(mood_below=10)),
        Branch("again"),
    ),
)


@pytest.mark.parametrize(
    ("tags", "anger", "goto"),
    [
        ((A, R, X), 5, "angry"),  # the first branch that holds wins, even if later ones hold too
        ((A, R), 5, "fixed"),
        ((V,), 5, "calm"),
        ((V,), 50, "again"),
        ((), 50, "again"),
    ],
)
def test_choose_branch_takes_the_first_that_holds(tags: tuple[Tag, ...], anger: int, goto: str) -> None:
    assert choose_branch(NODE, tags, anger, 1).goto == goto


def test_choose_branch_without_fallback_or_on_an_ending_raises() -> None:
    no_fallback = Node(id="x", phase=Phase.QUERY, customer="?", next=(Branch("y", Condition(has=(P,))),))
    with pytest.raises(NoBranchError, match="'x'"):
        choose_branch(no_fallback, (V,), 50, 1)
    with pytest.raises(NoBranchError):
        choose_branch(Node(id="end", phase=Phase.RESOLVED, customer="Bye"), (V,), 50, 1)
