"""What the app remembers between runs (QSettings): the last profile and the trainee's choices."""

from __future__ import annotations

from PySide6.QtCore import QSettings

DEFAULTS: dict[str, object] = {
    "profile": "",
    "language": "en",  # interface language: en | zh
    "theme": "light",  # light | dark | contrast
    "font_size": 11,
    "muted": False,
    "pass_mark": 80,
}


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._qs = settings or QSettings("ComplaintSimulator", "ComplaintSimulator")

    def get(self, key: str) -> object:
        default = DEFAULTS[key]
        value = self._qs.value(key, default)
        # QSettings hands back strings from INI files; restore the default's type.
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(str(value))
            except (TypeError, ValueError):
                return default
        return str(value)

    def set(self, key: str, value: object) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._qs.setValue(key, value)
        self._qs.sync()

    @property
    def language(self) -> str:
        return str(self.get("language"))

    @property
    def muted(self) -> bool:
        return bool(self.get("muted"))

    @property
    def pass_mark(self) -> int:
        return int(str(self.get("pass_mark")))
