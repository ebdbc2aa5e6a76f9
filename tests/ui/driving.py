"""Driving the window as a trainee would."""

from PySide6.QtCore import Qt

SCENARIO = "invoice-not-delivered"  # a level-1 scenario: open from the start


def pick(window, qtbot, scenario_id):
    tree = window.picker.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            item = group.child(j)
            if item.data(0, Qt.ItemDataRole.UserRole).id == scenario_id:
                assert not item.isDisabled(), f"{scenario_id} is locked"
                tree.setCurrentItem(item)
                tree.itemActivated.emit(item, 0)
                return
    raise AssertionError(f"{scenario_id} is not in the picker")


def type_reply(qtbot, page, text):
    qtbot.keyClicks(page.reply_box, text)
    qtbot.keyClick(page.reply_box, Qt.Key.Key_Return)
