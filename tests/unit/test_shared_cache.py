"""The model cache (app/shared_cache.py): answers about deployed models and the catalog kept across
transactions, and right after every deployment or catalog edit, in this process and in others."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import event
from sqlalchemy import inspect
from sqlalchemy import literal
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy import update

from app import shared_cache
from app.catalog import service as catalog
from app.catalog.models import Characteristic
from app.catalog.models import OfferingPrice
from app.catalog.models import Specification
from app.database import unit_of_work
from app.engine.models import ProcessInstance
from app.errors import NotFound
from app.extensions import db
from app.instances import service as instances
from app.studio import deploying
from app.studio import service as studio
from app.studio.models import ProcessVersion
from app.studio.validation import Upload
from app.tmf.models import TmfHub
from tests.catalog.catalog_support import seed_catalog
from tests.conftest import _dispose
from tests.conftest import make_app
from tests.helpers import DATA

READ_GENERATION = "SELECT model_generation.generation FROM model_generation"
DIVIDE = (DATA / "models" / "divide.bpmn").read_bytes()


def deploy_divide(name: str = "Divide") -> None:
    with unit_of_work():
        deploying.deploy([Upload("divide.bpmn", DIVIDE.replace(b'name="Divide"', f'name="{name}"'.encode()))],
                         actor_id=None)


@contextmanager
def statements() -> Iterator[list[str]]:
    """The SQL the block sends (first words of each statement)."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(" ".join(statement.split()[:4]))
    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def newest_name() -> str:
    with unit_of_work():
        return studio.latest_process("divide").name


def first_price(offering_id: int) -> Decimal | None:
    with unit_of_work():
        return catalog.offering_terms(offering_id).prices[0].amount


def price_row(offering_id: int) -> OfferingPrice:
    price = db.session.scalar(select(OfferingPrice).where(OfferingPrice.offering_id == offering_id)
                              .order_by(OfferingPrice.id).limit(1))
    assert price is not None
    return price


def generation() -> int | None:
    """The generation as committed now (the read's transaction is ended at once: SQLite would keep its snapshot)."""
    value = shared_cache.current_generation()
    db.session.rollback()
    return value


@pytest.fixture()
def ctx(app: Flask) -> Iterator[Flask]:
    with app.app_context():
        yield app


def test_a_deployment_is_seen_by_the_next_transaction_and_lookups_between_cost_only_the_generation(
        ctx: Flask) -> None:
    deploy_divide()
    assert newest_name() == "Divide"
    with statements() as sent:
        assert newest_name() == "Divide"
    assert sent == [READ_GENERATION]  # no process_versions: remembered
    deploy_divide("Divide again")
    assert newest_name() == "Divide again"


def test_a_catalog_edit_is_seen_by_the_next_transaction(ctx: Flask) -> None:
    seed_catalog(ctx)
    offering = catalog.offering_by_name("Managed Router")
    assert offering is not None
    before = first_price(offering.id)
    tree = catalog.spec_tree(offering.id)
    assert tree is not None and catalog.spec_tree(offering.id) is tree  # one tree, shared until an edit
    with unit_of_work():
        price_row(offering.id).amount = Decimal("1.23")
        catalog.relate(catalog.get_specification(tree.specification.id),
                       catalog.create_specification("cfs", "Router Care"), "realizedBy")
    assert before != Decimal("1.23") and first_price(offering.id) == Decimal("1.23")
    with unit_of_work():
        changed = catalog.spec_tree(offering.id)
    assert changed is not None and "Router Care" in {node.specification.name for _, node in changed.walk()}


@pytest.mark.postgres
def test_a_write_through_another_process_is_seen_by_this_one(ctx: Flask, database_url: str) -> None:
    """Two apps on one PostgreSQL database, each with its own entries, as two processes are."""
    deploy_divide()
    seed_catalog(ctx)
    router = catalog.offering_by_name("Managed Router")
    assert router is not None
    assert newest_name() == "Divide" and first_price(router.id) != Decimal("4.56")
    other = make_app(database_url)
    try:
        with other.app_context():
            deploy_divide("Divide elsewhere")
            with unit_of_work():
                db.session.execute(update(OfferingPrice).where(OfferingPrice.offering_id == router.id)
                                   .values(amount=Decimal("4.56")))
    finally:
        _dispose(other)
    assert newest_name() == "Divide elsewhere" and first_price(router.id) == Decimal("4.56")


