"""Guards against a Qt binding that leaks references to None (PySide6 6.12.0 on Python 3.11):
every void call there drops one, and a long session ends in 'none_dealloc' and an abort."""

import sys

from PySide6.QtWidgets import QLabel, QTableWidget


def test_void_qt_calls_keep_none_alive(qapp):
    label, table = QLabel("x"), QTableWidget(2, 2)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("y")
        table.setCurrentCell(0, 0)
    assert sys.getrefcount(None) - before >= -10  # a little noise from the interpreter, not 400
