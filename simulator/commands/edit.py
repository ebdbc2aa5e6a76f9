"""`edit [FILE] [--db PATH]`: open the scenario editor (live lint, graph, play-test, coverage from the log)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("edit", help="open the scenario editor")
    parser.add_argument("file", nargs="?", metavar="FILE", help="a scenario file to open (default: a new one)")
    parser.add_argument("--db", metavar="PATH", help="the session log to show coverage from (default: the app's own)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Qt and the scorer are imported here so the other commands start without them.
    from PySide6.QtWidgets import QApplication

    from simulator.app import apply_settings
    from simulator.core.scoring import load_grader, load_tagger
    from simulator.storage.database import StorageError, open_database
    from simulator.ui.editor.template import NewScenario, fill_template
    from simulator.ui.editor.window import EditorWindow
    from simulator.ui.settings import AppSettings

    path = Path(args.file) if args.file else None
    if path is not None and not path.is_file():
        print(f"{path}: no such scenario file", file=sys.stderr)
        return 1
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Complaint Simulator")
    app.setOrganizationName("ComplaintSimulator")
    apply_settings(app, AppSettings())
    try:
        db = open_database(args.db)
    except StorageError as e:
        print(f"{e}; coverage is off", file=sys.stderr)
        db = None
    window = EditorWindow(load_tagger(), load_grader(), db)
    if path is None:
        window.start_new(fill_template(NewScenario("new-scenario", "A new scenario", "en", 1, "Ms. Example", 30)))
    elif not window.open_file(path):
        return 1
    window.show()
    return app.exec()
