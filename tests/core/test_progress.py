from simulator.core.progress import Played, badges, best_scores, level_passed, unlocked_levels

LIBRARY = {"a1": 1, "b1": 1, "c1": 1, "a2": 2, "b2": 2, "a3": 3}


def played(sid, total, outcome="resolved", apologize=50):
    return Played(sid, LIBRARY[sid], total, outcome, apologize)


def test_only_level_one_is_open_at_first():
    assert unlocked_levels(LIBRARY, []) == {1}


def test_a_level_opens_when_half_the_previous_level_is_passed():
    history = [played("a1", 85), played("b1", 79)]
    assert unlocked_levels(LIBRARY, history) == {1}  # 1 of 3 passed, 2 needed
    history.append(played("b1", 90))
    assert unlocked_levels(LIBRARY, history) == {1, 2}


def test_the_pass_mark_is_the_trainers_to_change():
    history = [played("a1", 70), played("b1", 72)]
    assert not level_passed(1, LIBRARY, history)
    assert unlocked_levels(LIBRARY, history, pass_mark=70) == {1, 2}


def test_levels_open_in_order_only():
    history = [played("a2", 100), played("b2", 100)]  # level 2 passed, level 1 not
    assert unlocked_levels(LIBRARY, history) == {1}


def test_best_score_is_kept_per_scenario():
    assert best_scores([played("a1", 60), played("a1", 90), played("a1", 70)]) == {"a1": 90}


def test_badges():
    assert badges(LIBRARY, []) == []
    history = [played("a1", 90, apologize=100), played("b1", 85, apologize=100), played("c1", 100, apologize=100)]
    got = badges(LIBRARY, history)
    assert got == ["first-session", "apology-streak", "perfect-score", "level-1-cleared"]
    assert "first-resolved-complaint" in badges(LIBRARY, [played("a3", 40, "resolved")])
    assert "first-resolved-complaint" not in badges(LIBRARY, [played("a3", 40, "lost")])


def test_a_broken_streak_does_not_count():
    history = [played("a1", 50, apologize=100), played("a1", 50, apologize=60), played("a1", 50, apologize=100)]
    assert "apology-streak" not in badges(LIBRARY, history)
