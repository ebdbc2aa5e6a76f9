"""Screenshots of presenter mode's audience view (1920x1080 and 1280x720) and of the trainer's dashboard.

Run under a real X server:
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/trainer_screenshots.py
Writes screenshots/out/trainer-audience-<width>x<height>.png and trainer-dashboard.png (English and Chinese).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from bench_dashboard import fill  # noqa: E402

from simulator.app import apply_settings, build_services  # noqa: E402
from simulator.speech import NullSpeaker  # noqa: E402
from simulator.ui.presenter.windows import PresenterWindow  # noqa: E402
from simulator.ui.settings import AppSettings  # noqa: E402
from simulator.ui.trainer.tools_window import TrainerWindow  # noqa: E402

OUT = ROOT / "screenshots" / "out"
AUDIENCE_SIZES = ((1920, 1080), (1280, 720))
GROUP = {
    "en": ("broadband-port-full", "Ann, Bob, Chen", ["Good morning. Could you tell me your application number, please?",
                                                     "I'm so sorry it has taken three weeks, that's not good enough."]),
    "zh": ("broadband-port-full-zh", "王芳, 李雷", ["您好,请问您的申请单号是多少?",
                                                   "真的非常抱歉,让您等了这么久,这是我们的失误。"]),
}  # fmt: skip


def shoot(app: QApplication, widget: QWidget, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    image = widget.grab()
    image.save(str(OUT / f"{name}.png"))
    print(f"{OUT / name}.png  {image.width()}x{image.height()}")


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        for language, (scenario_id, people, replies) in GROUP.items():
            settings = AppSettings(QSettings(f"{tmp}/{language}.ini", QSettings.Format.IniFormat))
            settings.set("language", language)
            apply_settings(app, settings)
            services, _ = build_services(settings, f"{tmp}/{language}.db", NullSpeaker())
            fill(services.db, trainees=40, sessions=4000)

            presenter = PresenterWindow(services, two_windows=True)
            presenter.open()
            console = presenter.console
            console.scenario_box.setCurrentIndex(console.scenario_box.findData(scenario_id))
            console.participants_edit.setText(people)
            presenter.presenter.start()
            for reply, proposer in zip(replies, console.participants(), strict=False):
                console.proposer_box.setCurrentText(proposer)
                presenter.presenter.send(reply)
            presenter.presenter.explain()
            console.timer_button.setChecked(True)
            audience = presenter.audience_window
            assert audience is not None
            for width, height in AUDIENCE_SIZES:
                audience.hide()  # leave full screen, so the window takes exactly the size asked for
                audience.setWindowState(Qt.WindowState.WindowNoState)
                audience.setGeometry(0, 0, width, height)
                audience.show()
                shoot(app, audience, f"trainer-audience-{language}-{width}x{height}")
            presenter.close()

            tools = TrainerWindow(services, "Trainer")
            tools.resize(1600, 950)
            tools.show()
            tools.tabs.setCurrentWidget(tools.dashboard)
            shoot(app, tools, f"trainer-dashboard-{language}")
            tools.close()
            services.db.close()


if __name__ == "__main__":
    main()
