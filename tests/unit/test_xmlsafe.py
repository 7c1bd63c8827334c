from __future__ import annotations

import pytest

from app.xmlsafe import XmlRejected
from app.xmlsafe import parse_xml
from tests.helpers import BILLION_LAUGHS
from tests.helpers import XXE


def test_parses_plain_xml_with_line_numbers() -> None:
    root = parse_xml(b"<a>\n  <b/>\n</a>", "x.bpmn")
    assert root[0].sourceline == 2


@pytest.mark.parametrize("data, fragment", [
    (XXE, "DOCTYPE"),
    (BILLION_LAUGHS, "DOCTYPE"),
    (b"<a><b></a>", "not well-formed"),
    (b"<definitions>", "not well-formed"),
    (b"", "empty"),
    (b"   \n", "empty"),
])
def test_rejects_unsafe_or_broken_xml(data: bytes, fragment: str) -> None:
    with pytest.raises(XmlRejected) as caught:
        parse_xml(data, "bad.bpmn")
    assert fragment in caught.value.errors[0]["message"]
    assert caught.value.errors[0]["file"] == "bad.bpmn"


def test_truncated_xml_names_the_line() -> None:
    with pytest.raises(XmlRejected) as caught:
        parse_xml(b"<a>\n<b>\n<c>\n", "t.bpmn")
    assert caught.value.errors[0]["line"] is not None


def test_size_limit() -> None:
    with pytest.raises(XmlRejected, match="limit"):
        parse_xml(b"<a>" + b" " * 100 + b"</a>", "big.bpmn", max_bytes=50)


@pytest.mark.parametrize(("data", "said"), [
    (b"<a>\n<b>\n</c>", "not well-formed XML: <b>, opened on line 2, is closed by </c> (line 3, column 5)"),
    (b"<definitions>", "the file ends before <definitions> (opened on line 1) is closed"),
    (b"<a x='1' x='2'/>", "the attribute 'x' is given twice on one element"),
    (b"<a>&foo</a>", "a '&' starts no character reference (write &amp;)"),
    (b"<a:b/>", "the prefix 'a' of <a:b> is not declared"),
])
def test_syntax_errors_are_told_in_plain_words_with_their_place(data: bytes, said: str) -> None:
    with pytest.raises(XmlRejected) as rejected:
        parse_xml(data, "f.bpmn")
    assert said in rejected.value.errors[0]["message"]
