"""Presenter mode's windows: the audience view full screen on the chosen screen and the console on the laptop,
or, with a single screen, one window with the console beside the audience view and collapsible (F9).

The room needs high contrast, so the app switches to the contrast theme while presenter mode is open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QVBoxLayout, QWidget

from simulator.ui.presenter.audience import AudienceView
from simulator.ui.presenter.console import PresenterConsole
from simulator.ui.presenter.presenter import Presenter
from simulator.ui.services import Services
from simulator.ui.theme import apply_theme


class AudienceWindow(QWidget):
    """The projector's window: the audience view and nothing else."""

    def __init__(self, view: AudienceView) -> None:
        super().__init__()
        self.setWindowTitle(QCoreApplication.translate("Audience", "Complaint Simulator — audience"))
        self.view = view
        # An explicit minimum: the layout's own, computed with the type of the previous size, would stop the
        # window shrinking to a smaller screen before the type has scaled down to it.
        self.setMinimumSize(320, 240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(view)


class PresenterWindow(QMainWindow):
    def __init__(self, services: Services, two_windows: bool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Complaint Simulator — presenter console"))
        self.resize(1100, 800)
        self.audience = AudienceView()
        self.console = PresenterConsole(services.scenarios.values())
        self.presenter = Presenter(services, self.console, self.audience)
        if two_windows is None:
            two_windows = len(QGuiApplication.screens()) > 1
        self.audience_window: AudienceWindow | None = None
        self.collapse_action = QAction(self.tr("&Console"), self)
        self.collapse_action.setCheckable(True)
        self.collapse_action.setChecked(True)
        self.collapse_action.setShortcut(QKeySequence("F9"))
        self.collapse_action.setToolTip(self.tr("Show or hide the console (F9)"))
        if two_windows:
            self.audience_window = AudienceWindow(self.audience)
            self.setCentralWidget(self.console)
            self.collapse_action.setEnabled(False)
            self.console.screen_box.currentIndexChanged.connect(self.place_audience)
        else:
            splitter = QSplitter(Qt.Orientation.Horizontal)
            splitter.addWidget(self.audience)
            splitter.addWidget(self.console)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            self.setCentralWidget(splitter)
            self.console.screen_box.setEnabled(False)
            self.collapse_action.toggled.connect(self.console.setVisible)
        toolbar = self.addToolBar(self.tr("Presenter"))
        toolbar.setObjectName("presenter-toolbar")
        toolbar.addAction(self.collapse_action)
        self._previous_theme = (
            str(services.settings.get("theme")),
            int(services.settings.get("font_size")),  # type: ignore[call-overload]
        )

    def open(self) -> None:
        """Show the console, and the audience full screen on a screen other than the console's when there is one."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, "contrast", self._previous_theme[1])
        self.show()
        if self.audience_window is not None:
            screens = QGuiApplication.screens()
            others = [i for i, s in enumerate(screens) if s is not self.screen()]
            self.console.screen_box.setCurrentIndex(others[0] if others else 0)
            self.place_audience(self.console.screen_box.currentIndex())

    def place_audience(self, index: int) -> None:
        screens = QGuiApplication.screens()
        if self.audience_window is None or not 0 <= index < len(screens):
            return
        screen = screens[index]
        self.audience_window.setScreen(screen)
        self.audience_window.setGeometry(screen.geometry())
        self.audience_window.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.presenter.run_timer(False)
        if self.audience_window is not None:
            self.audience_window.close()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, *self._previous_theme)
        super().closeEvent(event)
