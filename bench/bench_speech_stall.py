"""The longest stall of the GUI thread while the customer speaks a long line (target under 50 ms).

A 5 ms timer runs on the GUI thread while the real pyttsx3 worker speaks; the largest gap between
its ticks is how long the window could not respond. Needs espeak-ng.
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from simulator.speech import Line  # noqa: E402
from simulator.speech.pyttsx3_speaker import Pyttsx3Speaker  # noqa: E402
from simulator.ui.speech_bridge import SpeechBridge  # noqa: E402

LINES = {
    "en": "I applied for broadband three weeks ago, I took a day off work for the engineer, nobody came, "
    "nobody called, and now your colleague tells me the port in my building is full and that is simply the rule. "
    "I am seventy-two years old and I need the internet to talk to my grandchildren. What are you going to do?",
    "zh": "我三个星期前就申请了宽带,专门请了一天假在家等师傅,结果没人来也没人打电话,现在你们同事又说我们楼的端口满了,"
    "说这是规定没办法。我都七十二岁了,就靠网络跟孙子视频,你们到底打算怎么解决?",
}


def longest_stall(app: QApplication, bridge: SpeechBridge, line: Line) -> tuple[float, float]:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    bridge.finished.connect(loop.quit)
    timer.start()
    start = time.perf_counter()
    bridge.say(line)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)] or [0.0]
    return max(gaps), time.perf_counter() - start


def main() -> None:
    app = QApplication(sys.argv)
    bridge = SpeechBridge(Pyttsx3Speaker())
    for language, text in LINES.items():
        stall, spoken = longest_stall(app, bridge, Line(language, text, language, "male", 70))
        print(
            f"{language}: spoke {len(text)} characters in {spoken:.2f} s; longest GUI stall {stall * 1000:.1f} ms "
            "(target < 50 ms)"
        )
    bridge.speaker.close()


if __name__ == "__main__":
    main()
