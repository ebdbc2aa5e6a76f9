"""`python main.py score`: one reply, or a JSONL file, as JSON with evidence."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from simulator.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]], str]:
    code = main(["score", *args])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_one_reply_prints_tags_and_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "I'm so sorry. Could you give me the order number?")
    assert code == 0
    assert out == [
        {
            "tags": ["APOLOGIZE", "PROBE"],
            "evidence": {
                "APOLOGIZE": [{"start": 7, "end": 12, "text": "sorry"}],
                "PROBE": [{"start": 14, "end": 49, "text": "Could you give me the order number?"}],
            },
        }
    ]


def test_chinese_is_printed_unescaped(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["score", "--lang", "zh", "您冷静一点!"])
    out = capsys.readouterr().out
    assert code == 0 and "冷静" in out
    assert json.loads(out)["tags"] == ["FORBIDDEN"]


def test_jsonl_file_carries_ids_and_reports_bad_lines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "replies.jsonl"
    lines = [
        json.dumps({"id": "a", "reply": "Calm down."}),
        "not json",
        json.dumps({"id": "b", "reply": "Sorry.", "customer": "You double charged me."}),
        json.dumps({"id": "c"}),
        "",
        json.dumps({"reply": "OK."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "--jsonl", str(path))
    assert code == 1
    assert [o.get("id") for o in out] == ["a", "b", None]
    assert [o["tags"] for o in out] == [["FORBIDDEN"], ["APOLOGIZE"], []]
    assert f"{path}:2: error: not valid JSON" in err
    assert f'{path}:4: error: expected "reply" as a string' in err
    assert "Traceback" not in err


def test_jsonl_from_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"id": 7, "reply": "请问您的订单号是多少?"}) + "\n"))
    code, out, _ = run(capsys, "--jsonl", "-")
    assert code == 0
    assert out[0]["id"] == 7 and out[0]["tags"] == ["PROBE"]


def test_missing_file_and_missing_input_are_clear_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--jsonl", str(tmp_path / "nope.jsonl"))
    assert code == 1 and "nope.jsonl" in err and "Traceback" not in err
    code, _, err = run(capsys)
    assert code == 2 and "give either TEXT or --jsonl FILE" in err
