"""Where the trainer passphrase's hash lives: one row of the session database, never the passphrase itself."""

from __future__ import annotations

from sqlite_utils import Database

from simulator.core.trainer_auth import PassphraseHash, check_new_passphrase, hash_passphrase, verify_passphrase
from simulator.storage.transaction import write_transaction

_ROW_ID = 1


class TrainerStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def stored(self) -> PassphraseHash | None:
        row = self.db.execute("SELECT salt, hash, params FROM trainer_auth WHERE id = ?", [_ROW_ID]).fetchone()
        return PassphraseHash.from_stored(bytes(row[0]), bytes(row[1]), str(row[2])) if row else None

    def is_set(self) -> bool:
        return self.stored() is not None

    def set_first(self, passphrase: str, confirmation: str) -> None:
        """Set the passphrase on first use; once set it can only be changed knowing it (see `change`)."""
        check_new_passphrase(passphrase, confirmation)
        self._write(hash_passphrase(passphrase), first=True)

    def change(self, current: str, passphrase: str, confirmation: str) -> bool:
        """Replace the passphrase; False (and nothing changed) when `current` is wrong."""
        if not self.verify(current):
            return False
        check_new_passphrase(passphrase, confirmation)
        self._write(hash_passphrase(passphrase), first=False)
        return True

    def verify(self, passphrase: str) -> bool:
        stored = self.stored()
        return stored is not None and verify_passphrase(passphrase, stored)

    def _write(self, hashed: PassphraseHash, first: bool) -> None:
        row = [_ROW_ID, hashed.salt, hashed.hash, hashed.params]
        with write_transaction(self.db):
            if first:
                # INSERT without REPLACE: a second "first use" (say, from another workstation) cannot overwrite.
                if self.db.execute("SELECT 1 FROM trainer_auth").fetchone():
                    raise PermissionError("a trainer passphrase is already set")
                self.db.execute("INSERT INTO trainer_auth (id, salt, hash, params) VALUES (?, ?, ?, ?)", row)
            else:
                self.db.execute("REPLACE INTO trainer_auth (id, salt, hash, params) VALUES (?, ?, ?, ?)", row)
