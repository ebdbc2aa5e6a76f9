"""The editor's layered graph layout: every node placed, edges flowing down, few crossings, no overlaps."""

import random
from pathlib import Path

from simulator.core.graph_layout import MAX_SPAN, NODE_WIDTH, count_crossings, layout_graph, layout_scenario
from simulator.core.loader import load_scenario

ROOT = Path(__file__).resolve().parents[2]


def assert_no_overlaps(layout):
    for layer in layout.layers:
        xs = sorted(layout.positions[n][0] for n in layer)
        assert all(b - a >= NODE_WIDTH for a, b in zip(xs, xs[1:], strict=False))
        assert len({layout.positions[n][1] for n in layer}) == 1


def test_layers_follow_the_longest_path_from_start():
    edges = [("s", "a"), ("a", "b"), ("s", "b"), ("b", "end")]
    layout = layout_graph(["s", "a", "b", "end"], edges, "s")
    assert layout.layers == (("s",), ("a",), ("b",), ("end",))
    ys = [layout.positions[n][1] for n in ("s", "a", "b", "end")]
    assert ys == sorted(ys) and len(set(ys)) == 4


def test_a_long_edge_bends_through_one_point_per_layer_it_skips():
    layout = layout_graph(["s", "a", "b", "end"], [("s", "a"), ("a", "b"), ("b", "end"), ("s", "end")], "s")
    route = layout.routes[("s", "end")]
    assert len(route) == 2
    assert [y for _, y in route] == [layout.positions["a"][1], layout.positions["b"][1]]
    assert ("s", "a") not in layout.routes


def test_barycentre_ordering_removes_avoidable_crossings():
    # Given in an order that crosses: a leads to d and b to c, but c comes first.
    nodes = ["s", "a", "b", "c", "d"]
    edges = [("s", "a"), ("s", "b"), ("a", "d"), ("b", "c")]
    assert count_crossings([["s"], ["a", "b"], ["c", "d"]], edges) == 1
    layout = layout_graph(nodes, edges, "s")
    assert count_crossings(layout.layers, edges) == 0


def test_cycles_are_broken_and_every_node_is_placed_once():
    nodes = ["s", "a", "b", "orphan"]
    edges = [("s", "a"), ("a", "b"), ("b", "a"), ("b", "b"), ("a", "ghost")]
    layout = layout_graph(nodes, edges, "s")
    assert layout.back_edges == {("b", "a")}
    assert sorted(n for layer in layout.layers for n in layer) == sorted(nodes)
    assert layout.layers[0] == ("s", "orphan")  # a node nothing leads to starts a layer-0 chain of its own


def test_a_300_node_graph_is_laid_out_without_overlaps_and_with_edges_flowing_down():
    rng = random.Random(7)
    nodes = [f"n{i}" for i in range(300)]
    edges = [(nodes[i], nodes[min(299, i + rng.randint(1, 6))]) for i in range(299) for _ in range(2)]
    edges += [(nodes[i + 5], nodes[i]) for i in range(0, 290, 40)]  # a few loops back
    layout = layout_graph(nodes, edges, "n0")
    assert set(layout.positions) == set(nodes)
    assert_no_overlaps(layout)
    for a, b in edges:
        if (a, b) not in layout.back_edges:
            assert layout.positions[a][1] < layout.positions[b][1]
    assert layout.width > 0 and layout.height > 0


def test_scenarios_lay_out_whole_with_start_on_top():
    paths = [
        ROOT / "assets" / "templates" / "scenario_en.yaml",
        ROOT / "tests" / "fixtures" / "authoring" / "drift.yaml",
    ]
    for path in paths:
        scenario = load_scenario(path)
        layout = layout_scenario(scenario)
        assert set(layout.positions) == set(scenario.nodes)
        assert layout.layers[0] == (scenario.start,)
        assert_no_overlaps(layout)


def test_crossings_are_counted_as_a_pairwise_check_would():
    rng = random.Random(3)
    for _ in range(50):
        top, bottom = [f"t{i}" for i in range(rng.randint(1, 8))], [f"b{i}" for i in range(rng.randint(1, 8))]
        edges = list({(rng.choice(top), rng.choice(bottom)) for _ in range(rng.randint(0, 15))})
        slow = sum(
            1
            for i, (a1, b1) in enumerate(edges)
            for a2, b2 in edges[i + 1 :]
            if (top.index(a1) - top.index(a2)) * (bottom.index(b1) - bottom.index(b2)) < 0
        )
        assert count_crossings([top, bottom], edges) == slow


def test_an_edge_spanning_many_layers_runs_down_a_side_channel():
    chain = [f"n{i}" for i in range(MAX_SPAN + 3)]
    edges = [*zip(chain, chain[1:], strict=False), ("n0", chain[-1])]
    layout = layout_graph(chain, edges, "n0")
    first, last = layout.routes[("n0", chain[-1])]
    assert first[0] == last[0] and (first[0] < 0 or first[0] > layout.width)
    assert layout.positions["n0"][1] < first[1] < last[1] < layout.positions[chain[-1]][1]
