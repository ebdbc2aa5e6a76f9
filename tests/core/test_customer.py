import pytest

from simulator.core.customer import (
    DEFAULT_ANGER,
    INTERRUPTED,
    NO_TAG,
    RESOLVE_BEFORE_PROBE,
    Customer,
    GiveUp,
    anger_delta,
    give_up_line,
)
from simulator.core.scenario import Persona, Phase
from simulator.core.tags import Tag

V, A, P, R, F, X = Tag.VENT, Tag.APOLOGIZE, Tag.PROBE, Tag.RESOLVE, Tag.FOLLOW_UP, Tag.FORBIDDEN
Q = Phase.QUERY


def test_default_table() -> None:
    assert DEFAULT_ANGER == {V: -8, A: -10, P: -3, R: -12, F: -5, X: 25}
    assert (NO_TAG, INTERRUPTED, RESOLVE_BEFORE_PROBE) == (5, 5, 8)


@pytest.mark.parametrize("tag", [V, A, P, F, X])
def test_each_tag_moves_anger_by_its_default(tag: Tag) -> None:
    assert anger_delta((tag,), phase=Q, probed=True) == DEFAULT_ANGER[tag]


def test_tags_add_up_and_interruption_adds_on() -> None:
    assert anger_delta((A, X), phase=Q, probed=True) == -10 + 25
    assert anger_delta((V,), phase=Q, probed=True, interrupted=True) == -8 + 5


def test_a_reply_with_no_tag_annoys() -> None:
    assert anger_delta((), phase=Q, probed=False) == 5
    assert anger_delta((), phase=Q, probed=False, interrupted=True) == 10


def test_resolve_before_any_probe_annoys() -> None:
    assert anger_delta((R,), phase=Q, probed=False) == 8
    assert anger_delta((R,), phase=Q, probed=True) == -12


def test_apology_counts_only_once_there_is_a_grievance() -> None:
    assert anger_delta((A,), phase=Phase.INQUIRY, probed=False) == 0
    assert anger_delta((A,), phase=Phase.COMPLAINT, probed=False) == -10


def test_node_override_replaces_the_default_for_named_tags_only() -> None:
    overrides = {A: -30, R: -20}
    assert anger_delta((A, V), phase=Q, probed=True, overrides=overrides) == -30 - 8
    # the author's value also wins over the resolve-before-probe and inquiry-apology rules
    assert anger_delta((R,), phase=Q, probed=False, overrides=overrides) == -20
    assert anger_delta((A,), phase=Phase.INQUIRY, probed=False, overrides=overrides) == -30


def customer(anger: int = 50, patience: int = 5) -> Customer:
    return Customer.from_persona(Persona(name="Li", mood=anger, patience=patience))


def test_starts_from_the_persona() -> None:
    c = customer(30, 8)
    assert (c.anger, c.patience, c.replies, c.probed) == (30, 8, 0, False)


def test_probe_in_the_same_reply_counts_as_probing_first() -> None:
    assert customer(50).after_reply((P, R), phase=Q).anger == 50 - 3 - 12


def test_probing_is_remembered_across_replies() -> None:
    c = customer(50).after_reply((P,), phase=Q)
    assert c.probed
    assert c.after_reply((R,), phase=Q).anger == 50 - 3 - 12


def test_after_reply_returns_a_new_customer_and_leaves_the_old_one() -> None:
    before = customer(50)
    after = before.after_reply((X,), phase=Q)
    assert (before.anger, before.replies) == (50, 0)
    assert (after.anger, after.replies) == (75, 1)


def test_anger_is_clamped() -> None:
    assert customer(95).after_reply((X,), phase=Q).anger == 100
    assert customer(5).after_reply((V, A), phase=Q).anger == 0


def test_gives_up_at_100_anger_even_on_an_ending() -> None:
    c = customer(80).after_reply((X,), phase=Q)
    assert c.furious
    assert c.gives_up(reached_ending=True) is GiveUp.ANGER


def test_gives_up_when_patience_runs_out_without_an_ending() -> None:
    c = customer(50, patience=2).after_reply((P,), phase=Q)
    assert c.gives_up(reached_ending=False) is None
    c = c.after_reply((P,), phase=Q)
    assert c.gives_up(reached_ending=False) is GiveUp.PATIENCE
    assert c.gives_up(reached_ending=True) is None  # the last reply resolved it just in time


def test_give_up_lines_exist_in_both_languages() -> None:
    assert give_up_line("en", GiveUp.ANGER) != give_up_line("zh", GiveUp.ANGER)
    assert "再见" in give_up_line("zh", GiveUp.ANGER)
    assert give_up_line("fr", GiveUp.PATIENCE) == give_up_line("en", GiveUp.PATIENCE)
