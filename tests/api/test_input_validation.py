"""The one validation layer: ids, text, paging and JSON bodies get a 4xx on both databases, never a 500."""
from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import Api


@pytest.mark.parametrize("path", ["/api/v1/instances/99999999999999999999", "/api/v1/tasks/2147483648",
                                  "/api/v1/fallouts/99999999999999999999", "/api/v1/deployments/9223372036854775808",
                                  "/tmf-api/productInventory/v4/product/99999999999999999999"])
def test_ids_beyond_the_integer_column_are_404(api: Api, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 404 and response.json["errors"]


def test_a_process_id_no_column_holds_is_404(api: Api) -> None:
    response = api.post(f"/api/v1/processes/{'p' * 300}/instances", json={"data": {}})
    assert response.status_code == 404


@pytest.mark.parametrize("query", ["limit=0", "limit=-1", "limit=501", "limit=x", "after=-5",
                                   "after=99999999999999999999", "role=%00"])
def test_task_paging_and_filters_are_checked(api: Api, query: str) -> None:
    response = api.get(f"/api/v1/tasks?{query}", user="fulfiller")
    assert response.status_code == 422, query
    assert response.json["errors"][0]["field"] == query.split("=")[0]


def test_a_good_page_still_works(api: Api) -> None:
    assert api.get("/api/v1/tasks?limit=1&after=0", user="fulfiller").status_code == 200


@pytest.mark.parametrize("query", ["order=99999999999999999999", "order=%C2%B2", "status=%00",
                                   "connector=" + "c" * 600])
def test_fallout_filters_are_checked(api: Api, query: str) -> None:
    assert api.get(f"/api/v1/fallouts?{query}").status_code == 422, query


@pytest.mark.parametrize("query", ["externalId=99999999999999999999", "externalId=%C2%B2",
                                   "offset=99999999999999999999"])
def test_tmf_domain_order_filters_are_checked(api: Api, query: str) -> None:
    response = api.get(f"/tmf-api/serviceOrdering/v4/serviceOrder?{query}")
    assert response.status_code in (400, 422), query


def test_deeply_nested_json_is_400_not_a_recursion_error(api: Api) -> None:
    for depth in (40, 100_000):
        body = '{"data": ' + "[" * depth + "]" * depth + "}"
        response = api.post("/api/v1/processes/change_request/instances", data=body, content_type="application/json")
        assert response.status_code == 400, depth
        assert "nests deeper" in response.json["errors"][0]["message"]


@pytest.mark.parametrize("body", ['{"data": {"note": "a\\u0000b"}}', '{"data": {"n\\u0001": 1}}',
                                  '{"data": {"x": NaN}}', '{"data": {"x": Infinity}}'])
def test_control_characters_and_non_numbers_in_bodies_are_refused(api: Api, body: str) -> None:
    response = api.post("/api/v1/processes/change_request/instances", data=body, content_type="application/json")
    assert response.status_code in (400, 422), body
    assert response.status_code != 500


def test_nul_in_a_body_names_its_field(api: Api) -> None:
    response = api.post("/api/v1/fallouts/1/retry", json={"data": {"lines": [{"postcode": "a\x00"}]}})
    assert response.status_code == 422
    assert response.json["errors"][0]["field"] == "data.lines[0].postcode"


def test_tabs_and_newlines_are_text(api: Api) -> None:
    body: dict[str, Any] = {"data": {"note": "line one\n\tline two\r\n"}}
    assert api.post("/api/v1/fallouts/1/retry", json=body).status_code == 404  # read fine; there is no case 1


def test_nul_in_a_browser_form_is_422(client: Any) -> None:
    response = client.post("/login", data={"username": "admin\x00", "password": "demo"})
    assert response.status_code == 422


def test_jeopardy_flag_is_true_or_false(api: Api) -> None:
    assert api.get("/api/v1/jeopardies?acknowledged=maybe", user="fmanager").status_code == 422
    assert api.get("/api/v1/jeopardies?acknowledged=true", user="fmanager").status_code == 200


def test_an_empty_number_is_not_a_number(api: Api) -> None:
    assert api.get("/api/v1/tasks?after=&limit=", user="fulfiller").status_code == 422  # found by the fuzzer
    assert api.get("/api/v1/fallouts?order=").status_code == 422


@pytest.mark.parametrize(("disposition", "field"), [(b'form-data; name="note"', "note"),
                                                    (b"form-data", "(a form field without a name)")])
def test_a_form_field_with_control_characters_is_named_in_the_422(api: Api, disposition: bytes, field: str) -> None:
    """A multipart part may come without a name (the fuzzer found it answered ``"field": null``, against the
    documented error body)."""
    body = b"--B\r\nContent-Disposition: " + disposition + b"\r\n\r\nbad\x0c\r\n--B--\r\n"
    response = api.client.post("/api/v1/models/validate", data=body,
                                headers={**api.headers("admin"), "Content-Type": "multipart/form-data; boundary=B"})
    assert response.status_code == 422
    assert response.json["errors"] == [{"field": field, "message": "must not contain control characters"}]


@pytest.mark.parametrize(("body", "field"), [
    ('{"reason": "\\ud800"}', "reason"), ('{"data": {"\\udc00x": 1}}', "data"),
    ('{"data": {"note": ["ok", "a\\udfffb"]}}', "data.note[1]"),
])
def test_a_lone_surrogate_in_a_body_is_422_not_500(api: Api, body: str, field: str) -> None:
    """JSON can escape half of a UTF-16 pair (``"\\ud800"``): Python reads it, but no UTF-8 holds it, so
    PostgreSQL's driver raised UnicodeEncodeError (a 500) on the first text column it reached (an instance's
    cancel reason, a TMF622 order's description or externalId)."""
    response = api.post("/api/v1/fallouts/1/retry", data=body, content_type="application/json")
    assert response.status_code == 422, response.json
    message = "must be valid Unicode text (no lone surrogate halves such as \\ud800)"
    assert response.json["errors"] == [{"field": field, "message": f"keys {message}" if field == "data" else message}]


def test_a_lone_surrogate_in_a_tmf622_order_is_a_tmf_error(api: Api) -> None:
    response = api.post("/tmf-api/productOrderingManagement/v4/productOrder", user="agent",
                        data='{"externalId": "\\ud800", "productOrderItem": []}', content_type="application/json")
    assert response.status_code == 400 and response.json["@type"] == "Error", response.json
    assert response.json["errors"][0]["field"] == "externalId"


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "multipart/form-data"])
def test_form_fields_sent_to_a_json_endpoint_are_400_not_an_empty_body(api: Api, content_type: str) -> None:
    """The form was parsed before the handler ran, so its body looked empty: an instance started with no data
    (201) and a decision evaluated without its facts, without a word."""
    response = api.post("/api/v1/decisions/nothing/evaluate", data={"facts": '{"bandwidth": 500}'},
                        content_type=content_type)
    assert response.status_code == 400, response.json
    assert "not form fields" in response.json["errors"][0]["message"]
    tmf = api.post("/tmf-api/productOrderingManagement/v4/productOrder", user="agent",
                   data={"externalId": "X-1"}, content_type=content_type)
    assert tmf.status_code == 400 and "not form fields" in tmf.json["message"], tmf.json


def test_an_empty_form_post_still_counts_as_no_body(api: Api) -> None:
    response = api.post("/api/v1/fallouts/1/retry", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 404  # read fine as {}; there is no case 1
