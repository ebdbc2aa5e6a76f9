"""The Chinese translations keep what the code and Qt rely on: placeholders, accelerator keys and file filters,
and use full-width punctuation beside Chinese text as mainland software does."""

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

TS = Path(__file__).resolve().parents[2] / "assets" / "i18n" / "complaint_sim_zh_CN.ts"
# %1 and %n are filled by the code or Qt, {name} by str.format, tags by rich text.
PLACEHOLDER = re.compile(r"%\d|%n|%v|\{\w*\}|<[^>]+>")
ACCELERATOR = re.compile(r"&(\w)")  # "&&" (a literal ampersand) never occurs in the sources
CHINESE_ACCELERATOR = re.compile(r"\(&([A-Za-z0-9])\)")  # "保存(&S)"
FILE_FILTER = re.compile(r"\(\*\.[^)]*\)")  # Qt parses "(*.pdf)" in a file dialog's filter: ASCII brackets only
HALF_WIDTH_BESIDE_CHINESE = re.compile(r"[\u4e00-\u9fff][,:?!;()]|[,:?!;(][\u4e00-\u9fff]")


def problems(ts: Path) -> list[str]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        messages = [(m.findtext("source") or "", m.findtext("translation") or "") for m in context.iter("message")]
        shared = {
            k for k, n in Counter(k.upper() for s, _ in messages for k in ACCELERATOR.findall(s)).items() if n > 1
        }
        taken: Counter[str] = Counter()
        for source, text in messages:
            where = f"{name}: {source!r} -> {text!r}"
            if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                found.append(f"placeholders differ — {where}")
            if FILE_FILTER.findall(text) != FILE_FILTER.findall(source):
                found.append(f"file filter changed — {where}")
            if HALF_WIDTH_BESIDE_CHINESE.search(FILE_FILTER.sub("", CHINESE_ACCELERATOR.sub("", text))):
                found.append(f"half-width punctuation beside Chinese — {where}")
            wanted = [k.upper() for k in ACCELERATOR.findall(source)]
            got = [k.upper() for k in CHINESE_ACCELERATOR.findall(text)]
            if len(got) != len(wanted) or len(ACCELERATOR.findall(text)) != len(wanted):
                found.append(f"accelerator not in the form 文字(&X) — {where}")
            # The source's letter, unless two sources here share it (then the Chinese picks a free one).
            elif any(have != want and want not in shared for want, have in zip(wanted, got, strict=True)):
                found.append(f"accelerator letter changed — {where}")
            taken.update(got)
        found += [f"accelerator &{k} used twice — {name}" for k, n in taken.items() if n > 1 and k not in shared]
    return found


def test_the_translations_keep_placeholders_accelerators_filters_and_chinese_punctuation():
    assert problems(TS) == []


def test_each_kind_of_slip_is_caught(tmp_path):
    broken = tmp_path / "broken.ts"
    broken.write_text(
        """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN"><context><name>W</name>
        <message><source>Reply %1: %2</source><translation>第 %1 句回复</translation></message>
        <message><source>PDF files (*.pdf)</source><translation>PDF 文件（*.pdf）</translation></message>
        <message><source>Phase: %1</source><translation>阶段:%1</translation></message>
        <message><source>&amp;Save</source><translation>&amp;保存</translation></message>
        <message><source>&amp;Open</source><translation>打开(&amp;P)</translation></message>
        <message><source>&amp;Print</source><translation>打印(&amp;P)</translation></message>
        </context></TS>""",
        encoding="utf-8",
    )
    kinds = [p.split(" — ")[0] for p in problems(broken)]
    assert kinds == [
        "placeholders differ",
        "file filter changed",
        "half-width punctuation beside Chinese",
        "accelerator not in the form 文字(&X)",
        "accelerator letter changed",
        "accelerator &P used twice",
    ]
