"""The demo catalog: five business offerings, their specification trees and price lists (``ordra seed``).

Fibre and voice take their prices from the shipped DMN matrices ``dmn/pricing_fibre.dmn`` and
``dmn/pricing_voice.dmn``; the others have fixed prices. The RFS "IP Connectivity" is shared: it is
realized by an IPv4 address or an IPv4 block, and decomposition picks what an order line needs.
"""
from __future__ import annotations

from datetime import UTC
from datetime import datetime
from decimal import Decimal

from app.catalog import service
from app.catalog.characteristics import CharacteristicInput
from app.catalog.models import ONE_TIME
from app.catalog.models import REALIZED_BY
from app.catalog.models import RECURRING
from app.catalog.models import REQUIRES
from app.catalog.models import Specification
from app.catalog.service import OfferingInput
from app.catalog.service import PriceInput

LAUNCH = datetime(2024, 1, 1, tzinfo=UTC)

SPECS: tuple[tuple[str, str, str], ...] = (
    ("product", "Fibre Internet Product", "Symmetric business internet over a dedicated fibre line."),
    ("product", "Managed Router Product", "A business router supplied, configured and monitored by us."),
    ("product", "Static IP Product", "A routed block of public IPv4 addresses."),
    ("product", "Voice Product", "SIP trunk voice with concurrent channels and geographic numbers."),
    ("product", "Installation Product", "An engineer visit to install and test equipment on site."),
    ("cfs", "Internet Access", "Internet connectivity as the customer sees it: bandwidth, availability."),
    ("cfs", "Managed CPE", "Customer premises equipment, managed and monitored."),
    ("cfs", "Static Addressing", "Public addresses routed to the customer's internet access."),
    ("cfs", "Voice Service", "Inbound and outbound calls on the customer's numbers."),
    ("cfs", "Site Installation", "Equipment installed and tested at the customer's site."),
    ("rfs", "Access Line", "The physical fibre access from the exchange to the site."),
    ("rfs", "IP Connectivity", "Routing, addressing and the BGP/RADIUS profile of a connection."),
    ("rfs", "CPE Provisioning", "Zero-touch configuration of the router from the management platform."),
    ("rfs", "SIP Trunk", "A SIP trunk on the voice platform with its channel limit and number range."),
    ("rfs", "Field Visit", "A scheduled visit by a field engineer."),
    ("resource", "ONT", "Optical network terminal installed at the site."),
    ("resource", "Access Port", "A port on the aggregation switch in the exchange."),
    ("resource", "IPv4 Address", "One public IPv4 address from the dynamic pool."),
    ("resource", "IPv4 Block", "A /29 block of public IPv4 addresses (five usable)."),
    ("resource", "Router", "A router unit from stock, with serial number."),
    ("resource", "Voice Channel", "Concurrent call capacity on the session border controller."),
    ("resource", "Telephone Number", "A geographic telephone number from the number range."),
    ("resource", "Technician Slot", "A bookable half-day slot in a field engineer's diary."),
)

# (source kind, source name, relationship type, target kind, target name)
RELATIONSHIPS: tuple[tuple[str, str, str, str, str], ...] = (
    ("product", "Fibre Internet Product", REALIZED_BY, "cfs", "Internet Access"),
    ("cfs", "Internet Access", REALIZED_BY, "rfs", "Access Line"),
    ("cfs", "Internet Access", REALIZED_BY, "rfs", "IP Connectivity"),
    ("rfs", "Access Line", REALIZED_BY, "resource", "ONT"),
    ("rfs", "Access Line", REALIZED_BY, "resource", "Access Port"),
    ("rfs", "IP Connectivity", REALIZED_BY, "resource", "IPv4 Address"),
    ("rfs", "IP Connectivity", REALIZED_BY, "resource", "IPv4 Block"),
    ("product", "Managed Router Product", REALIZED_BY, "cfs", "Managed CPE"),
    ("cfs", "Managed CPE", REALIZED_BY, "rfs", "CPE Provisioning"),
    ("rfs", "CPE Provisioning", REALIZED_BY, "resource", "Router"),
    ("product", "Static IP Product", REALIZED_BY, "cfs", "Static Addressing"),
    ("cfs", "Static Addressing", REALIZED_BY, "rfs", "IP Connectivity"),
    ("cfs", "Static Addressing", REQUIRES, "cfs", "Internet Access"),
    ("product", "Voice Product", REALIZED_BY, "cfs", "Voice Service"),
    ("cfs", "Voice Service", REALIZED_BY, "rfs", "SIP Trunk"),
    ("rfs", "SIP Trunk", REALIZED_BY, "resource", "Voice Channel"),
    ("rfs", "SIP Trunk", REALIZED_BY, "resource", "Telephone Number"),
    ("product", "Installation Product", REALIZED_BY, "cfs", "Site Installation"),
    ("cfs", "Site Installation", REALIZED_BY, "rfs", "Field Visit"),
    ("rfs", "Field Visit", REALIZED_BY, "resource", "Technician Slot"),
)

