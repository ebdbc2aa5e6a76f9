"""A layered drawing of a conversation graph for the editor: pure Python, fast enough to redo on every edit.

The usual steps of a layered (Sugiyama) layout, each kept simple:
1. cycles are broken by leaving out the edges a depth-first search from start finds going back;
2. each node's layer is its longest path from a source, so every forward edge points down;
3. edges spanning a few layers get a chain of virtual points, one per layer, so they bend around nodes; edges
   spanning more (typically from everywhere to a "customer gives up" ending) run down a channel at the side
   instead, which keeps the number of points, and the time, linear in the number of edges;
4. a few barycentre sweeps, down then up, reorder each layer to cut crossings (the best order seen is kept);
5. each layer is centred, nodes at fixed widths and virtual points at a narrow one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from simulator.core.scenario import Scenario

Point = tuple[float, float]
Edge = tuple[str, str]

NODE_WIDTH = 170.0
NODE_HEIGHT = 56.0
VIRTUAL_WIDTH = 24.0  # a long edge's bend point takes a narrow slot in its layer
GAP_X = 30.0
GAP_Y = 90.0
SWEEPS = 6
MAX_SPAN = 4  # layers an edge may span with virtual points; longer ones take the side channel


@dataclass(frozen=True)
class Layout:
    positions: Mapping[str, Point]  # each node's centre
    layers: tuple[tuple[str, ...], ...]  # nodes by layer, left to right
    routes: Mapping[Edge, tuple[Point, ...]]  # bend points of edges that span more than one layer
    back_edges: frozenset[Edge]  # edges left out to break cycles (drawn against the flow)
    width: float
    height: float


def layout_scenario(scenario: Scenario) -> Layout:
    edges = [(node.id, branch.goto) for node in scenario.nodes.values() for branch in node.next]
    return layout_graph(list(scenario.nodes), edges, scenario.start)


def layout_graph(nodes: Sequence[str], edges: Iterable[Edge], start: str | None = None) -> Layout:
    """Lay out `nodes` with `edges` (unknown ends and self-loops are ignored), the first layer holding `start`."""
    names = list(dict.fromkeys(nodes))
    index = {name: i for i, name in enumerate(names)}
    pairs = list(dict.fromkeys((index[a], index[b]) for a, b in edges if a in index and b in index and a != b))
    roots = ([index[start]] if start in index else []) + list(range(len(names)))
    order, back = _depth_first(len(names), pairs, roots)
    forward = [e for e in pairs if e not in back]
    rank = _longest_path(order, forward, len(names))
    layers, links, routes = _split_long_edges(rank, forward, len(names))
    layers = _reduce_crossings(layers, links)
    centres = _coordinates(layers, len(names))
    width = max((x + NODE_WIDTH / 2 for x, _ in centres.values()), default=0.0)
    paths = {(names[a], names[b]): tuple(centres[v] for v in chain) for (a, b), chain in routes.items()}
    for a, b in forward:
        if rank[b] - rank[a] > MAX_SPAN:
            paths[(names[a], names[b])] = _side_channel(centres[a], centres[b], width)
    return Layout(
        positions={name: centres[i] for i, name in enumerate(names)},
        layers=tuple(tuple(names[v] for v in layer if v < len(names)) for layer in layers),
        routes=paths,
        back_edges=frozenset((names[a], names[b]) for a, b in back),
        width=width,
        height=len(layers) * (NODE_HEIGHT + GAP_Y) - GAP_Y if layers else 0.0,
    )


def _side_channel(source: Point, target: Point, width: float) -> tuple[Point, ...]:
    """Out below the source, down the nearer side of the drawing, and in above the target."""
    x = -GAP_X if source[0] + target[0] < width else width + GAP_X
    return (x, source[1] + NODE_HEIGHT / 2 + GAP_Y / 2), (x, target[1] - NODE_HEIGHT / 2 - GAP_Y / 2)


def count_crossings(layers: Sequence[Sequence[str]], edges: Iterable[Edge]) -> int:
    """Crossings between edges joining adjacent layers (a measure of how readable a layout is)."""
    names = [name for layer in layers for name in layer]
    index = {name: i for i, name in enumerate(names)}
    ranked = [[index[n] for n in layer] for layer in layers]
    return _crossings(ranked, [(index[a], index[b]) for a, b in edges if a in index and b in index])


def _depth_first(count: int, edges: list[tuple[int, int]], roots: list[int]) -> tuple[list[int], set[tuple[int, int]]]:
    """Nodes in reverse post-order (a topological order once back edges are gone) and the back edges."""
    out: list[list[int]] = [[] for _ in range(count)]
    for a, b in edges:
        out[a].append(b)
    state = [0] * count  # 0 unseen, 1 on the stack, 2 done
    post: list[int] = []
    back: set[tuple[int, int]] = set()
    for root in roots:
        if state[root]:
            continue
        state[root] = 1
        stack = [(root, iter(out[root]))]
        while stack:
            node, targets = stack[-1]
            for target in targets:
                if state[target] == 0:
                    state[target] = 1
                    stack.append((target, iter(out[target])))
                    break
                if state[target] == 1:
                    back.add((node, target))
            else:
                state[node] = 2
                post.append(node)
                stack.pop()
    return post[::-1], back


def _longest_path(order: list[int], edges: list[tuple[int, int]], count: int) -> list[int]:
    into: list[list[int]] = [[] for _ in range(count)]
    for a, b in edges:
        into[b].append(a)
    rank = [0] * count
    for node in order:
        rank[node] = max((rank[p] + 1 for p in into[node]), default=0)
    return rank


def _split_long_edges(
    rank: list[int], edges: list[tuple[int, int]], count: int
) -> tuple[list[list[int]], list[tuple[int, int]], dict[tuple[int, int], list[int]]]:
    """Layers with virtual points (numbered from `count`), the one-layer links, and each long edge's points."""
    layers: list[list[int]] = [[] for _ in range(max(rank, default=-1) + 1)]
    for node in range(count):
        layers[rank[node]].append(node)
    links: list[tuple[int, int]] = []
    routes: dict[tuple[int, int], list[int]] = {}
    next_id = count
    for a, b in edges:
        if rank[b] - rank[a] > MAX_SPAN:
            continue
        chain = list(range(next_id, next_id + rank[b] - rank[a] - 1))
        next_id += len(chain)
        for layer, point in zip(range(rank[a] + 1, rank[b]), chain, strict=True):
            layers[layer].append(point)
        steps = [a, *chain, b]
        links += zip(steps, steps[1:], strict=False)
        if chain:
            routes[(a, b)] = chain
    return layers, links, routes


