"""The gate to the trainer tools: sets the passphrase on first use, asks for it afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from simulator.core.trainer_auth import MIN_LENGTH, PassphraseError
from simulator.storage.trainer_store import TrainerStore


class PassphraseDialog(QDialog):
    def __init__(self, store: TrainerStore, trainer: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.first_use = not store.is_set()
        self.setWindowTitle(self.tr("Set the trainer passphrase") if self.first_use else self.tr("Trainer access"))
        self.name = QLineEdit(trainer)
        self.name.setAccessibleName(self.tr("Your name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setAccessibleName(self.tr("Passphrase again"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        form = QFormLayout(self)
        if self.first_use:
            intro = QLabel(
                self.tr("No trainer passphrase is set yet. Choose one of at least %1 characters.").replace(
                    "%1", str(MIN_LENGTH)
                )
            )
            intro.setWordWrap(True)
            form.addRow(intro)
        form.addRow(self.tr("Your &name"), self.name)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        if self.first_use:
            form.addRow(self.tr("&Again"), self.confirmation)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        (self.passphrase if trainer else self.name).setFocus()

    @property
    def trainer(self) -> str:
        return self.name.text().strip()

    def accept(self) -> None:
        if not self.trainer:
            self._refuse(self.tr("Please give your name: overrides are signed with it."), self.name)
            return
        if self.first_use:
            try:
                self.store.set_first(self.passphrase.text(), self.confirmation.text())
            except PassphraseError as exc:
                problems = {
                    "too_short": self.tr("The passphrase needs at least %1 characters.").replace("%1", str(MIN_LENGTH)),
                    "mismatch": self.tr("The two passphrases differ."),
                }
                self._refuse(problems[exc.code], self.passphrase)
                return
        elif not self.store.verify(self.passphrase.text()):
            self._refuse(self.tr("Wrong passphrase."), self.passphrase)
            return
        super().accept()

    def _refuse(self, message: str, field: QLineEdit) -> None:
        self.message.setText(message)
        if field is self.passphrase:
            self.passphrase.clear()
            self.confirmation.clear()
        field.setFocus()


def ask_trainer(store: TrainerStore, trainer: str = "", parent: QWidget | None = None) -> str | None:
    """The trainer's name once the passphrase is set or given; None if they cancel."""
    dialog = PassphraseDialog(store, trainer, parent)
    return dialog.trainer if dialog.exec() == QDialog.DialogCode.Accepted else None
