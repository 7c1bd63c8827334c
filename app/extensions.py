"""Flask extensions, created unbound and attached in the factory."""
from __future__ import annotations

from datetime import UTC
from datetime import datetime
from typing import Any

from flask_login import LoginManager
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import DateTime
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import orm_insert_sentinel
from sqlalchemy.orm import registry
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on SQLite (which drops zones) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use app.database.utcnow()")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    registry = registry(metadata=MetaData(naming_convention=NAMING), type_annotation_map={datetime: UTCDateTime})


db = SQLAlchemy(model_class=Base)


def batch_insert_sentinel() -> Mapped[int | None]:
    """A column that lets one INSERT store many new rows of a table and return their ids in order.

    PostgreSQL does that with the primary key alone; SQLite needs a column the client numbers (SQLAlchemy's
    "insert sentinel"), or each new row of a flush costs an INSERT of its own. Given to the tables the step
    path adds rows to by the dozen (instances, calls, work items, domain orders, inventory).
    """
    return orm_insert_sentinel("insert_sentinel")
login_manager = LoginManager()
csrf = CSRFProtect()