def test_core_and_plain_sql_writes_on_watched_tables_change_the_generation(ctx: Flask) -> None:
    seed_catalog(ctx)
    generations = [generation()]
    with unit_of_work():
        db.session.execute(update(Specification).where(Specification.name == "ONT").values(description="Core"))
    generations.append(generation())
    with db.engine.begin() as connection:  # outside the session altogether
        connection.execute(update(Characteristic).values(description="plain connection"))
    generations.append(generation())
    with unit_of_work():
        db.session.execute(text("UPDATE catalog_offerings SET description = 'text' WHERE id = 1"))
    generations.append(generation())
    with unit_of_work():
        db.session.execute(update(ProcessInstance).values(error_message=""))  # not a watched table
    generations.append(generation())
    assert len(set(generations[:4])) == 4 and generations[4] == generations[3]


def test_a_rolled_back_write_leaves_nothing_behind(ctx: Flask) -> None:
    deploy_divide()
    seed_catalog(ctx)
    router = catalog.offering_by_name("Managed Router")
    assert router is not None
    router_id = router.id
    before = first_price(router_id)
    committed = generation()
    price_row(router_id).amount = Decimal("7.89")
    assert catalog.offering_terms(router_id).prices[0].amount == Decimal("7.89")  # its own change, unflushed
    db.session.flush()
    assert catalog.offering_terms(router_id).prices[0].amount == Decimal("7.89")  # and flushed
    db.session.rollback()
    assert first_price(router_id) == before and generation() == committed
    with statements() as sent:
        first_price(router_id)
    assert sent == [READ_GENERATION]  # the entry from before the write still holds


def test_a_pending_hub_is_published_to_in_its_own_transaction(ctx: Flask) -> None:
    from app.tmf.notifications import _active_hubs

    assert _active_hubs(db.session()) == {}
    db.session.add(TmfHub(api="productOrdering", callback="https://example.com/hook", secret="s" * 16))
    assert [hub.api for hub in _active_hubs(db.session())["productOrdering"]] == ["productOrdering"]
    db.session.rollback()
    assert _active_hubs(db.session()) == {}


def test_a_simulated_system_reads_the_generation_without_opening_the_transaction(ctx: Flask) -> None:
    """The simulators are called between Ordra's transactions and must not open one (nor hold its locks)."""
    from app.connectors import ConnectorError
    from app.connectors import demo
    from app.connectors import simulator

    db.session.rollback()
    demo._simulate_failures("inventory/reserve", {})  # no rule yet
    assert not db.session().in_transaction()
    with unit_of_work():
        rule = simulator.create_rule(simulator.RuleInput(connector="inventory/reserve", error_code="NO_STOCK"))
        rule_id = rule.id
    with pytest.raises(ConnectorError, match="NO_STOCK"):
        demo._simulate_failures("inventory/reserve", {})
    assert not db.session().in_transaction()
    with unit_of_work():
        simulator.delete_rule(rule_id)
    demo._simulate_failures("inventory/reserve", {})


def test_outside_calls_right_after_a_transaction_take_the_generation_it_read(ctx: Flask) -> None:
    """A wave's claims read the generation; the calls made once they are committed take it (no read of their own),
    unless the transaction wrote a watched table; the next transaction forgets it."""
    from app.connectors import ConnectorError
    from app.connectors import demo
    from app.connectors import simulator

    with unit_of_work():
        rule_id = simulator.create_rule(simulator.RuleInput(connector="inventory/reserve", error_code="NO_STOCK")).id

    def claims_read_then(change: Any = None) -> None:
        read = db.session.execute(shared_cache.with_generation(select(literal(1)))).one()
        if change is not None:
            change()
        shared_cache.carry_to_outside_calls(read[-1])
        db.session.commit()

    claims_read_then()
    with pytest.raises(ConnectorError, match="NO_STOCK"):
        demo._simulate_failures("inventory/reserve", {})  # the rules are remembered from here on
    claims_read_then()
    with statements() as sent, pytest.raises(ConnectorError, match="NO_STOCK"):
        demo._simulate_failures("inventory/reserve", {})
    assert sent == []
    claims_read_then(lambda: simulator.delete_rule(rule_id))  # a watched table written: its commit set a new one
    with statements() as sent:
        demo._simulate_failures("inventory/reserve", {})
    assert sent[0] == READ_GENERATION
    claims_read_then()
    db.session.execute(select(ProcessInstance.id).limit(1))  # the next transaction begins
    db.session.rollback()
    with statements() as sent:
        demo._simulate_failures("inventory/reserve", {})
    assert sent == [READ_GENERATION]


