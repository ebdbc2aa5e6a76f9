"""New scenarios start from assets/templates/scenario_<language>.yaml with the wizard's answers filled in."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

TEMPLATE_DIR = Path(__file__).resolve().parents[3] / "assets" / "templates"


@dataclass(frozen=True)
class NewScenario:
    id: str
    title: str
    language: str  # en | zh
    level: int
    persona: str
    mood: int


def template_text(language: str) -> str:
    return (TEMPLATE_DIR / f"scenario_{language}.yaml").read_text(encoding="utf-8")


def fill_template(answers: NewScenario) -> str:
    """The template for the language with its id, title, level, persona name and mood replaced.

    Values are written as JSON strings, which YAML reads as double-quoted text whatever they contain.
    """
    values = {
        r"^id: .*$": f"id: {answers.id}",
        r"^title: .*$": f"title: {json.dumps(answers.title, ensure_ascii=False)}",
        r"^level: .*$": f"level: {answers.level}",
        r"^  name: .*$": f"  name: {json.dumps(answers.persona, ensure_ascii=False)}",
        r"^  mood: .*$": f"  mood: {answers.mood}",
    }
    text = template_text(answers.language)
    for pattern, line in values.items():
        text = re.sub(pattern, line.replace("\\", r"\\"), text, count=1, flags=re.MULTILINE)  # literal text
    return text
