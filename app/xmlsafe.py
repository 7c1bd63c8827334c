"""Safe parsing of uploaded XML (BPMN, DMN, DMN TCK test files).

Uploaded models are untrusted: no DTDs, no entities, no network, bounded size and depth. Anything
else is rejected with a message that names the file and line.
"""
from __future__ import annotations

import re

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
        raise XmlRejected(filename, line, f"not well-formed XML: {syntax_error(exc.msg)}") from None
    if root.getroottree().docinfo.doctype:  # e.g. a UTF-16 file the byte check above cannot read
        raise XmlRejected(filename, 1, "a DOCTYPE is not allowed (DTDs and entities are refused)")
    return root


_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def as_utf8(data: bytes, filename: str = "model.xml") -> bytes:
    """``data``, an XML file as uploaded, in UTF-8. A deployed file keeps its bytes, in whatever encoding
    it was written (UTF-16, ISO-8859-1...), but the viewers and editors take text: such a file is written out
    again in UTF-8 from the same tree (a UTF-16 model's diagram pages answered 500).

    :raises XmlRejected: as :func:`parse_xml`, for a file that was never valid.
    """
    declared = _DECLARED_ENCODING.match(data.removeprefix(b"\xef\xbb\xbf"))
    if declared is None or declared.group(1).lower() in (b"utf-8", b"utf8"):
        try:
            data.decode("utf-8")
            return data
        except UnicodeDecodeError:
            pass  # UTF-16 with a byte order mark and no declaration, say
    return bytes(etree.tostring(parse_xml(data, filename).getroottree(), encoding="UTF-8", xml_declaration=True))


# libxml2's messages, in plain words (its wording is not for the people who upload files)
_SYNTAX = [
    (r"Opening and ending tag mismatch: (\S+) line (\d+) and ([^\s,]+)",
     "<{0}>, opened on line {1}, is closed by </{2}>"),
    (r"Premature end of data in tag (\S+) line (\d+)", "the file ends before <{0}> (opened on line {1}) is closed"),
    (r"Couldn't find end of Start Tag (\S+) line (\d+)", "the tag <{0}> on line {1} is not closed with '>'"),
    (r"Attribute (\S+) redefined", "the attribute '{0}' is given twice on one element"),
    (r"EntityRef: expecting ';'|xmlParseEntityRef: no name", "a '&' starts no character reference (write &amp;)"),
    (r"Start tag expected, '<' not found", "the file does not start with an XML element"),
    (r"Extra content at the end of the document", "there is content after the root element has ended"),
    (r"AttValue: \" or ' expected", "an attribute value is not in quotes"),
    (r"StartTag: invalid element name", "a tag's name is not a valid XML name"),
    (r"Namespace prefix (\S+) on (\S+) is not defined", "the prefix '{0}' of <{0}:{1}> is not declared"),
    (r"invalid Char value (\d+)", "the control character {0} is not allowed in XML"),
    (r"CData section not finished", "a CDATA section is not closed with ']]>'"),
    (r"Comment not terminated", "a comment is not closed with '-->'"),
    (r"Unsupported encoding:? ([^\s,]+)", "the encoding '{0}' is not supported; save the file as UTF-8"),
    (r"Document is empty", "the file holds no XML element"),
]


def syntax_error(message: str) -> str:
    """libxml2's syntax error in plain words, with where it is (line and column)."""
    where = re.search(r"line (\d+), column (\d+)\s*$", message)
    position = f" (line {where.group(1)}, column {where.group(2)})" if where else ""
    for pattern, sentence in _SYNTAX:
        found = re.search(pattern, message)
        if found:
            return sentence.format(*found.groups()) + position
    return "the XML cannot be read" + position


def _line_of(data: bytes, needle: bytes) -> int:
    return data[: data.index(needle)].count(b"\n") + 1
