"""The studio's decision page and test panel, and POST /api/v1/decisions/<id>/evaluate."""
from __future__ import annotations

from typing import Any

from tests.helpers import CHANGE_REQUEST_FILES


def test_evaluate_over_the_api_explains_the_match(api: Any) -> None:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    response = api.post("/api/v1/decisions/approval_level/evaluate", json={"facts": {"bandwidth": 1000,
                                                                                      "surcharge": 0}})
    assert response.status_code == 200, response.json
    body = response.json
    assert [r["index"] for r in body["matched_rules"]] == [3]
    assert body["outputs"] == {"approval_needed": True, "level": "high bandwidth"}
    none = api.post("/api/v1/decisions/approval_level/evaluate", json={"facts": {"bandwidth": 100, "surcharge": -5}})
    assert none.status_code == 200 and none.json["matched_rules"] == []
    assert api.post("/api/v1/decisions/nope/evaluate", json={}).status_code == 404
    assert api.post("/api/v1/decisions/approval_level/evaluate", user="agent", json={}).status_code == 403
    assert api.post("/api/v1/decisions/approval_level/evaluate", json={"facts": [1]}).status_code == 422


def test_decision_page_renders_the_table_and_the_test_panel(api: Any, client: Any) -> None:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    client.post("/login", data={"username": "admin", "password": "demo"})
    page = client.get("/studio/decisions/approval_level")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "UNIQUE" in html and "[500..10000]" in html and "high bandwidth" in html
    tried = client.post("/studio/decisions/approval_level", data={"facts": '{"bandwidth": 100, "surcharge": 50}'})
    assert tried.status_code == 200
    assert 'class="matched" data-rule="2"' in tried.get_data(as_text=True)
    bad = client.post("/studio/decisions/approval_level", data={"facts": "{oops"})
    assert bad.status_code == 422 and "not valid JSON" in bad.get_data(as_text=True)
    # on a phone each rule is a card of "column: cell": the labels were the headings' text run together
    # ("Bandwidthbandwidth: < 500", the heading's <br> and expression lost), now each column's own label
    assert '<td data-label="Bandwidth"><code>&lt; 500</code></td>' in html
    assert '<td data-label="level"><code>&#34;standard&#34;</code></td>' in html


OVERLAPPING = b"""<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="x">
  <decision id="tier" name="Tier">
    <decisionTable id="t" hitPolicy="UNIQUE">
      <input id="i1" label="Spend">
        <inputExpression id="e1" typeRef="number"><text>spend</text></inputExpression>
      </input>
      <output id="o1" name="tier" typeRef="string"/>
      <rule id="r1">
        <inputEntry id="a"><text>&gt;= 100</text></inputEntry><outputEntry id="b"><text>"gold"</text></outputEntry>
      </rule>
      <rule id="r2">
        <inputEntry id="c"><text>[50..150]</text></inputEntry><outputEntry id="d"><text>"silver"</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
</definitions>"""


def test_overlapping_unique_rules_are_flagged_at_deployment_and_fail_when_hit(api: Any) -> None:
    import io
    response = api.post("/api/v1/models", content_type="multipart/form-data",
                        data={"files": [(io.BytesIO(OVERLAPPING), "tier.dmn")]})
    assert response.status_code == 201, response.json
    assert any("overlap" in w["message"].lower() for w in response.json["warnings"]), response.json["warnings"]
    clash = api.post("/api/v1/decisions/tier/evaluate", json={"facts": {"spend": 120}})
    assert clash.status_code == 422 and "r1" in str(clash.json) and "r2" in str(clash.json)
    assert api.post("/api/v1/decisions/tier/evaluate", json={"facts": {"spend": 60}}).json["outputs"] == "silver"
