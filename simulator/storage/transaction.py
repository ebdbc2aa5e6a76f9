"""Short write transactions that take SQLite's write lock up front."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """Run the block as one transaction, committed on exit, begun with BEGIN IMMEDIATE.

    A deferred transaction that reads and then writes fails at once with "database is locked"
    when another process committed in between, whatever busy_timeout says; BEGIN IMMEDIATE
    waits (up to busy_timeout) for the write lock first, so concurrent writers simply queue.
    """
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:  # some errors have already rolled the transaction back
            db.conn.execute("ROLLBACK")
        raise
