import csv
import io
import json

import pytest
from storage_samples import info, scorecard, turn

from simulator.storage.csv_safety import neutralise_cell
from simulator.storage.export import CSV_COLUMNS, export
from simulator.storage.session_log import SessionLog

RISKY = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


@pytest.fixture
def db():
    log = SessionLog(":memory:")
    log.session_started(info("late", trainee="王小明", started_at="2026-11-21T09:00:00+00:00", language="zh"))
    log.turn_sent("late", turn(0, reply="非常抱歉,给您添麻烦了。", customer="我的路由器坏了!"))
    log.session_started(info("early", started_at="2026-11-20T09:00:00+00:00"))
    for index, reply in enumerate(RISKY):
        log.turn_sent("early", turn(index, reply=reply))
    log.turn_undone("early", 2)
    log.session_finished("early", "resolved", scorecard(66))
    yield log.db
    log.close()


def exported(db, fmt) -> bytes:
    out = io.BytesIO()
    export(db, fmt, out)
    return out.getvalue()


@pytest.mark.parametrize("cell", RISKY)
def test_formula_starts_get_a_quote(cell):
    assert neutralise_cell(cell) == "'" + cell


@pytest.mark.parametrize("value", ["Sorry =)", "", "请问订单号?", 42, -3, None])
def test_other_values_pass_unchanged(value):
    assert neutralise_cell(value) == value


def test_csv_is_utf8_with_bom_and_one_row_per_turn(db):
    data = exported(db, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [(r["session_id"], r["idx"]) for r in rows] == [("early", str(i)) for i in range(6)] + [("late", "0")]
    chinese = rows[-1]
    assert (chinese["trainee"], chinese["reply"], chinese["customer"]) == (
        "王小明",
        "非常抱歉,给您添麻烦了。",
        "我的路由器坏了!",
    )
    assert chinese["total"] == "" and chinese["outcome"] == ""
    first = rows[0]
    assert (first["trainee"], first["outcome"], first["total"], first["language"]) == ("Alice", "resolved", "66", "en")
    assert [r["undone"] for r in rows[:3]] == ["0", "0", "1"]
    assert (rows[0]["tags"], rows[-1]["tags"]) == ("", "APOLOGIZE")
    assert rows[0]["anger"] == "5"


def test_csv_neutralises_every_risky_reply(db):
    rows = list(csv.DictReader(io.StringIO(exported(db, "csv").decode("utf-8-sig"), newline="")))
    assert [r["reply"] for r in rows[:6]] == ["'" + cell for cell in RISKY]


def test_jsonl_is_one_session_per_line_with_turns_and_score(db):
    lines = exported(db, "jsonl").decode("utf-8").splitlines()
    early, late = (json.loads(line) for line in lines)
    assert (early["id"], late["id"]) == ("early", "late")
    assert [t["reply"] for t in early["turns"]] == RISKY  # JSON is not a spreadsheet: text stays as typed
    assert [t["undone"] for t in early["turns"]] == [False, False, True, False, False, False]
    assert early["score"]["total"] == 66 and early["score"]["steps"]["APOLOGIZE"] == 90
    assert late["score"] is None
    assert late["turns"][0]["evidence"] == {"APOLOGIZE": [{"start": 2, "end": 4, "text": "抱歉"}]}
    assert "非常抱歉" in lines[1]  # readable UTF-8, not \\u escapes


def test_export_leaves_the_callers_stream_open(db):
    out = io.BytesIO()
    assert export(db, "jsonl", out) == 2
    assert export(db, "csv", out) == 7
    assert not out.closed
