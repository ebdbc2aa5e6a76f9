"""Screenshots of the scenario editor and of the graph of the largest scenario.

Run under a real X server:
`xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/editor_screenshots.py [--out FOLDER]`
Writes editor.png (the whole window, graph tab), playtest.png (the play-test tab after two replies) and
graph.png (the whole graph at full size) of the largest scenario, and bilingual.png (the side-by-side view of
the largest scenario with a file in the other language) to screenshots/out/editor/.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from simulator.core.library import default_scenario_dir, scenario_files  # noqa: E402
from simulator.core.lint_pairs import find_partner  # noqa: E402
from simulator.core.loader import check_file  # noqa: E402
from simulator.core.scoring import load_grader, load_tagger  # noqa: E402
from simulator.storage.database import open_database  # noqa: E402
from simulator.ui.editor.window import EditorWindow  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "screenshots" / "out" / "editor"


def largest_scenarios() -> tuple[Path, Path | None]:
    """The scenario with the most nodes, and the largest that has a file in the other language."""
    sizes = []
    for path in scenario_files([default_scenario_dir()]):
        scenario, _ = check_file(path)
        if scenario is not None:
            sizes.append((len(scenario.nodes), path.stat().st_size, path))
    sizes.sort(reverse=True)
    paired = next((path for *_, path in sizes if find_partner(path, [default_scenario_dir()])), None)
    return sizes[0][2], paired


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def whole_graph(window: EditorWindow, target: Path) -> None:
    scene = window.graph.scene()
    area = scene.sceneRect()
    image = QImage(int(area.width()), int(area.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    image.save(str(target))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write the PNG files (default: {OUT})")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    path, paired = largest_scenarios()
    window = EditorWindow(load_tagger(), load_grader(), open_database(":memory:"))
    window.resize(1900, 1040)
    window.show()
    if not window.open_file(path):
        print(f"{path}: cannot open", file=sys.stderr)
        return 1
    scenario = window.pane.scenario
    assert scenario is not None
    window.pane.editor.go_to_line(scenario.nodes[scenario.start].pos.line)
    window.graph.fit()
    settle(app)
    window.grab().save(str(args.out / "editor.png"))
    whole_graph(window, args.out / "graph.png")
    window.play_from_cursor()
    examples = [e for node in scenario.nodes.values() for e in node.examples if node.id == scenario.start]
    window.playtest.send_reply(examples[0].reply if examples else "I'm so sorry. Could you tell me what happened?")
    window.playtest.send_reply("I'll call you back tomorrow by 5 pm to confirm it's fixed.")
    settle(app)
    window.grab().save(str(args.out / "playtest.png"))
    written = ["editor.png", "graph.png", "playtest.png"]
    if paired is not None and window.open_file(paired):
        window.open_side_by_side()
        view = window.side_by_side[-1]
        view.resize(1900, 1040)
        settle(app)
        view.grab().save(str(args.out / "bilingual.png"))
        written.append(f"bilingual.png ({paired.name})")
    print(f"{path.name} ({len(scenario.nodes)} nodes): wrote {', '.join(written)} to {args.out}")
    window.pane.editor.document().setModified(False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
