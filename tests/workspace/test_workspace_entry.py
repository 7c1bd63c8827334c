"""Order entry in the workspace: generated characteristic fields, live prices, validation, lines.

Figures are the demo price list's: Business Fibre Internet 500 Mbps on 24 months is £159.00 a
month and £250.00 to connect (dmn/pricing_fibre.dmn); Installation is £195.00 once.
"""
from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient

from tests.workspace.workspace_support import POSTCODE
from tests.workspace.workspace_support import account_id
from tests.workspace.workspace_support import discount
from tests.workspace.workspace_support import fibre
from tests.workspace.workspace_support import installation
from tests.workspace.workspace_support import offering_id


def cell(page: str, css_class: str, line: int) -> str:
    """The text of a price cell of line ``line`` in the price panel."""
    row = re.search(rf'<tr data-line="{line}">(.*?)</tr>', page, re.S)
    assert row, page
    found = re.search(rf'class="num {css_class}"[^>]*>([^<]*)<', row.group(1))
    assert found, row.group(1)
    return found.group(1)


def total(page: str, element_id: str) -> str:
    found = re.search(rf'id="{element_id}"[^>]*>([^<]*)<', page)
    assert found, page
    return found.group(1)


def error_after(page: str, field_id: str) -> str:
    found = re.search(rf'<p class="field-error" id="{re.escape(field_id)}-error">([^<]*)</p>', page)
    assert found, f"no error for {field_id}"
    return found.group(1)


def test_adding_a_line_generates_its_characteristic_form(app: Flask, agent: FlaskClient) -> None:
    page = agent.post("/workspace/orders/new", data={"action": "add",
                                                     "add_offering": offering_id(app, "Business Fibre Internet")}
                      ).get_data(as_text=True)
    assert 'data-offering="Business Fibre Internet"' in page
    bandwidth = re.search(r'<select[^>]*name="lines-0-chars.bandwidth"[^>]*>(.*?)</select>', page, re.S)
    assert bandwidth and 'required' in bandwidth.group(0)
    assert [v for v in re.findall(r'<option[^>]*value="(\d*)"', bandwidth.group(1))] == ["", "100", "500", "1000"]
    assert re.search(r'<input[^>]*name="lines-0-chars.site_postcode"[^>]*required', page)
    assert re.search(r'<input[^>]*type="checkbox"[^>]*name="lines-0-chars.static_ip"', page) or \
        re.search(r'<input[^>]*name="lines-0-chars.static_ip"[^>]*type="checkbox"', page)
    contract = re.search(r'<select[^>]*name="lines-0-chars.contract_term".*?</select>', page, re.S)
    assert contract and re.search(r'<option selected value="24">|<option value="24" selected', contract.group(0))
    assert '<label for="lines-0-chars.site_postcode">Site postcode' in page
    assert re.search(r'<label for="lines-0-chars.static_ip">[^<]*Static IP address', page)  # the catalog's label


def test_integer_ranges_become_number_inputs_with_bounds(app: Flask, agent: FlaskClient) -> None:
    page = agent.post("/workspace/orders/new", data={"action": "add",
                                                     "add_offering": offering_id(app, "Business Voice")}
                      ).get_data(as_text=True)
    channels = re.search(r'<input[^>]*name="lines-0-chars.channels"[^>]*>', page)
    assert channels, page
    for attribute in ('type="number"', 'min="2"', 'max="30"', "required"):
        assert attribute in channels.group(0)
    numbers = re.search(r'<input[^>]*name="lines-0-chars.numbers"[^>]*>', page)
    assert numbers and 'value="1"' in numbers.group(0) and "required" not in numbers.group(0)


def test_update_prices_without_javascript_shows_line_prices_and_totals(app: Flask, agent: FlaskClient) -> None:
    form = {"action": "update", **fibre(app), **installation(app)}
    response = agent.post("/workspace/orders/new", data=form)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert cell(page, "unit-recurring", 1) == "£159.00" and cell(page, "unit-one-time", 1) == "£250.00"
    assert cell(page, "line-one-time", 2) == "£195.00"
    assert total(page, "total-recurring") == "£159.00 / month"
    assert total(page, "total-one-time") == "£445.00"
    assert f'value="{POSTCODE}"' in page  # what was typed stays