CHARACTERISTICS: dict[str, tuple[CharacteristicInput, ...]] = {
    "Fibre Internet Product": (
        CharacteristicInput("bandwidth", "integer", allowed_values=(100, 500, 1000), mandatory=True, unit="Mbps",
                            description="Symmetric bandwidth of the line.", label="Bandwidth"),
        CharacteristicInput("static_ip", "boolean", default=False,
                            description="Route a static IPv4 address instead of a dynamic one.",
                            label="Static IP address"),
        CharacteristicInput("site_postcode", "string", mandatory=True, description="Postcode of the site.",
                            label="Site postcode"),
        CharacteristicInput("contract_term", "integer", allowed_values=(12, 24, 36), default=24, unit="months",
                            description="Minimum term; longer terms lower the monthly price and the connection fee.",
                            label="Contract term"),
    ),
    "Managed Router Product": (
        CharacteristicInput("wifi", "boolean", default=True, description="Enable the built-in Wi-Fi.", label="Wi-Fi"),
    ),
    "Voice Product": (
        CharacteristicInput("channels", "integer", min_value=2, max_value=30, mandatory=True,
                            description="Concurrent calls the trunk carries.", label="Voice channels"),
        CharacteristicInput("numbers", "integer", min_value=1, max_value=100, default=1,
                            description="Geographic numbers on the trunk.", label="Phone numbers"),
    ),
    "Installation Product": (
        CharacteristicInput("access_notes", "string", description="Parking, access hours, site contact.",
                            label="Access notes"),
    ),
}


def _by_decision(decision_id: str) -> tuple[PriceInput, PriceInput]:
    return (PriceInput("Monthly charge", RECURRING, decision_id=decision_id, decision_output="monthly_price"),
            PriceInput("Connection fee", ONE_TIME, decision_id=decision_id, decision_output="setup_fee"))


# (offering name, product specification name, description, price list)
OFFERINGS: tuple[tuple[str, str, str, tuple[PriceInput, ...]], ...] = (
    ("Business Fibre Internet", "Fibre Internet Product",
     "Dedicated, uncontended fibre internet at 100 Mbps, 500 Mbps or 1 Gbps, symmetric, with a 99.95% "
     "availability SLA and 4-hour fix. Price by bandwidth and contract term.", _by_decision("pricing_fibre")),
    ("Managed Router", "Managed Router Product",
     "A business-grade router configured before delivery, monitored around the clock and replaced next "
     "business day if it fails.",
     (PriceInput("Router rental", RECURRING, amount=Decimal("15.00")),
      PriceInput("Delivery and configuration", ONE_TIME, amount=Decimal("45.00")))),
    ("Static IP Block", "Static IP Product",
     "A /29 block of public IPv4 addresses (five usable) routed to your fibre line, with reverse DNS. "
     "Needs Business Fibre Internet.",
     (PriceInput("Address block", RECURRING, amount=Decimal("10.00")),
      PriceInput("Block setup", ONE_TIME, amount=Decimal("25.00")))),
    ("Business Voice", "Voice Product",
     "SIP trunk telephony with 2 to 30 concurrent channels and up to 100 geographic numbers, including "
     "number porting. Priced by channel tier.", _by_decision("pricing_voice")),
    ("Installation", "Installation Product",
     "A field engineer installs and tests the equipment on site within a booked half-day slot. "
     "Charged once.", (PriceInput("Site installation", ONE_TIME, amount=Decimal("195.00")),)),
)

# (category name, description, its offerings)
CATEGORIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Connectivity", "Internet access for business sites and the addresses routed to it.",
     ("Business Fibre Internet", "Static IP Block")),
    ("Voice", "Business telephony over SIP.", ("Business Voice",)),
    ("Equipment", "Customer premises equipment, rented and managed.", ("Managed Router",)),
    ("Professional services", "Work done on site by Ordra's engineers.", ("Installation",)),
)


def seed_demo_catalog() -> int:
    """Create whatever part of the demo catalog is missing; return how many offerings were created.

    Idempotent: specifications, characteristics and relationships are matched by name, offerings
    by name; anything that exists is left as it is (an admin may have edited it), except that a
    characteristic without a label gets the demo's (see ``_label_unlabelled``).
    """
    specs = {(kind, name): _ensure_spec(kind, name, description) for kind, name, description in SPECS}
    for spec_name, definitions in CHARACTERISTICS.items():
        spec = specs["product", spec_name]
        for definition in definitions:
            if all(c.name != definition.name for c in spec.characteristics):
                service.add_characteristic(spec, definition)
        _label_unlabelled(spec, definitions)
    for source_kind, source, relationship_type, target_kind, target in RELATIONSHIPS:
        service.relate(specs[source_kind, source], specs[target_kind, target], relationship_type)
    created = 0
    for name, spec_name, description, prices in OFFERINGS:
        if service.offering_by_name(name) is None:
            service.create_offering(OfferingInput(
                name=name, description=description, lifecycle_status="Active", valid_from=LAUNCH,
                product_spec_id=specs["product", spec_name].id, prices=prices))
            created += 1
    for name, description, offering_names in CATEGORIES:
        if service.category_by_name(name) is None:  # an existing one is left as an admin may have changed it
            offerings = [o for o in map(service.offering_by_name, offering_names) if o is not None]
            service.create_category(name, description, offerings)
    return created


def _label_unlabelled(spec: Specification, definitions: tuple[CharacteristicInput, ...]) -> None:
    """Give the demo's labels to characteristics that have none: a catalog seeded before characteristics had
    labels has none, and a label an admin gave is kept. (One an admin cleared comes back: an empty label
    cannot say whether it was ever set.)"""
    unlabelled = {c.name for c in spec.characteristics if not c.label}
    labels = {d.name: d.label for d in definitions if d.name in unlabelled and d.label}
    if labels:
        service.relabel_characteristics(spec, labels)


def _ensure_spec(kind: str, name: str, description: str) -> Specification:
    return service.specification_by_name(kind, name) or service.create_specification(kind, name, description)
