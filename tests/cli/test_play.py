"""`play`: end to end with the real loader, tagger, grader and session log."""

import argparse
import io
import json
import os
import queue
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest

from simulator.commands import play as play_command
from simulator.storage.database import open_existing_database
from simulator.storage.queries import session as stored_session
from simulator.storage.queries import session_turns

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "play"
EN = FIXTURES / "parcel-late.yaml"
ZH = FIXTURES / "parcel-late-zh.yaml"
EN_OPENING = "My parcel was due on Monday and it still hasn't arrived."

PROBE = "I'm sorry it's late. Could you give me the order number?"
RESOLVE = "I've booked a courier to bring it to you tomorrow morning, free of charge."
FORBIDDEN = "That's not my department."


def play(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    parser = argparse.ArgumentParser()
    play_command.register(parser.add_subparsers())  # only this command, so other commands cannot break these tests
    parsed = parser.parse_args(["play", *args])
    code: int = parsed.func(parsed)
    out, err = capsys.readouterr()
    return code, out, err


def replies_file(tmp_path: Path, *lines: str) -> str:
    path = tmp_path / "replies.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_json_resolved_conversation_is_scored_and_logged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "log.db"
    replies = replies_file(tmp_path, PROBE, "", RESOLVE)  # the blank line is skipped
    code, out, _ = play(
        capsys, monkeypatch, str(EN), "--replies", replies, "--json", "--db", str(db), "--trainee", "ann"
    )
    assert code == 0
    result = json.loads(out)  # exactly one JSON object, nothing else on stdout
    assert set(result) == {"scenario", "outcome", "turns", "score", "session_id"}
    assert (result["scenario"], result["outcome"]) == ("play-parcel-late", "resolved")
    first, second = result["turns"]
    assert first["customer"] == EN_OPENING and first["reply"] == PROBE
    assert "PROBE" in first["tags"] and first["phase"] == "query"
    assert second["customer"] == "It's order 5521." and "RESOLVE" in second["tags"]
    assert second["phase"] == "resolved"
    assert isinstance(first["mood"], int) and 0 <= second["mood"] <= 100
    score = result["score"]
    assert set(score) == {"total", "steps", "penalties"} and 0 <= score["total"] <= 100
    assert set(score["steps"]) == {"VENT", "APOLOGIZE", "PROBE", "RESOLVE", "FOLLOW_UP"}

    assert uuid.UUID(result["session_id"]).version == 4
    log = open_existing_database(db)
    row = stored_session(log, result["session_id"])
    assert row is not None and row["outcome"] == "resolved"
    assert [t["reply"] for t in session_turns(log, result["session_id"])] == [PROBE, RESOLVE]


def test_forbidden_language_escalates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    replies = replies_file(tmp_path, FORBIDDEN, "Calm down.", "these lines come after the end")
    code, out, _ = play(capsys, monkeypatch, str(EN), "--replies", replies, "--json", "--db", str(tmp_path / "l.db"))
    result = json.loads(out)
    assert code == 0 and result["outcome"] == "escalated"
    assert [t["phase"] for t in result["turns"]] == ["complaint", "escalated"]
    assert any(p["code"] == "forbidden" for p in result["score"]["penalties"])


def test_replies_running_out_leave_the_conversation_unfinished(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = play(
        capsys, monkeypatch, str(EN), "--replies", "-", "--json", "--db", str(tmp_path / "l.db"), stdin=PROBE
    )
    result = json.loads(out)
    assert code == 0 and result["outcome"] == "unfinished" and len(result["turns"]) == 1


def test_readable_transcript_and_scorecard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    replies = replies_file(tmp_path, PROBE, RESOLVE)
    code, out, _ = play(capsys, monkeypatch, str(EN), "--replies", replies, "--db", str(tmp_path / "l.db"))
    assert code == 0
    lines = out.splitlines()
    assert lines[:3] == [f"Customer: {EN_OPENING}", f"You: {PROBE}", lines[2]]
    assert "PROBE" in lines[2] and "query" in lines[2]
    assert "== resolved ==" in lines and "Outcome: resolved" in lines
    assert any(line.startswith("Score: ") and line.endswith("/100") for line in lines)


def test_chinese_scenario_json_is_not_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    replies = replies_file(
        tmp_path, "非常抱歉让您久等了。请问您的订单号是多少?", "我马上为您安排明天上午免费重新派送。"
    )
    code, out, _ = play(capsys, monkeypatch, str(ZH), "--replies", replies, "--json", "--db", str(tmp_path / "l.db"))
    assert code == 0 and "我的包裹周一就该到了" in out
    result = json.loads(out)
    assert result["outcome"] == "resolved" and result["turns"][1]["customer"] == "订单号是5521。"


def test_interactive_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = "\n".join(["/hint", "OK.", "/undo", "/what", PROBE, "/end"]) + "\n"
    code, out, _ = play(capsys, monkeypatch, str(EN), "--db", str(tmp_path / "l.db"), stdin=typed)
    assert code == 0
    assert "Ms. Okafor's parcel is late." in out  # the briefing
    assert "Ask for the order number before you promise anything." in out
    assert "(last reply taken back)" in out and "Commands: /undo" in out
    assert out.count(f"Customer: {EN_OPENING}") == 2  # at the start and again after the undo
    assert "Customer: It's order 5521." in out and "Outcome: unfinished" in out


def test_interactive_session_stays_open_after_the_end_for_undo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = "\n".join([PROBE, RESOLVE, "Anything else?", "/undo"]) + "\n"  # end of input scores like /end
    code, out, err = play(capsys, monkeypatch, str(EN), "--db", str(tmp_path / "l.db"), stdin=typed)
    assert code == 0
    assert "== resolved ==" in out and "The conversation is over" in out
    assert "the conversation has ended" in err  # the reply after the end was refused, not sent
    assert "Outcome: unfinished" in out  # the undo reopened the conversation


def test_interactive_quit_leaves_without_a_score(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = play(capsys, monkeypatch, str(EN), "--db", str(tmp_path / "l.db"), stdin="OK.\n/quit\n")
    assert code == 0 and "Score:" not in out


def test_undo_with_nothing_to_undo_is_a_message_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = play(capsys, monkeypatch, str(EN), "--db", str(tmp_path / "l.db"), stdin="/undo\n")
    assert code == 0 and "no reply to undo" in err


def test_broken_scenario_prints_diagnostics_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = FIXTURES / "broken.yaml"
    code, out, err = play(capsys, monkeypatch, str(broken), "--replies", "-", "--db", str(tmp_path / "l.db"))
    assert code == 1 and out == ""
    assert err.startswith(f"{broken}:") and ": error: " in err
    line, col = err.split(":")[1:3]
    assert line.isdigit() and col.isdigit()


def test_missing_replies_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "nope.txt"
    code, _, err = play(capsys, monkeypatch, str(EN), "--replies", str(missing), "--db", str(tmp_path / "l.db"))
    assert code == 1 and str(missing) in err and "Traceback" not in err


def test_unknown_scenario_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = play(capsys, monkeypatch, "no-such-scenario", "--db", str(tmp_path / "l.db"))
    assert code == 1 and "no-such-scenario" in err


def test_scenario_by_id_from_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = play(
        capsys,
        monkeypatch,
        "broadband-port-full",
        "--replies",
        "-",
        "--json",
        "--db",
        str(tmp_path / "l.db"),
        stdin="OK.\n",
    )
    result = json.loads(out)
    assert code == 0 and result["scenario"] == "broadband-port-full" and len(result["turns"]) == 1


def _subprocess(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "play", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
    )


def test_json_through_a_subprocess(tmp_path: Path) -> None:
    replies = replies_file(tmp_path, "非常抱歉让您久等了。请问您的订单号是多少?", "这不归我们管。")
    proc = _subprocess(str(ZH), "--replies", replies, "--json", "--db", str(tmp_path / "l.db"))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    result = json.loads(out)
    assert result["outcome"] == "escalated" and "FORBIDDEN" in result["turns"][1]["tags"]


def test_a_pipe_drives_a_live_session(tmp_path: Path) -> None:
    """Each reply is answered before the next is written: the command reads stdin line by line."""
    proc = _subprocess(str(EN), "--replies", "-", "--db", str(tmp_path / "l.db"))
    assert proc.stdin and proc.stdout
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()  # type: ignore[union-attr]

    def next_customer_line() -> str:
        while True:
            line = lines.get(timeout=30).rstrip("\n")
            if line.startswith("Customer: "):
                return line

    try:
        assert next_customer_line() == f"Customer: {EN_OPENING}"
        proc.stdin.write(PROBE + "\n")
        proc.stdin.flush()
        assert next_customer_line() == "Customer: It's order 5521."  # answered while stdin is still open
        proc.stdin.write(RESOLVE + "\n")
        proc.stdin.flush()
        assert next_customer_line() == "Customer: Thank you, that's all I wanted."
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
