import pytest

from simulator.core.phase_machine import LEGAL_MOVES, MachineError, PhaseMachine, is_legal_move
from simulator.core.scenario import ENDINGS, OPEN_PHASES, Phase

IN, QU, CO = Phase.INQUIRY, Phase.QUERY, Phase.COMPLAINT
FORWARD = [(IN, IN), (IN, QU), (IN, CO), (QU, QU), (QU, CO), (CO, CO)]
BACKWARD = [(QU, IN), (CO, QU), (CO, IN)]


def test_legal_moves_are_forward_moves_and_endings_only() -> None:
    expected = set(FORWARD) | {(src, end) for src in OPEN_PHASES for end in ENDINGS}
    assert expected == LEGAL_MOVES


@pytest.mark.parametrize(("source", "dest"), FORWARD + [(src, end) for src in OPEN_PHASES for end in ENDINGS])
def test_machine_makes_every_legal_move(source: Phase, dest: Phase) -> None:
    machine = PhaseMachine(source)
    assert machine.can_move_to(dest)
    machine.move_to(dest)
    assert machine.phase is dest


@pytest.mark.parametrize(("source", "dest"), BACKWARD + [(end, other) for end in ENDINGS for other in Phase])
def test_machine_refuses_backward_moves_and_leaving_an_ending(source: Phase, dest: Phase) -> None:
    machine = PhaseMachine(source)
    assert not is_legal_move(source, dest)
    assert not machine.can_move_to(dest)
    with pytest.raises(MachineError):
        machine.move_to(dest)
    assert machine.phase is source


def test_a_whole_conversation_walks_forward() -> None:
    machine = PhaseMachine(IN)
    for phase in (IN, QU, QU, CO, Phase.RESOLVED):
        machine.move_to(phase)
    assert machine.phase is Phase.RESOLVED


def test_restore_puts_back_an_earlier_phase_for_undo() -> None:
    machine = PhaseMachine(QU)
    machine.move_to(Phase.LOST)
    machine.restore(QU)
    assert machine.phase is QU
    machine.move_to(CO)  # the machine works on from the restored phase
    assert machine.phase is CO


def test_machines_are_independent() -> None:
    first, second = PhaseMachine(IN), PhaseMachine(IN)
    first.move_to(CO)
    assert second.phase is IN
    second.move_to(QU)
    assert first.phase is CO
