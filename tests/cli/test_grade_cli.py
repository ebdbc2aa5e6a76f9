"""`grade --jsonl FILE`: tags with the real tagger, prints one JSON result per line, reports bad lines clearly."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from simulator.cli import main

EXPERT = {
    "id": "parcel-expert",
    "language": "en",
    "turns": [
        {
            "customer": "My parcel still hasn't arrived after two weeks. This is ridiculous.",
            "reply": "I'm so sorry, I can hear how frustrating this is. Could you give me the tracking number?",
        },
        {
            "customer": "AB123.",
            "reply": "Thank you. I'll send a replacement today by express at no cost, and I'll call you on Friday "
            "to make sure it arrived.",
        },
    ],
}
POOR = {
    "id": "parcel-poor",
    "language": "en",
    "turns": [
        {
            "customer": "My parcel still hasn't arrived after two weeks. This is ridiculous.",
            "reply": "That's not my department, call the courier.",
        },
    ],
}
ZH = {
    "id": 7,
    "language": "zh",
    "turns": [{"customer": "我的快递半个月了还没到,太过分了!", "reply": "这不归我们管,您去找快递公司吧。"}],
}


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]], str]:
    code = main(["grade", *args])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_grades_each_line_with_the_real_tagger(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, json.dumps(EXPERT), "", json.dumps(POOR))
    code, results, err = run(capsys, "--jsonl", str(path))
    assert code == 0 and err == ""
    assert [r["id"] for r in results] == ["parcel-expert", "parcel-poor"]
    assert set(results[0]) == {"id", "total", "steps", "penalties", "feedback", "learned"}
    expert, poor = results
    assert expert["total"] > poor["total"]
    assert len(expert["learned"]["replies"]) == 2 and expert["learned"]["score"] > poor["learned"]["score"]  # type: ignore[index]
    assert poor["total"] <= 59
    assert any(p["code"] == "forbidden" for p in poor["penalties"])  # type: ignore[union-attr, index]
    assert any(f["quote"] and "department" in f["quote"] for f in poor["feedback"])  # type: ignore[union-attr, index]


def test_reads_stdin_and_keeps_chinese_readable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(ZH, ensure_ascii=False) + "\n"))
    code = main(["grade", "--jsonl", "-"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "这不归我们管" in out  # not \u escapes
    result = json.loads(out)
    assert result["id"] == 7
    assert any("禁用语" in p["message"] for p in result["penalties"])


def test_bad_lines_are_reported_with_file_and_line_and_the_rest_still_graded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        json.dumps(EXPERT),
        "{not json",
        json.dumps({"id": "x", "language": "fr", "turns": EXPERT["turns"]}),
        json.dumps({"id": "y", "language": "en", "turns": [{"customer": "hi"}]}),
        json.dumps({"language": "en", "turns": EXPERT["turns"]}),
        "[1, 2]",
    )
    code, results, err = run(capsys, "--jsonl", str(path))
    assert code == 1
    assert [r["id"] for r in results] == ["parcel-expert"]
    lines = err.splitlines()
    assert [line.split(": error: ")[0] for line in lines] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6)]
    assert "not valid JSON" in lines[0] and "language" in lines[1] and "turn 1" in lines[2]
    assert '"id"' in lines[3] and "object" in lines[4]
    assert "Traceback" not in err


def test_a_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, results, err = run(capsys, "--jsonl", str(tmp_path / "nope.jsonl"))
    assert code == 1 and results == []
    assert err.startswith(f"{tmp_path / 'nope.jsonl'}: error: cannot read")


def test_the_same_input_grades_the_same_every_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, json.dumps(EXPERT), json.dumps(ZH, ensure_ascii=False))
    assert run(capsys, "--jsonl", str(path)) == run(capsys, "--jsonl", str(path))
