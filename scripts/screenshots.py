"""Screenshots of the trainee's main views at 1366x768 and 1920x1080, in English and Chinese.

Run under a real X server: `xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots.py`
(or `bash scripts/screenshots`). Writes screenshots/out/<lang>-<width>x<height>-<view>.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from simulator.app import apply_settings, build_services
from simulator.speech import NullSpeaker
from simulator.ui.main_window import MainWindow
from simulator.ui.settings import AppSettings

OUT = Path(__file__).resolve().parent.parent / "screenshots" / "out"
SIZES = ((1366, 768), (1920, 1080))
SCRIPTS = {
    "en": (
        "broadband-port-full",
        [
            "Good morning. Could you tell me your application number, please?",
            "I'm so sorry it has taken three weeks, that's not good enough.",
            "Calm down, it's the rule.",
        ],
    ),
    "zh": (
        "broadband-port-full-zh",
        ["您好,请问您的申请单号是多少?", "真的非常抱歉,让您等了这么久,这是我们的失误。", "这是规定,我也没办法。"],
    ),
}


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot(app: QApplication, window: MainWindow, name: str) -> None:
    settle(app)
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / f"{name}.png"))


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        for language, (scenario_id, replies) in SCRIPTS.items():
            if len(sys.argv) > 1 and language not in sys.argv[1:]:
                continue
            settings = AppSettings(QSettings(f"{tmp}/{language}.ini", QSettings.Format.IniFormat))
            settings.set("language", language)
            settings.set("profile", "王芳" if language == "zh" else "Sam Taylor")
            apply_settings(app, settings)
            services, _ = build_services(settings, f"{tmp}/{language}.db", NullSpeaker())
            for width, height in SIZES:
                window = MainWindow(services)
                window.resize(width, height)
                window.show()
                prefix = f"{language}-{width}x{height}"
                window.play(services.scenarios[scenario_id])
                for reply in replies:
                    window.conversation.send(reply)
                shoot(app, window, f"{prefix}-conversation")
                window.conversation.end()
                shoot(app, window, f"{prefix}-scorecard")
                window.show_picker()
                shoot(app, window, f"{prefix}-picker")
                window.show_history()
                shoot(app, window, f"{prefix}-history")
                window.show_profiles()
                shoot(app, window, f"{prefix}-profile")
                window.close()
                window.deleteLater()
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
