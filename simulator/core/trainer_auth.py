"""The trainer's passphrase: kept only as a salted scrypt hash, checked in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

MIN_LENGTH = 8
SALT_BYTES = 16
# scrypt cost: 2^14 x 8 blocks needs 16 MiB and about 50 ms, slow enough to hinder guessing a stolen hash.
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**14, 8, 1
KEY_BYTES = 32


class PassphraseError(ValueError):
    """A new passphrase that cannot be used; `code` (too_short | mismatch) lets the interface word it."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PassphraseHash:
    salt: bytes
    hash: bytes
    n: int = DEFAULT_N
    r: int = DEFAULT_R
    p: int = DEFAULT_P

    @property
    def params(self) -> str:
        """The scrypt parameters as stored beside the hash, so they can be raised later without breaking old hashes."""
        return f"scrypt:n={self.n},r={self.r},p={self.p}"

    @classmethod
    def from_stored(cls, salt: bytes, hash_: bytes, params: str) -> PassphraseHash:
        scheme, _, values = params.partition(":")
        if scheme != "scrypt":
            raise ValueError(f"unknown passphrase hash scheme {scheme!r}")
        fields = dict(item.split("=", 1) for item in values.split(","))
        return cls(salt, hash_, int(fields["n"]), int(fields["r"]), int(fields["p"]))


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + 1024 * 1024, dklen=KEY_BYTES
    )


def check_new_passphrase(passphrase: str, confirmation: str) -> None:
    """Raise PassphraseError when a passphrase being set is too short or mistyped."""
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseError("too_short", f"the passphrase needs at least {MIN_LENGTH} characters")
    if passphrase != confirmation:
        raise PassphraseError("mismatch", "the two passphrases differ")


def hash_passphrase(
    passphrase: str, salt: bytes | None = None, n: int = DEFAULT_N, r: int = DEFAULT_R, p: int = DEFAULT_P
) -> PassphraseHash:
    used_salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    return PassphraseHash(used_salt, _derive(passphrase, used_salt, n, r, p), n, r, p)


def verify_passphrase(passphrase: str, stored: PassphraseHash) -> bool:
    candidate = _derive(passphrase, stored.salt, stored.n, stored.r, stored.p)
    return hmac.compare_digest(candidate, stored.hash)
