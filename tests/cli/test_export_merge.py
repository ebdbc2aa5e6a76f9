"""The `export` and `merge` commands, driven through their argparse registration."""

import argparse
import csv
import io
import json

import pytest

from simulator.commands import export, merge
from simulator.core.grading_types import Scorecard
from simulator.core.records import SessionInfo, TurnRecord
from simulator.core.tags import Tag, TaggedReply
from simulator.storage.session_log import SessionLog


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers()
    export.register(commands)
    merge.register(commands)
    args = parser.parse_args(argv)
    return args.func(args)


def record_session(path, session_id: str, trainee: str, replies: list[str]) -> None:
    with SessionLog(path) as log:
        log.session_started(SessionInfo(session_id, trainee, "router", "Router", "zh", "2026-11-20T09:00:00+00:00"))
        for index, reply in enumerate(replies):
            tagged = TaggedReply(reply, "zh", (Tag.APOLOGIZE,))
            log.turn_sent(session_id, TurnRecord(index, "n1", "路由器坏了", tagged, 3, "query", "2026-11-20T09:01:00Z"))
        log.session_finished(session_id, "resolved", Scorecard(total=64, steps={"APOLOGIZE": 100}))


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "desk.db"
    record_session(path, "s1", "李雷", ["非常抱歉", "=cmd|' /C calc'!A0"])
    return path


def test_export_csv_to_a_file(log_file, tmp_path, capsys):
    out = tmp_path / "turns.csv"
    assert run("export", "--db", str(log_file), "--format", "csv", "--out", str(out)) == 0
    assert "Wrote 2 turns" in capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert [(r["trainee"], r["reply"]) for r in rows] == [("李雷", "非常抱歉"), ("李雷", "'=cmd|' /C calc'!A0")]


def test_export_jsonl_to_stdout(log_file, capsysbinary):
    assert run("export", "--db", str(log_file), "--format", "jsonl") == 0
    [session] = [json.loads(line) for line in capsysbinary.readouterr().out.decode("utf-8").splitlines()]
    assert session["trainee"] == "李雷" and len(session["turns"]) == 2 and session["score"]["total"] == 64


@pytest.mark.parametrize("command", ["export --db {missing}", "merge {missing} --into {tmp}/all.db"])
def test_missing_database_is_a_one_line_error(command, tmp_path, capsys):
    missing = tmp_path / "nowhere.db"
    assert run(*command.format(missing=missing, tmp=tmp_path).split()) == 1
    err = capsys.readouterr().err
    assert err == f"error: {missing}: no such database file\n"
    assert not (tmp_path / "all.db").exists()


def test_export_to_an_unwritable_place_is_a_one_line_error(log_file, tmp_path, capsys):
    assert run("export", "--db", str(log_file), "--out", str(tmp_path / "no" / "such" / "dir.csv")) == 1
    assert capsys.readouterr().err.startswith(f"error: {tmp_path / 'no' / 'such' / 'dir.csv'}: ")


def test_merge_twice_adds_nothing_the_second_time(log_file, tmp_path, capsys):
    other = tmp_path / "desk2.db"
    record_session(other, "s2", "李雷", ["我马上处理"])
    into = tmp_path / "all.db"
    assert run("merge", str(log_file), str(other), "--into", str(into)) == 0
    first = capsys.readouterr().out
    assert "trainees +1 ~0, sessions +2 ~0, participants +0 ~0, turns +3 ~0, scores +2 ~0" in first
    assert run("merge", str(log_file), str(other), "--into", str(into)) == 0
    second = capsys.readouterr().out
    assert "trainees +0 ~0, sessions +0 ~0, participants +0 ~0, turns +0 ~0, scores +0 ~0" in second


def test_merge_of_a_non_database_names_it(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello\n" * 200)
    assert run("merge", str(notes), "--into", str(tmp_path / "all.db")) == 1
    assert capsys.readouterr().err == f"error: {notes}: file is not a database\n"
