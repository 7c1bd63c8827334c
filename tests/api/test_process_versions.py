"""Comparing two versions of a process, and downloading a version's BPMN."""
from __future__ import annotations

import io
from typing import Any

from jsonschema import Draft202012Validator

from tests.helpers import DATA

DIVIDE = (DATA / "models" / "divide.bpmn").read_bytes()

DI = b"""  <bpmndi:BPMNDiagram id="Diagram_divide">
    <bpmndi:BPMNPlane id="Plane_divide" bpmnElement="divide">
      <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>"""


def version_2() -> bytes:
    """v1 with the start event re-indented, a diagram added, the script changed and a note added."""
    content = DIVIDE.replace(b'<bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>',
                             b'<bpmn:startEvent id="start">\n      <bpmn:outgoing>f1</bpmn:outgoing>\n'
                             b'    </bpmn:startEvent>')
    content = content.replace(b"share = total / parts", b"share = total // parts")
    content = content.replace(b"  </bpmn:process>", b'    <bpmn:textAnnotation id="note_1"><bpmn:text>Integer '
                                                      b"shares</bpmn:text></bpmn:textAnnotation>\n  </bpmn:process>")
    content = content.replace(b'targetNamespace="http://ordra.example/bpmn"',
                              b'targetNamespace="http://ordra.example/bpmn" '
                              b'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
                              b'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"')
    return content.replace(b"</bpmn:definitions>", DI)


def deploy(api: Any, content: bytes) -> Any:
    response = api.post("/api/v1/models", content_type="multipart/form-data",
                        data={"files": [(io.BytesIO(content), "divide.bpmn")]})
    assert response.status_code == 201, response.json
    return response


def diff(api: Any, query: str, user: str = "admin") -> Any:
    return api.get(f"/api/v1/processes/divide/diff?{query}", user=user)


def ids(response: Any) -> dict[str, list[str]]:
    """The answer's three lists of element ids, as they were before ``details`` came beside them."""
    return {kind: response.json[kind] for kind in ("added", "removed", "changed")}


def test_diff_names_added_removed_and_changed_elements(api: Any) -> None:
    v2 = version_2()
    assert v2.count(b"\n") > DIVIDE.count(b"\n") + 5  # the rewrite really happened
    deploy(api, DIVIDE)
    deploy(api, v2)
    deploy(api, v2.replace(b'<bpmn:textAnnotation id="note_1"><bpmn:text>Integer shares</bpmn:text>'
                           b"</bpmn:textAnnotation>", b""))

    one_two = diff(api, "from=1&to=2")
    assert one_two.status_code == 200, one_two.json
    assert ids(one_two) == {"added": ["note_1"], "removed": [], "changed": ["split_total"]}
    assert diff(api, "from=2&to=3").json == {"added": [], "removed": ["note_1"], "changed": [], "details": {}}
    assert ids(diff(api, "from=2&to=1")) == {"added": [], "removed": ["note_1"], "changed": ["split_total"]}
    assert ids(diff(api, "from=1&to=3")) == {"added": [], "removed": [], "changed": ["split_total"]}
    assert diff(api, "from=3&to=3").json == {"added": [], "removed": [], "changed": [], "details": {}}


