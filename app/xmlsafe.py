"""Safe parsing of uploaded XML (BPMN, DMN, DMN TCK test files).

Uploaded models are untrusted: no DTDs, no entities, no network, bounded size and depth. Anything
else is rejected with a message that names the file and line.
"""
from __future__ import annotations

from lxml import etree

from app.errors import Invalid

MAX_XML_BYTES = 5 * 1024 * 1024


class XmlRejected(Invalid):
    """An XML document that is malformed or uses a forbidden construct."""

    def __init__(self, filename: str, line: int | None, message: str) -> None:
        super().__init__(message, [{"file": filename, "line": line, "message": message}])
        self.filename = filename
        self.line = line


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=False,
    )


def parse_xml(data: bytes, filename: str, *, max_bytes: int = MAX_XML_BYTES) -> etree._Element:
    """Parse ``data`` and return the root element.

    :raises XmlRejected: empty, too large, malformed, or carrying a DOCTYPE (DTDs and entities are
        how XXE and entity-expansion bombs get in, and no BPMN/DMN tool needs them).
    """
    if not data.strip():
        raise XmlRejected(filename, None, "the file is empty")
    if len(data) > max_bytes:
        raise XmlRejected(filename, None, f"the file is {len(data)} bytes; the limit is {max_bytes}")
    if b"<!DOCTYPE" in data:  # refuse before parsing: even an unexpanded entity bomb costs work
        raise XmlRejected(filename, _line_of(data, b"<!DOCTYPE"), "a DOCTYPE is not allowed (DTDs and entities "
                                                                  "are refused)")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if isinstance(exc.lineno, int) and exc.lineno > 0 else None
        raise XmlRejected(filename, line, f"not well-formed XML: {exc.msg}") from None
    if root.getroottree().docinfo.doctype:  # e.g. a UTF-16 file the byte check above cannot read
        raise XmlRejected(filename, 1, "a DOCTYPE is not allowed (DTDs and entities are refused)")
    return root


def _line_of(data: bytes, needle: bytes) -> int:
    return data[: data.index(needle)].count(b"\n") + 1
