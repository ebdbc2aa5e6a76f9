"""`present`: open presenter mode for a group session straight away (trainer passphrase required)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "present",
        help="open presenter mode: an audience view for the projector and a trainer console",
        description="Presenter mode for group sessions. With two screens the audience view goes full screen on "
        "the other one; with one screen both share a window and F9 folds the console away.",
    )
    parser.add_argument("--db", metavar="PATH", help="the session database (default: the per-user one)")
    parser.add_argument(
        "--single-window", action="store_true", help="one window even when a second screen is connected"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from simulator.app import apply_settings, build_services
    from simulator.storage.database import StorageError
    from simulator.storage.trainer_store import TrainerStore
    from simulator.ui.presenter.windows import PresenterWindow
    from simulator.ui.settings import AppSettings
    from simulator.ui.trainer.passphrase_dialog import ask_trainer

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Complaint Simulator")
    app.setOrganizationName("ComplaintSimulator")
    settings = AppSettings()
    apply_settings(app, settings)  # type: ignore[arg-type]
    try:
        services, problems = build_services(settings, args.db)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    try:
        if ask_trainer(TrainerStore(services.db)) is None:
            return 1
        window = PresenterWindow(services, two_windows=False if args.single_window else None)
        window.open()
        return app.exec()
    finally:
        services.speech.speaker.close()