def test_diff_counts_flows_lanes_and_rewired_nodes(api: Any) -> None:
    deploy(api, DIVIDE)
    rewired = DIVIDE.replace(b'<bpmn:flowNodeRef>end</bpmn:flowNodeRef>',
                             b'<bpmn:flowNodeRef>end</bpmn:flowNodeRef><bpmn:flowNodeRef>check</bpmn:flowNodeRef>')
    rewired = rewired.replace(b'<bpmn:sequenceFlow id="f2" sourceRef="split_total" targetRef="end" />',
                              b'<bpmn:sequenceFlow id="f2" sourceRef="split_total" targetRef="check" />'
                              b'<bpmn:scriptTask id="check" name="Check"><bpmn:incoming>f2</bpmn:incoming>'
                              b'<bpmn:outgoing>f3</bpmn:outgoing><bpmn:script>ok = share &gt; 0</bpmn:script>'
                              b'</bpmn:scriptTask><bpmn:sequenceFlow id="f3" sourceRef="check" targetRef="end" />')
    rewired = rewired.replace(b'<bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming>',
                              b'<bpmn:endEvent id="end"><bpmn:incoming>f3</bpmn:incoming>')
    deploy(api, rewired)
    rewiring = diff(api, "from=1&to=2")
    assert ids(rewiring) == {"added": ["check", "f3"], "removed": [], "changed": ["Lane_divide", "end", "f2"]}
    # what changed in each, in words, with the ids and values as they stand in the files
    assert rewiring.json["details"] == {
        "Lane_divide": [{"what": "flow nodes", "before": "end, split_total, start",
                         "after": "check, end, split_total, start", "text": "flow nodes: added Check (check)"}],
        "end": [{"what": "incoming flows", "before": "f2", "after": "f3",
                 "text": "incoming flows: added f3 (sequence flow); removed f2 (sequence flow)"}],
        "f2": [{"what": "route", "before": "split_total → end", "after": "split_total → check",
                "text": "now goes from Split total (split_total) to Check (check) (was to end (end event))"}]}


def test_diff_details_say_what_changed_in_each_element(api: Any) -> None:
    """Renamed, its script rewritten, moved to another lane: each a line; the script's two texts whole."""
    deploy(api, DIVIDE)
    lanes = DIVIDE.replace(b'<bpmn:flowNodeRef>split_total</bpmn:flowNodeRef>\n', b"").replace(
        b"    </bpmn:laneSet>", b'      <bpmn:lane id="Lane_orders" name="Order agent">'
                                 b"<bpmn:flowNodeRef>split_total</bpmn:flowNodeRef></bpmn:lane>\n    </bpmn:laneSet>")
    deploy(api, lanes.replace(b'name="Split total"', b'name="Split the total"').replace(
        b"share = total / parts", b"share = total // parts\nrest = total % parts"))
    answer = diff(api, "from=1&to=2")
    assert ids(answer) == {"added": ["Lane_orders"], "removed": [], "changed": ["Lane_divide", "split_total"]}
    assert answer.json["details"]["split_total"] == [
        {"what": "name", "before": "Split total", "after": "Split the total",
         "text": 'name: "Split total" → "Split the total"'},
        {"what": "script", "before": "share = total / parts", "after": "share = total // parts\nrest = total % parts",
         "text": "script changed"},
        {"what": "lane", "before": "Fulfillment agent", "after": "Order agent",
         "text": "lane: Fulfillment agent → Order agent"}]
    assert answer.json["details"]["Lane_divide"][0]["text"] == "flow nodes: removed Split the total (split_total)"
    # and the answer is the one the OpenAPI document describes
    document = api.get("/api/v1/openapi.json", user=None).json
    schema = document["paths"]["/api/v1/processes/{process_id}/diff"]["get"]["responses"]["200"]["content"][
        "application/json"]["schema"]
    Draft202012Validator(schema).validate(answer.json)
    assert "details" in schema["required"]
    bad = answer.json | {"details": {"split_total": [{"what": "name"}]}}
    assert not Draft202012Validator(schema).is_valid(bad)


def test_diff_refuses_bad_parameters_and_unknown_versions(api: Any) -> None:
    deploy(api, DIVIDE)
    for query in ("from=1", "to=1", "", "from=a&to=1", "from=1&to=-1", "from=0&to=1", "from=1.5&to=1"):
        response = diff(api, query)
        assert response.status_code == 422, (query, response.json)
        assert response.json["errors"][0]["field"] in ("from", "to")
    assert diff(api, "from=1&to=2").status_code == 404
    assert api.get("/api/v1/processes/nope/diff?from=1&to=1").status_code == 404


def test_diff_and_download_by_role(api: Any) -> None:
    deploy(api, DIVIDE)
    for user in ("omanager", "fmanager"):
        assert diff(api, "from=1&to=1", user=user).status_code == 200
        assert api.get("/api/v1/processes/divide/versions/1/xml", user=user).status_code == 200
    for user in ("alice", "agent", "fulfiller"):
        assert diff(api, "from=1&to=1", user=user).status_code == 403
        assert api.get("/api/v1/processes/divide/versions/1/xml", user=user).status_code == 403
    assert diff(api, "from=1&to=1", user=None).status_code == 401