def test_attach_version_gives_the_step_its_version_without_sql(ctx: Flask) -> None:
    deploy_divide()
    with unit_of_work():
        instance_id = instances.start_process("divide", {"total": 6, "parts": 3}, actor_id=None).id
    with unit_of_work():
        started = db.session.get(ProcessInstance, instance_id)
        assert started is not None
        version_id = started.process_version_id
        studio.attach_version(version_id)  # remembered from here on
    with unit_of_work():
        instance = db.session.get(ProcessInstance, instance_id)
        assert instance is not None
        with statements() as sent:
            version = studio.attach_version(instance.process_version_id)
            assert instance.process_version is version and version.spec_json
        assert sent == [READ_GENERATION]
        assert inspect(version).persistent and version in db.session
        version.summary["lanes"] = ["changed here only"]  # the session's copy, not what is remembered
    with unit_of_work():
        assert studio.attach_version(version_id).summary.get("lanes") != ["changed here only"]
    with unit_of_work(), pytest.raises(NotFound, match="no process version"):
        studio.attach_version(version_id + 1000)
    assert db.session.get(ProcessVersion, version_id) is not None


def test_the_entries_are_bounded_least_recently_used_first(app: Flask) -> None:
    app.config["MODEL_CACHE_ENTRIES"] = 3
    with app.app_context():
        for key in range(5):
            with unit_of_work():
                assert shared_cache.cached(("test", key), lambda key=key: key * 10) == key * 10
                if key == 2:
                    shared_cache.cached(("test", 0), lambda: pytest.fail("0 is still kept"))
        assert shared_cache.entries() == 3
        computed: list[int] = []
        with unit_of_work():
            for key in (0, 3, 4):
                shared_cache.cached(("test", key), lambda key=key: computed.append(key) or key)
        assert computed == []  # 1 and 2 went: the least recently used


@pytest.mark.parametrize("scheme", ["Basic", "Bearer"])
def test_a_requests_look_up_of_its_caller_brings_the_generation(app: Flask, api: Any, scheme: str) -> None:
    """The API's look-up of the caller reads the generation too: a request that starts a process sends no read of
    its own, and a deployment committed between two requests (as by another process) is seen by the second."""
    from app.auth.service import issue_token
    with app.app_context():
        deploy_divide()
        with unit_of_work():
            token = issue_token("admin")
    headers = api.headers("admin") if scheme == "Basic" else {"Authorization": f"Bearer {token}"}

    def start() -> int:
        response = api.client.post("/api/v1/processes/divide/instances", headers=headers,
                                   json={"data": {"total": 6, "parts": 2}})
        assert response.status_code == 201, response.json
        return int(response.json["id"])

    def version_name(instance_id: int) -> str:
        with app.app_context():
            instance = db.session.get(ProcessInstance, instance_id)
            assert instance is not None
            name = db.session.get(ProcessVersion, instance.process_version_id).name  # type: ignore[union-attr]
            db.session.rollback()
            return name

    start()  # (HTTP Basic verifies the password once; the next requests look up the caller remembered)
    with app.app_context(), statements() as sent:
        first = start()
    assert not [s for s in sent if s.startswith("SELECT model_generation")], sent
    with app.app_context():
        deploy_divide("Divide again")
    second = start()
    assert (version_name(first), version_name(second)) == ("Divide", "Divide again")
