"""The passphrase is kept only as a salted scrypt hash and checked in constant time."""

import hashlib

import pytest

from simulator.core.trainer_auth import (
    PassphraseError,
    PassphraseHash,
    check_new_passphrase,
    hash_passphrase,
    verify_passphrase,
)

FAST = {"n": 2**10, "r": 8, "p": 1}  # cheap parameters: the scheme is the same, the tests stay quick


def test_the_right_passphrase_verifies_and_others_do_not():
    stored = hash_passphrase("correct horse battery", **FAST)
    assert verify_passphrase("correct horse battery", stored)
    for wrong in ("correct horse batter", "Correct horse battery", "", "correct horse battery "):
        assert not verify_passphrase(wrong, stored)


def test_the_hash_is_scrypt_over_a_fresh_salt_and_never_the_passphrase():
    one, two = hash_passphrase("same passphrase", **FAST), hash_passphrase("same passphrase", **FAST)
    assert one.salt != two.salt and one.hash != two.hash and len(one.salt) >= 16
    assert one.hash == hashlib.scrypt(b"same passphrase", salt=one.salt, n=2**10, r=8, p=1, dklen=32)
    assert b"same passphrase" not in one.hash + one.salt


def test_stored_parameters_round_trip_so_old_hashes_still_verify():
    stored = hash_passphrase("a long passphrase", **FAST)
    again = PassphraseHash.from_stored(stored.salt, stored.hash, stored.params)
    assert again == stored and stored.params == "scrypt:n=1024,r=8,p=1"
    assert verify_passphrase("a long passphrase", again)
    with pytest.raises(ValueError, match="unknown passphrase hash scheme"):
        PassphraseHash.from_stored(stored.salt, stored.hash, "md5:")


def test_the_default_cost_is_the_strong_one():
    stored = hash_passphrase("a long passphrase")
    assert (stored.n, stored.r) == (2**14, 8) and verify_passphrase("a long passphrase", stored)


@pytest.mark.parametrize(
    ("passphrase", "confirmation", "problem"),
    [("short", "short", "at least 8"), ("long enough one", "long enough two", "differ")],
)
def test_a_new_passphrase_must_be_long_enough_and_typed_twice_alike(passphrase, confirmation, problem):
    with pytest.raises(PassphraseError, match=problem):
        check_new_passphrase(passphrase, confirmation)
    check_new_passphrase("long enough", "long enough")
