"""DMN <import>: another model's item definitions and business knowledge models, by the import's name."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.rules import DmnInvalid
from app.rules import compile_dmn
from app.rules import dmn_namespace
from tests.helpers import DATA

TCK_IMPORT = DATA / "dmn-tck" / "compliance-level-3" / "0086-import"
IMPORTING, IMPORTED = TCK_IMPORT / "0086-import.dmn", TCK_IMPORT / "Imported_Model.dmn"
DECISION = "_2d131943-c513-416b-acc6-6efe8fe01ba4"  # 'A Decision Ctx with DT' calls myimport.Say Hello
NAMESPACE = "http://www.trisotech.com/definitions/_f27bb64b-6fc7-4e1f-9848-11ba35e0df36"
PERSON = {"A Person": {"name": "John Doe", "age": 47}}


def test_an_imported_knowledge_model_is_called_by_the_import_name() -> None:
    assert dmn_namespace(IMPORTED.read_bytes()) == NAMESPACE
    model = compile_dmn(IMPORTING.read_bytes(), IMPORTING.name, imports={NAMESPACE: IMPORTED.read_bytes()})
    assert model.evaluate(DECISION, PERSON).outputs == "Respectfully, Hello John Doe!"
    assert model.evaluate(DECISION, {"A Person": {"name": "Ann", "age": 21}}).outputs == "Hello Ann!"


def test_an_import_that_is_not_given_is_refused_naming_it() -> None:
    with pytest.raises(DmnInvalid) as refused:
        compile_dmn(IMPORTING.read_bytes(), IMPORTING.name)
    error = refused.value.errors[0]
    assert error["line"] == 18 and error["file"] == IMPORTING.name
    assert f"import 'myimport' names the DMN model '{NAMESPACE}', which is neither uploaded nor deployed" in \
        error["message"]


def test_a_model_importing_itself_is_refused() -> None:
    data = IMPORTING.read_bytes()
    own = dmn_namespace(data) or ""
    looped = data.replace(NAMESPACE.encode(), own.encode())
    with pytest.raises(DmnInvalid, match="imports this model back"):
        compile_dmn(looped, "loop.dmn", imports={own: looped})


def test_imports_resolve_within_an_upload_and_against_deployed_files(api: Any) -> None:
    alone = api.deploy(IMPORTING)
    assert alone.status_code == 422 and "neither uploaded nor deployed" in alone.json["errors"][0]["message"]
    together = api.deploy(IMPORTING, IMPORTED)
    assert together.status_code == 201, together.json
    answer = api.post(f"/api/v1/decisions/{DECISION}/evaluate", json={"facts": PERSON})
    assert answer.status_code == 200 and answer.json["outputs"] == "Respectfully, Hello John Doe!"
    again = api.deploy(IMPORTING)  # the imported model is deployed now; unchanged content is not redeployed
    assert again.status_code in (200, 201), again.json


NESTED = DATA / "dmn-tck" / "compliance-level-3" / "0089-nested-inputdata-imports"


def _nested_models() -> dict[str, bytes]:
    files = [NESTED / name for name in ("Model_B.dmn", "Model_B2.dmn", "Say_hello_1ID1D.dmn")]
    return {dmn_namespace(path.read_bytes()) or "": path.read_bytes() for path in files}


def test_a_decision_of_an_imported_model_is_required_and_its_inputs_are_nested_under_the_import() -> None:
    main = NESTED / "0089-nested-inputdata-imports.dmn"
    model = compile_dmn(main.read_bytes(), main.name, imports=_nested_models())
    facts = {"Model B": {"modelA": {"Person name": "Ann"}}, "Model B2": {"modelA": {"Person name": "Bob"}}}
    result = model.evaluate("Model C Decision based on Bs", facts)
    assert result.outputs == "B: Evaluating Say Hello to: Hello, Ann; B2: Evaluating Say Hello to: Hello, Bob"
    info = model.decisions["_fc1bff6c-b1ca-4a10-ba9a-23b8f5e86e6a"]
    assert set(info.imported_decisions) == {"Model B.Evaluating Say Hello", "Model B2.Evaluating B2 Say Hello"}
    missing = model.evaluate("Model C Decision based on Bs", {})  # no nested input: null, with the reason
    assert missing.outputs is None and any("'+' with a null operand" in w for w in missing.warnings)


def test_a_file_whose_imported_model_is_missing_is_refused_naming_the_import() -> None:
    main = NESTED / "0089-nested-inputdata-imports.dmn"
    models = _nested_models()
    del models["http://www.trisotech.com/definitions/_9d46ece4-a96c-4cb0-abc0-0ca121ac3768"]  # Model B2
    with pytest.raises(DmnInvalid) as refused:
        compile_dmn(main.read_bytes(), main.name, imports=models)
    messages = [error["message"] for error in refused.value.errors]
    assert any("import 'Model B2' names the DMN model" in message for message in messages)


def test_a_decision_requiring_a_decision_no_import_holds_is_unusable_and_the_others_deploy() -> None:
    ns = "https://www.omg.org/spec/DMN/20191111/MODEL/"
    data = (f'<definitions xmlns="{ns}" id="d" name="t" namespace="http://ordra.test/own">'
            '<decision id="fine" name="fine"><literalExpression><text>1</text></literalExpression></decision>'
            '<decision id="needs" name="needs"><informationRequirement>'
            '<requiredDecision href="http://ordra.test/elsewhere#x"/></informationRequirement>'
            '<literalExpression><text>2</text></literalExpression></decision></definitions>').encode()
    model = compile_dmn(data, "partial.dmn")
    assert model.evaluate("fine", {}).outputs == 1
    assert model.decisions["needs"].kind == "unusable"
    warning = next(w for w in model.warnings if w["decision"] == "needs")
    assert warning["line"] == 1 and "none of this file's imports holds" in warning["message"]


def test_an_upload_with_decision_imports_evaluates_and_the_page_names_the_imported_decisions(
        api: Any, client: Any, tmp_path: Path) -> None:
    # Model_B and Model_B2 give their decisions the same id, which Ordra's deployments (decision ids
    # unique across deployed files) refuse; B2's decision gets an id of its own here
    shared, own = "_96df766e-23e1-4aa6-9d5d-545fbe2f1e23", "_b2_evaluating_say_hello"
    b2_namespace = "http://www.trisotech.com/definitions/_9d46ece4-a96c-4cb0-abc0-0ca121ac3768"
    texts = {name: (NESTED / name).read_text() for name in ("0089-nested-inputdata-imports.dmn", "Model_B.dmn",
                                                             "Model_B2.dmn", "Say_hello_1ID1D.dmn")}
    texts["Model_B2.dmn"] = texts["Model_B2.dmn"].replace(f'id="{shared}"', f'id="{own}"')
    texts["0089-nested-inputdata-imports.dmn"] = texts["0089-nested-inputdata-imports.dmn"].replace(
        f"{b2_namespace}#{shared}", f"{b2_namespace}#{own}")
    files = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
        files.append(tmp_path / name)
    deployed = api.deploy(*files)
    assert deployed.status_code == 201, deployed.json
    decision_id = "_fc1bff6c-b1ca-4a10-ba9a-23b8f5e86e6a"
    facts = {"Model B": {"modelA": {"Person name": "Ann"}}, "Model B2": {"modelA": {"Person name": "Ann"}}}
    answer = api.post(f"/api/v1/decisions/{decision_id}/evaluate", json={"facts": facts})
    assert answer.status_code == 200, answer.json
    assert answer.json["outputs"] == "B: Evaluating Say Hello to: Hello, Ann; B2: Evaluating Say Hello to: Hello, Ann"
    client.post("/login", data={"username": "admin", "password": "demo"})
    page = client.get(f"/studio/decisions/{decision_id}").get_data(as_text=True)
    assert "requires Model B2.Evaluating B2 Say Hello, Model B.Evaluating Say Hello" in page  # the file's order