def test_the_preview_endpoint_prices_discounts_as_a_fragment(app: Flask, agent: FlaskClient) -> None:
    form = {**fibre(app), **installation(app),
            **discount("lines-0-discount", "percentage", "10", "Loyalty"),
            **discount("discount", "amount", "20", "Goodwill", applies_to="oneTime")}
    response = agent.post("/workspace/orders/preview", data=form)
    fragment = response.get_data(as_text=True)
    assert response.status_code == 200 and "<html" not in fragment
    assert cell(fragment, "line-recurring", 1) == "£143.10"  # 159.00 - 10% (15.90)
    assert "10% off the monthly charge (Loyalty): −£15.90" in fragment
    assert total(fragment, "total-recurring") == "£143.10 / month"
    assert total(fragment, "total-one-time") == "£425.00"  # 250 + 195 - 20
    assert 'id="approval-notice"' not in fragment  # within the limits


def test_a_large_discount_says_it_needs_approval(app: Flask, agent: FlaskClient) -> None:
    form = {**fibre(app), **discount("lines-0-discount", "percentage", "30", "Competitor match")}
    fragment = agent.post("/workspace/orders/preview", data=form).get_data(as_text=True)
    assert 'id="approval-notice"' in fragment and "above the 20% limit" in fragment


def test_errors_are_shown_next_to_their_fields(app: Flask, agent: FlaskClient) -> None:
    form = {"action": "update", **fibre(app, bandwidth=200, postcode=""), "lines-0-quantity": "0",
            **discount("lines-0-discount", "percentage", "10", "")}
    page = agent.post("/workspace/orders/new", data=form).get_data(as_text=True)
    assert error_after(page, "lines-0-chars.bandwidth") == "&#39;200&#39; is not one of the options."
    assert error_after(page, "lines-0-chars.site_postcode") == "This field is required."
    assert "Number must be between 1 and 1000." in error_after(page, "lines-0-quantity")
    assert 'aria-invalid="true"' in page
    assert 'id="price-problems"' in page  # and summed up beside the prices


def test_a_line_just_added_is_not_called_incomplete_until_the_agent_tries(app: Flask, agent: FlaskClient) -> None:
    # What the browser's live preview posts right after "Add line": the new line's fields still blank.
    blank = {**fibre(app, bandwidth="", postcode=""), "lines-0-quantity": ""}
    fragment = agent.post("/workspace/orders/preview", data=blank).get_data(as_text=True)
    assert "required" not in fragment and 'id="price-problems"' not in fragment
    assert "Complete this line to see its price." in fragment
    wrong = agent.post("/workspace/orders/preview", data={**blank, **fibre(app, bandwidth=200, postcode="")})
    assert "is not one of the options" in wrong.get_data(as_text=True)  # what was typed is still checked
    page = agent.post("/workspace/orders/new", data={"action": "update", **blank}).get_data(as_text=True)
    assert error_after(page, "lines-0-chars.site_postcode") == "This field is required."  # Update prices tries


def test_capture_errors_come_back_to_their_fields(app: Flask, agent: FlaskClient) -> None:
    form = {"action": "update", **fibre(app), **discount("lines-0-discount", "percentage", "10", "  ")}
    page = agent.post("/workspace/orders/new", data=form).get_data(as_text=True)
    assert error_after(page, "lines-0-discount-reason") == "Give a reason for the discount"
    form = {"action": "update", **fibre(app), **discount("discount", "amount", "900", "Too much")}
    page = agent.post("/workspace/orders/new", data=form).get_data(as_text=True)
    assert "more than the monthly charge" in error_after(page, "discount-value")


def test_saving_needs_a_customer_and_a_line(app: Flask, agent: FlaskClient) -> None:
    response = agent.post("/workspace/orders/new", data={"action": "save"})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert error_after(page, "account_id") == "Choose the customer account."
    assert "Add at least one product to the order." in page


def test_lines_can_be_added_and_removed_keeping_what_was_typed(app: Flask, agent: FlaskClient) -> None:
    form = {"action": "add", "add_offering": str(offering_id(app, "Managed Router")),
            "account_id": str(account_id(app, "Acme Ltd")), **fibre(app), **installation(app, key=3)}
    page = agent.post("/workspace/orders/new", data=form).get_data(as_text=True)
    assert re.findall(r'<legend>Line \d: ([^<]+)</legend>', page) == [
        "Business Fibre Internet", "Installation", "Managed Router"]
    assert 'name="lines-4-offering_id"' in page  # the new line's key follows the highest
    form = {"action": "remove-0", **fibre(app), **installation(app, key=3)}
    page = agent.post("/workspace/orders/new", data=form).get_data(as_text=True)
    assert re.findall(r'<legend>Line \d: ([^<]+)</legend>', page) == ["Installation"]
    assert 'value="Reception on the ground floor"' in page
