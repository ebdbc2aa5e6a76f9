"""Every visible string of the interface has a Chinese translation, and the compiled file is current."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "assets" / "i18n" / "complaint_sim_zh_CN.ts"


def tool(name):
    """The Qt tool installed beside this Python (in the virtual environment)."""
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def test_every_interface_string_is_translated(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "simulator" / "ui").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    wanted = messages(fresh)
    have = messages(TS)
    assert len(wanted) > 50
    missing = [key for key in wanted if key not in have]
    untranslated = [
        key for key, tr in have.items() if key in wanted and (tr.get("type") or not (tr.text or "").strip())
    ]
    assert not missing, f"run scripts/i18n and translate: {missing[:10]}"
    assert not untranslated, f"translate in {TS.name}: {untranslated[:10]}"


def test_the_compiled_translations_are_current(tmp_path):
    compiled = tmp_path / "zh.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run scripts/i18n"
