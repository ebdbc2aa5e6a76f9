"""The conversation's phase as a `transitions` state machine that only ever moves forward.

inquiry -> query -> complaint (skipping ahead is forward too); any open phase may stay where it is or end in
resolved, escalated or lost. Endings are final. A backward or post-ending move raises `MachineError`.
"""

from __future__ import annotations

from transitions import Machine, MachineError

from simulator.core.scenario import ENDINGS, OPEN_PHASES, Phase

__all__ = ["LEGAL_MOVES", "MachineError", "PhaseMachine", "is_legal_move"]


def _legal_moves() -> frozenset[tuple[Phase, Phase]]:
    moves: set[tuple[Phase, Phase]] = set()
    for i, source in enumerate(OPEN_PHASES):
        moves.update((source, dest) for dest in OPEN_PHASES[i:])  # staying, or forward
        moves.update((source, dest) for dest in ENDINGS)
    return frozenset(moves)


LEGAL_MOVES: frozenset[tuple[Phase, Phase]] = _legal_moves()


def is_legal_move(source: Phase, dest: Phase) -> bool:
    return (source, dest) in LEGAL_MOVES


def _trigger(dest: Phase) -> str:
    return f"go_{dest.value}"


# One trigger per destination, listing every phase it may be reached from; built once, shared by all machines.
_TRANSITIONS: list[dict[str, object]] = [
    {"trigger": _trigger(dest), "source": [s for s in Phase if (s, dest) in LEGAL_MOVES], "dest": dest}
    for dest in Phase
]


class _Model:
    """The plain object whose `state` the machine drives."""

    state: Phase


class PhaseMachine:
    def __init__(self, initial: Phase) -> None:
        self._model = _Model()
        self._machine = Machine(
            model=self._model,
            states=list(Phase),
            transitions=_TRANSITIONS,
            initial=initial,
            auto_transitions=False,
        )

    @property
    def phase(self) -> Phase:
        return self._model.state

    def can_move_to(self, dest: Phase) -> bool:
        return is_legal_move(self.phase, dest)

    def move_to(self, dest: Phase) -> None:
        """Move to `dest` (or stay); raises MachineError for a backward move or any move out of an ending."""
        self._machine.events[_trigger(dest)].trigger(self._model)

    def restore(self, phase: Phase) -> None:
        """Put back an earlier phase, for undo: not a move, so no forward-only rule applies."""
        self._machine.set_state(phase, self._model)
