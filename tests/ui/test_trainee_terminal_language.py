"""The terminal role-play (`play`) labels its transcript in the scenario's language; --json stays as it was."""

import argparse
import io
import json
import sys
from pathlib import Path

from simulator.commands import play as play_command

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "play"
REPLIES = ["非常抱歉让您久等了。请问您的订单号是多少?", "/undo", "我马上为您安排明天上午免费重新派送。"]


def play(capsys, monkeypatch, *args):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    parser = argparse.ArgumentParser()
    play_command.register(parser.add_subparsers())
    parsed = parser.parse_args(["play", *args])
    code = parsed.func(parsed)
    return code, capsys.readouterr().out


def test_a_chinese_scenario_is_labelled_in_chinese(tmp_path, capsys, monkeypatch):
    replies = tmp_path / "replies.txt"
    replies.write_text("\n".join(REPLIES) + "\n", encoding="utf-8")
    scenario = str(FIXTURES / "parcel-late-zh.yaml")
    code, out = play(capsys, monkeypatch, scenario, "--replies", str(replies), "--db", str(tmp_path / "l.db"))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("客户：") and lines[1] == "你：" + REPLIES[0]
    assert "（已撤回上一句）" in out and any(line.startswith("得分：") for line in lines)
    for english in ("Customer:", "You:", "Outcome:", "Score:", "taken back", " mood "):
        assert english not in out, english

    code, out = play(capsys, monkeypatch, scenario, "--replies", str(replies), "--json", "--db", str(tmp_path / "l.db"))
    result = json.loads(out)  # the machine-readable output has no labels to translate
    assert code == 0 and set(result) == {"scenario", "outcome", "turns", "score", "session_id"}
