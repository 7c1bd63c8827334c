"""A transaction the database aborted for losing a race is a 409 'try again', never a 500."""
from __future__ import annotations

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError

from app.web import lost_race


class _DriverError(Exception):
    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


def test_deadlocks_serialization_failures_and_lock_timeouts_are_races() -> None:
    for state in ("40P01", "40001", "55P03"):
        assert lost_race(OperationalError("UPDATE ...", {}, _DriverError("deadlock detected", state)))
    assert lost_race(OperationalError("UPDATE ...", {}, _DriverError("database is locked")))
    assert lost_race(StaleDataError("UPDATE statement on table expected to update 1 row(s); 0 were matched."))


def test_other_database_errors_are_not() -> None:
    assert not lost_race(OperationalError("SELECT 1", {}, _DriverError("server closed the connection", "08006")))
    assert not lost_race(ValueError("x"))
