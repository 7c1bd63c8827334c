"""Rows of a versioned table that changed the same columns are stored by one statement, version check kept."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import event
from sqlalchemy import select
from sqlalchemy import update
from sqlalchemy.orm.exc import StaleDataError

from app.database import savepoint
from app.database import unit_of_work
from app.database import utcnow
from app.extensions import db
from app.orders.models import CustomerAccount
from app.orders.models import ProductOrder


def _three_orders(app: Flask) -> list[int]:
    with app.app_context(), unit_of_work():
        account = CustomerAccount(name="Versioned Ltd")
        orders = [ProductOrder(account=account, channel="api", description=f"order {n}") for n in range(3)]
        db.session.add_all(orders)
        db.session.flush()
        return [order.id for order in orders]


@contextmanager
def updates_of(table: str) -> Iterator[list[Any]]:
    """The parameters of each UPDATE of ``table`` executed in the block (a list for an executemany)."""
    seen: list[Any] = []

    def count(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if statement.startswith(f"UPDATE {table} "):
            seen.append(parameters)
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def _stored(order_ids: list[int]) -> list[tuple[str, int]]:
    db.session.expire_all()
    return [tuple(row) for row in db.session.execute(  # type: ignore[misc]
        select(ProductOrder.description, ProductOrder.lock_version).where(ProductOrder.id.in_(order_ids))
        .order_by(ProductOrder.id))]


def test_rows_that_changed_the_same_columns_are_one_statement_each_version_checked(app: Flask) -> None:
    order_ids = _three_orders(app)
    with app.app_context():
        with updates_of("product_orders") as statements, unit_of_work():
            for order in db.session.scalars(select(ProductOrder).where(ProductOrder.id.in_(order_ids))):
                order.description, order.updated_at = f"changed {order.id}", utcnow()
            db.session.flush()
            assert [order.lock_version for order in db.session.scalars(select(ProductOrder))] == [2, 2, 2]
            assert not db.session.dirty  # marked stored: the ORM's flush wrote nothing more
        assert len(statements) == 1 and len(statements[0]) == 3
        assert _stored(order_ids) == [(f"changed {order_id}", 2) for order_id in order_ids]


def test_a_row_changed_by_someone_else_fails_the_whole_statement(app: Flask) -> None:
    order_ids = _three_orders(app)
    with app.app_context():
        orders = list(db.session.scalars(select(ProductOrder).where(ProductOrder.id.in_(order_ids))))
        with db.engine.begin() as other:  # another worker steps the second order meanwhile
            other.execute(update(ProductOrder).where(ProductOrder.id == order_ids[1])
                          .values(description="theirs", lock_version=ProductOrder.lock_version + 1))
        for order in orders:
            order.description, order.updated_at = "mine", utcnow()
        with pytest.raises(StaleDataError, match="expected to update 3 row"):
            db.session.flush()
        db.session.rollback()
        assert _stored(order_ids) == [("order 0", 1), ("theirs", 2), ("order 2", 1)]


def test_a_savepoint_rolled_back_takes_the_rows_back_in_the_session_too(app: Flask) -> None:
    order_ids = _three_orders(app)
    with app.app_context(), unit_of_work():
        orders = list(db.session.scalars(select(ProductOrder).where(ProductOrder.id.in_(order_ids))))
        with pytest.raises(RuntimeError), savepoint():
            for order in orders:
                order.description, order.updated_at = "undone", utcnow()
            db.session.flush()
            raise RuntimeError("a step in the savepoint failed")
        assert [(order.description, order.lock_version) for order in orders] == [
            (f"order {n}", 1) for n in range(3)]


def test_rows_that_changed_different_columns_or_leave_an_onupdate_column_to_the_orm_stay_correct(
        app: Flask) -> None:
    order_ids = _three_orders(app)
    with app.app_context():
        stamps = dict(db.session.execute(select(ProductOrder.id, ProductOrder.updated_at)).all())
        with updates_of("product_orders") as statements, unit_of_work():
            first, second, third = db.session.scalars(select(ProductOrder).where(ProductOrder.id.in_(order_ids))
                                                      .order_by(ProductOrder.id))
            first.description = second.description = "no stamp given"  # updated_at is the ORM's to stamp
            third.priority = "high"
        assert len(statements) == 3
        assert _stored(order_ids) == [("no stamp given", 2), ("no stamp given", 2), ("order 2", 2)]
        restamped = dict(db.session.execute(select(ProductOrder.id, ProductOrder.updated_at)).all())
        assert all(restamped[order_id] > stamps[order_id] for order_id in order_ids)