def test_download_is_the_deployed_file_as_an_attachment(api: Any) -> None:
    deploy(api, DIVIDE)
    deploy(api, version_2())
    response = api.get("/api/v1/processes/divide/versions/1/xml")
    assert response.status_code == 200
    assert response.data == DIVIDE
    assert response.headers["Content-Disposition"] == "attachment; filename=divide.bpmn"
    assert response.mimetype == "application/xml"
    assert api.get("/api/v1/processes/divide/versions/2/xml").data == version_2()
    assert api.get("/api/v1/processes/divide/versions/3/xml").status_code == 404
    assert api.get("/api/v1/processes/nope/versions/1/xml").status_code == 404


def test_version_page_links_the_download(api: Any, client: Any) -> None:
    deploy(api, DIVIDE)
    client.post("/login", data={"username": "admin", "password": "demo"})
    page = client.get("/studio/processes/divide/versions/1").get_data(as_text=True)
    assert 'href="/studio/processes/divide/versions/1/download"' in page
    download = client.get("/studio/processes/divide/versions/1/download")
    assert download.status_code == 200 and download.data == DIVIDE
    assert download.headers["Content-Disposition"].startswith("attachment")
    client.post("/logout")
    client.post("/login", data={"username": "alice", "password": "demo"})
    assert client.get("/studio/processes/divide/versions/1/download").status_code == 403


def test_diff_page_shows_both_versions_with_their_marks(api: Any, client: Any) -> None:
    deploy(api, DIVIDE)
    deploy(api, version_2())
    client.post("/login", data={"username": "omanager", "password": "demo"})
    assert 'href="/studio/processes/divide/diff?from=1&amp;to=2"' in client.get(
        "/studio/processes/divide/versions/2").get_data(as_text=True)
    page = client.get("/studio/processes/divide/diff?from=1&to=2")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    # each element by its name and id, an unnamed one by its id and kind (ids alone said little)
    assert "added: note_1 (text annotation)" in html and "removed: none" in html
    assert "changed: Split total (split_total)" in html
    assert '{"removed": [], "changed": ["split_total"]}' in html  # in the template's order
    assert '{"added": ["note_1"], "changed": ["split_total"]}' in html
    # under each changed element what changed in it: the script's two texts in boxes reached by keyboard
    assert '<h2 id="diff-details-title">What changed</h2>' in html and "<h3>Split total (split_total)</h3>" in html
    assert "<summary>script changed</summary>" in html
    assert '<figcaption>v1</figcaption>' in html and "<pre>share = total / parts</pre>" in html
    assert "<pre>share = total // parts</pre>" in html
    assert html.count('tabindex="0" role="region" aria-label="script of Split total (split_total) in v') == 2
    assert client.get("/studio/processes/divide/diff?from=1&to=9").status_code == 404
    assert client.get("/studio/processes/divide/diff?from=x&to=2").status_code == 422
    client.post("/logout")
    client.post("/login", data={"username": "alice", "password": "demo"})
    assert client.get("/studio/processes/divide/diff?from=1&to=2").status_code == 403


def test_diff_page_escapes_what_the_model_says(api: Any, client: Any) -> None:
    """Names, conditions and scripts are the uploader's text: shown, never run as HTML."""
    deploy(api, DIVIDE)
    deploy(api, DIVIDE.replace(b'name="Split total"', b'name="&lt;img src=x onerror=alert(1)&gt; &amp; co"')
           .replace(b"share = total / parts", b"share = total / parts  # &lt;/pre&gt;&lt;script&gt;x()&lt;/script&gt;"))
    client.post("/login", data={"username": "admin", "password": "demo"})
    html = client.get("/studio/processes/divide/diff?from=1&to=2").get_data(as_text=True)
    assert "<img src=x" not in html and "<script>x()" not in html
    assert "name: &#34;Split total&#34; → &#34;&lt;img src=x onerror=alert(1)&gt; &amp; co&#34;" in html
    assert "<pre>share = total / parts  # &lt;/pre&gt;&lt;script&gt;x()&lt;/script&gt;</pre>" in html