def _reduce_crossings(layers: list[list[int]], links: list[tuple[int, int]]) -> list[list[int]]:
    above: dict[int, list[int]] = {}
    below: dict[int, list[int]] = {}
    for a, b in links:
        below.setdefault(a, []).append(b)
        above.setdefault(b, []).append(a)
    best = [list(layer) for layer in layers]
    best_score = _crossings(best, links)
    current = [list(layer) for layer in layers]
    for sweep in range(SWEEPS):
        down = sweep % 2 == 0
        rows = range(1, len(current)) if down else range(len(current) - 2, -1, -1)
        for row in rows:
            fixed = current[row - 1] if down else current[row + 1]
            where = {v: i for i, v in enumerate(fixed)}
            neighbours = above if down else below
            current[row] = _by_barycentre(current[row], neighbours, where)
        score = _crossings(current, links)
        if score < best_score:
            best, best_score = [list(layer) for layer in current], score
        if best_score == 0:
            break
    return best


def _by_barycentre(layer: list[int], neighbours: dict[int, list[int]], where: dict[int, int]) -> list[int]:
    """The layer sorted by the mean place of each node's neighbours in the fixed layer; loners keep their place."""
    keys = []
    for i, node in enumerate(layer):
        places = [where[n] for n in neighbours.get(node, ()) if n in where]
        keys.append((sum(places) / len(places)) if places else float(i) * len(where) / max(len(layer), 1))
    return [node for _, node in sorted(zip(keys, layer, strict=True), key=lambda pair: pair[0])]


def _crossings(layers: list[list[int]], links: list[tuple[int, int]]) -> int:
    """Crossings between adjacent layers: inversions among the links' lower ends once sorted by their upper ends,
    counted with a Fenwick tree in O(E log V)."""
    position = {v: i for layer in layers for i, v in enumerate(layer)}
    row = {v: r for r, layer in enumerate(layers) for v in layer}
    between: dict[int, list[tuple[int, int]]] = {}
    for a, b in links:
        if row[b] == row[a] + 1:
            between.setdefault(row[a], []).append((position[a], position[b]))
    total = 0
    for r, pairs in between.items():
        size = len(layers[r + 1])
        tree = [0] * (size + 1)
        pairs.sort()
        for seen, (_, low) in enumerate(pairs):
            i, below_or_at = low + 1, 0
            while i > 0:  # how many earlier links end at or left of `low`
                below_or_at += tree[i]
                i -= i & -i
            total += seen - below_or_at
            i = low + 1
            while i <= size:
                tree[i] += 1
                i += i & -i
    return total


def _coordinates(layers: list[list[int]], count: int) -> dict[int, Point]:
    """Centres: layers stacked top down, each centred on the widest."""

    def width(v: int) -> float:
        return NODE_WIDTH if v < count else VIRTUAL_WIDTH

    spans = [sum(width(v) for v in layer) + GAP_X * max(len(layer) - 1, 0) for layer in layers]
    widest = max(spans, default=0.0)
    centres: dict[int, Point] = {}
    for r, layer in enumerate(layers):
        x = (widest - spans[r]) / 2
        y = r * (NODE_HEIGHT + GAP_Y) + NODE_HEIGHT / 2
        for v in layer:
            centres[v] = (x + width(v) / 2, y)
            x += width(v) + GAP_X
    return centres
