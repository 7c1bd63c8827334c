"""Specification relationships, the offering tree walk, offering queries and edits, and the demo seed."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import update

from app.catalog import service
from app.catalog.demo import seed_demo_catalog
from app.catalog.models import Characteristic
from app.catalog.models import OfferingPrice
from app.catalog.models import ProductOffering
from app.catalog.models import Specification
from app.catalog.models import SpecRelationship
from app.catalog.service import OfferingInput
from app.catalog.service import PriceInput
from app.catalog.service import SpecNode
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db

DEMO_OFFERINGS = ["Business Fibre Internet", "Managed Router", "Static IP Block", "Business Voice", "Installation"]


@pytest.fixture()
def ctx(app: Flask) -> Iterator[Flask]:
    with app.app_context():
        seed_demo_catalog()
        yield app


def shape(node: SpecNode) -> Any:
    """A tree as nested (name, relationship, children) tuples, easy to compare."""
    return (node.specification.name, node.relationship_type, [shape(c) for c in node.children])


def tree_of(name: str) -> SpecNode:
    offering = service.offering_by_name(name)
    assert offering is not None
    tree = service.spec_tree(offering.id)
    assert tree is not None
    return tree


def resources(node: SpecNode) -> set[str]:
    return {n.specification.name for _, n in node.walk() if n.specification.kind == "resource"}


def test_fibre_walks_down_to_its_resources(ctx: Flask) -> None:
    assert shape(tree_of("Business Fibre Internet")) == (
        "Fibre Internet Product", None, [
            ("Internet Access", "realizedBy", [
                ("Access Line", "realizedBy", [("ONT", "realizedBy", []), ("Access Port", "realizedBy", [])]),
                ("IP Connectivity", "realizedBy", [("IPv4 Address", "realizedBy", []),
                                                   ("IPv4 Block", "realizedBy", [])])])])
    kinds = [(depth, node.specification.kind) for depth, node in tree_of("Business Fibre Internet").walk()]
    assert kinds[:3] == [(0, "product"), (1, "cfs"), (2, "rfs")]


@pytest.mark.parametrize("name, cfs, rfs, expected", [
    ("Managed Router", "Managed CPE", {"CPE Provisioning"}, {"Router"}),
    ("Static IP Block", "Static Addressing", {"IP Connectivity"}, {"IPv4 Address", "IPv4 Block"}),
    ("Business Voice", "Voice Service", {"SIP Trunk"}, {"Voice Channel", "Telephone Number"}),
    ("Installation", "Site Installation", {"Field Visit"}, {"Technician Slot"}),
])
def test_every_demo_offering_decomposes_to_services_and_resources(ctx: Flask, name: str, cfs: str,
                                                                  rfs: set[str], expected: set[str]) -> None:
    tree = tree_of(name)
    services = [n for _, n in tree.walk() if n.relationship_type == "realizedBy"]
    assert services[0].specification.name == cfs and services[0].specification.kind == "cfs"
    assert {n.specification.name for n in services if n.specification.kind == "rfs"} == rfs
    assert resources(tree) == expected


def test_a_required_service_is_listed_but_not_walked(ctx: Flask) -> None:
    static = tree_of("Static IP Block").children[0]
    required = [c for c in static.children if c.relationship_type == "requires"]
    assert [(c.specification.name, c.children) for c in required] == [("Internet Access", ())]
    assert static.as_dict()["children"][1] == {"id": required[0].specification.id, "kind": "cfs",
                                               "name": "Internet Access", "relationship": "requires",
                                               "children": []}


@pytest.mark.parametrize("source_kind, target_kind, relationship_type", [
    ("product", "rfs", "realizedBy"),   # skips a level
    ("rfs", "cfs", "realizedBy"),       # goes up
    ("cfs", "rfs", "requires"),         # requires stays within a kind
    ("cfs", "rfs", "dependsOn"),        # unknown type
])
def test_relationships_follow_the_kind_ladder(ctx: Flask, source_kind: str, target_kind: str,
                                              relationship_type: str) -> None:
    source = service.create_specification(source_kind, "Source")
    target = service.create_specification(target_kind, "Target")
    with pytest.raises(Invalid) as caught:
        service.relate(source, target, relationship_type)
    assert caught.value.errors[0]["field"] == "relationship_type"


def test_relate_is_idempotent_and_a_spec_cannot_require_itself(ctx: Flask) -> None:
    line = service.specification_by_name("rfs", "Access Line")
    ont = service.specification_by_name("resource", "ONT")
    assert line is not None and ont is not None
    before = db.session.scalar(select(func.count(SpecRelationship.id)))
    assert service.relate(line, ont, "realizedBy").target is ont
    assert db.session.scalar(select(func.count(SpecRelationship.id))) == before
    with pytest.raises(Invalid):
        service.relate(line, line, "requires")


def test_specification_names_are_unique_per_kind(ctx: Flask) -> None:
    with pytest.raises(Invalid):
        service.create_specification("rfs", "Access Line")
    assert service.create_specification("cfs", "Access Line").kind == "cfs"
    with pytest.raises(Invalid):
        service.create_specification("widget", "Gadget")


def test_an_offering_without_product_spec_has_no_tree_and_unknown_ids_are_404(ctx: Flask) -> None:
    bundle = service.create_offering(OfferingInput(name="Office Starter", bundled_offering_ids=[1, 2]))
    assert service.spec_tree(bundle.id) is None
    assert bundle.is_bundle and [o.name for o in bundle.bundled_offerings] == ["Business Fibre Internet",
                                                                               "Managed Router"]
    for bad in (9999, "9999", "abc", None):
        with pytest.raises(NotFound):
            service.get_offering(bad)
    assert service.get_offering("1").id == 1


def test_offerings_filter_by_status_name_part_and_validity(ctx: Flask) -> None:
    voice = service.offering_by_name("Business Voice")
    assert voice is not None
    june = datetime(2025, 6, 1, tzinfo=UTC)
    service.update_offering(voice.id, OfferingInput(name="Business Voice", lifecycle_status="Retired",
                                                    valid_from=voice.valid_from, valid_to=june,
                                                    product_spec_id=voice.product_spec_id))
    names = lambda offerings: [o.name for o in offerings]  # noqa: E731
    assert names(service.list_offerings(lifecycle_status="Retired")) == ["Business Voice"]
    assert names(service.list_offerings(name_contains="IP")) == ["Static IP Block"]
    assert names(service.list_offerings(name_contains="%")) == []
    assert "Business Voice" in names(service.list_offerings(valid_at=june - timedelta(seconds=1)))
    assert "Business Voice" not in names(service.list_offerings(valid_at=june))
    assert service.list_offerings(valid_at=datetime(2023, 12, 31, tzinfo=UTC)) == []
    page = service.offering_page(offset=1, limit=2, lifecycle_status="Active")
    assert page.total == 4 and [o.id for o in page.items] == [2, 3]


def test_update_offering_replaces_the_price_list(ctx: Flask) -> None:
    router = service.offering_by_name("Managed Router")
    assert router is not None
    rental = router.prices[0]
    service.update_offering(router.id, OfferingInput(
        name="Managed Router", lifecycle_status="Active", product_spec_id=router.product_spec_id,
        prices=[PriceInput("Router rental", "recurring", amount=Decimal("16.499"), price_id=rental.id),
                PriceInput("Out-of-hours support", "recurring", amount=Decimal("4"))]))
    assert [(p.id == rental.id, p.name, p.amount, p.recurring_period) for p in router.prices] == [
        (True, "Router rental", Decimal("16.50"), "month"), (False, "Out-of-hours support", Decimal("4.00"), "month")]


@pytest.mark.parametrize("data, fields", [
    (OfferingInput(name=" "), {"name"}),
    (OfferingInput(name="Installation"), {"name"}),
    (OfferingInput(name="X", lifecycle_status="Launched"), {"lifecycle_status"}),
    (OfferingInput(name="X", valid_from=datetime(2025, 1, 2, tzinfo=UTC),
                   valid_to=datetime(2025, 1, 1, tzinfo=UTC)), {"valid_to"}),
    (OfferingInput(name="X", product_spec_id=6), {"product_spec_id"}),  # a CFS, not a product spec
    (OfferingInput(name="X", bundled_offering_ids=[1, 999]), {"bundled_offering_ids"}),
    (OfferingInput(name="X", prices=[PriceInput("", "weekly")]), {"prices-0-name", "prices-0-price_type",
                                                                   "prices-0-amount"}),
    (OfferingInput(name="X", prices=[PriceInput("A", "recurring", amount=Decimal(1), decision_id="d")]),
     {"prices-0-amount"}),
    (OfferingInput(name="X", prices=[PriceInput("A", "oneTime", amount=Decimal(-1))]), {"prices-0-amount"}),
    (OfferingInput(name="X", prices=[PriceInput("A", "oneTime", decision_id="pricing_fibre")]),
     {"prices-0-decision_output"}),
    (OfferingInput(name="X", prices=[PriceInput("A", "oneTime", amount=Decimal(1)),
                                     PriceInput("A", "recurring", amount=Decimal(1), price_id=1)]),
     {"prices-1-name", "prices-1-price_id"}),
])
def test_bad_offering_input_names_its_fields(ctx: Flask, data: OfferingInput, fields: set[str]) -> None:
    with pytest.raises(Invalid) as caught:
        service.create_offering(data)
    assert {e["field"] for e in caught.value.errors} == fields


@pytest.mark.parametrize(("price", "message"), [
    (PriceInput("A", "recurring"), "give an amount or a pricing decision"),
    (PriceInput("A", "recurring", amount=Decimal(1), decision_id="d"),
     "give an amount or a pricing decision, not both"),
])
def test_a_price_without_an_amount_is_not_told_to_drop_one(ctx: Flask, price: PriceInput, message: str) -> None:
    """A price row with neither an amount nor a decision was told "…, not both"."""
    with pytest.raises(Invalid) as caught:
        service.create_offering(OfferingInput(name="X", prices=[price]))
    assert [e["message"] for e in caught.value.errors] == [message]


def counts() -> dict[str, int]:
    models: list[Any] = [ProductOffering, Specification, SpecRelationship, Characteristic, OfferingPrice]
    return {m.__name__: db.session.scalar(select(func.count()).select_from(m)) for m in models}


def test_demo_seed_is_idempotent(app: Flask) -> None:
    with app.app_context():
        assert seed_demo_catalog() == 5
        first = counts()
        assert seed_demo_catalog() == 0
        assert counts() == first == {"ProductOffering": 5, "Specification": 23, "SpecRelationship": 20,
                                     "Characteristic": 8, "OfferingPrice": 9}
        assert [o.name for o in service.list_offerings()] == sorted(DEMO_OFFERINGS)
        assert all(o.lifecycle_status == "Active" for o in service.list_offerings())


def labels() -> dict[str, str]:
    return dict(db.session.execute(select(Characteristic.name, Characteristic.label)).all())


def test_the_demo_characteristics_have_labels(ctx: Flask) -> None:
    assert labels() == {"bandwidth": "Bandwidth", "static_ip": "Static IP address", "site_postcode": "Site postcode",
                        "contract_term": "Contract term", "wifi": "Wi-Fi", "channels": "Voice channels",
                        "numbers": "Phone numbers", "access_notes": "Access notes"}


def test_seeding_again_labels_what_has_no_label_and_keeps_an_admins_label(ctx: Flask) -> None:
    """A catalog seeded before characteristics had labels: the migration left every label empty."""
    db.session.execute(update(Characteristic).values(label=""))
    fibre = service.specification_by_name("product", "Fibre Internet Product")
    assert fibre is not None
    service.relabel_characteristics(fibre, {"static_ip": "Fixed IP"})
    seed_demo_catalog()
    assert labels()["static_ip"] == "Fixed IP" and labels()["wifi"] == "Wi-Fi" and labels()["bandwidth"] == "Bandwidth"


def test_relabelling_changes_labels_only_and_refuses_unknown_names_and_long_labels(ctx: Flask) -> None:
    fibre = service.specification_by_name("product", "Fibre Internet Product")
    assert fibre is not None
    service.relabel_characteristics(fibre, {"static_ip": "  Fixed IP ", "bandwidth": ""})
    assert labels()["static_ip"] == "Fixed IP" and labels()["bandwidth"] == "" and labels()["contract_term"]
    with pytest.raises(Invalid) as caught:
        service.relabel_characteristics(fibre, {"wifi": "Wi-Fi", "static_ip": "x" * 101, "site_postcode": "Postcode"})
    assert caught.value.errors == [
        {"field": "name", "message": "'Fibre Internet Product' has no characteristic 'wifi'"},
        {"field": "label", "message": "static_ip: at most 100 characters"}]
    assert labels()["site_postcode"] == "Site postcode"  # nothing changed


def test_ordra_seed_creates_the_catalog_once(app: Flask) -> None:
    first = app.test_cli_runner().invoke(args=["seed"])
    assert first.exit_code == 0, first.output
    assert "created 5 catalog offerings" in first.output
    second = app.test_cli_runner().invoke(args=["seed"])
    assert second.exit_code == 0 and "created 0 catalog offerings" in second.output
    with app.app_context():
        assert counts()["ProductOffering"] == 5
