"""vCard 2.1, 3.0 and 4.0 as phones and address books export them.

    table = read_vcard(data)     # headers are target fields: guess_mapping maps them 1:1

One row per card, numbered 1, 2, 3… in file order. Lines folded with CRLF + space and the soft
line breaks ("=" at the end) of QUOTED-PRINTABLE are joined; QUOTED-PRINTABLE values are decoded
with their CHARSET; `item1.TEL` groups and `TEL;VALUE=uri:tel:+86…` are plain phones.

The person is `contact_name`: FN, else N — family and given name joined without a space when
Chinese ("张" + "三" = "张三"), "Given Family" otherwise. With an ORG the company is the
customer and the person its contact; without, the person is the customer (the rule of
`clean_row`). Several phones or e-mails are joined with ", "; the preferred address gives
address, city, postal code and country; CATEGORIES become tags; BDAY is kept as written
("19900415", "1990-04-15", "--0415") for `clean_row` to read.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from crmdesk.exchange.csv_reader import decode
from crmdesk.exchange.errors import no_contacts
from crmdesk.exchange.model import Cell, SourceRow, Table

__all__ = ["VCARD_FIELDS", "read_vcard"]

VCARD_FIELDS = (
    "contact_name",
    "company",
    "contact_title",
    "phone",
    "email",
    "address",
    "city",
    "postal_code",
    "country",
    "birthday",
    "notes",
    "tags",
    "contact_wechat",
)
_LINES = re.compile(r"\r\n|\r|\n")
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPED = {"n": "\n", "N": "\n"}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_WECHAT = ("weixin:", "wechat:")


@dataclass
class Property:
    name: str
    params: dict[str, list[str]]
    value: str

    def has(self, key: str, value: str) -> bool:
        return value in self.params.get(key, ())


@dataclass
class Card:
    properties: list[Property] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        found = [p for p in self.properties if p.name == name]
        return sorted(found, key=_preference)

    def first(self, name: str) -> str:
        found = self.all(name)
        return found[0].value if found else ""


def read_vcard(data: bytes) -> Table:
    """Table of the cards in a vCard file."""
    text, encoding = decode(data)
    cards = list(_cards(_unfold(_LINES.split(text))))
    if not cards:
        raise no_contacts()
    rows = [SourceRow(number, _row(card)) for number, card in enumerate(cards, 1)]
    return Table(headers=list(VCARD_FIELDS), rows=rows, kind="vcard", encoding=encoding)


def _unfold(lines: list[str]) -> Iterator[str]:
    current: str | None = None
    for line in lines:
        if current is not None and _soft_break(current):
            current = current[:-1] + line
        elif current is not None and line[:1] in (" ", "\t"):
            current += line[1:]
        else:
            if current is not None:
                yield current
            current = line
    if current is not None:
        yield current


def _soft_break(line: str) -> bool:
    if not line.endswith("="):
        return False
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _cards(lines: Iterator[str]) -> Iterator[Card]:
    card: Card | None = None
    for line in lines:
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            card = Card()
        elif upper == "END:VCARD":
            if card is not None:
                yield card
            card = None
        elif card is not None and (prop := _property(line)) is not None:
            card.properties.append(prop)
    if card is not None and card.properties:
        yield card  # a last card without END: keep what it says


def _split_outside_quotes(text: str, separator: str, limit: int = -1) -> list[str]:
    parts, start, quoted = [], 0, False
    for index, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == separator and not quoted:
            parts.append(text[start:index])
            start = index + 1
            if len(parts) == limit:
                break
    parts.append(text[start:])
    return parts


def _property(line: str) -> Property | None:
    head_value = _split_outside_quotes(line, ":", 1)
    if len(head_value) < 2:
        return None
    head, value = head_value
    name, *raw_params = _split_outside_quotes(head, ";")
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        key, equals, values = raw.partition("=")
        if not equals:  # vCard 2.1: "TEL;CELL;PREF:" and bare "QUOTED-PRINTABLE"
            key, values = _bare_param(raw)
        params.setdefault(key.strip().upper(), []).extend(
            v.strip().strip('"').upper() if key.upper() != "CHARSET" else v.strip().strip('"')
            for v in values.split(",")
        )
    name = name.rsplit(".", 1)[-1].strip().upper()  # "item1.TEL" -> "TEL"
    return Property(name, params, _decoded(value, params))


def _bare_param(raw: str) -> tuple[str, str]:
    upper = raw.strip().upper()
    if upper in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"):
        return "ENCODING", upper
    return "TYPE", upper


def _decoded(value: str, params: dict[str, list[str]]) -> str:
    encoding = params.get("ENCODING", [""])[0]
    if encoding in ("B", "BASE64"):
        return ""  # photos and keys: not imported
    if encoding != "QUOTED-PRINTABLE":
        return value
    raw = quopri.decodestring(value.encode("utf-8"))
    charset = params.get("CHARSET", ["utf-8"])[0]
    for name in (charset, "utf-8", "gb18030"):
        try:
            return raw.decode(name)
        except (UnicodeError, LookupError, ValueError):  # ValueError: a NUL in the name
            continue
    return raw.decode("utf-8", "replace")


def _preference(prop: Property) -> int:
    """Sort key: PREF=1 (4.0) or TYPE=PREF (2.1/3.0) first, then file order."""
    pref = prop.params.get("PREF", [""])[0]
    if pref.isdigit():
        return min(int(pref), 100)
    return 0 if prop.has("TYPE", "PREF") else 101


def _unescape(text: str) -> str:
    return _UNESCAPE.sub(lambda m: _ESCAPED.get(m.group(1), m.group(1)), text).strip()


def _components(value: str, separator: str = ";") -> list[str]:
    parts = re.split(r"(?<!\\)" + re.escape(separator), value)
    return [_unescape(part) for part in parts]


def _person(card: Card) -> str:
    full = _unescape(card.first("FN"))
    if full:
        return full
    parts = [*_components(card.first("N")), "", ""]
    family, given = parts[0], parts[1]
    if _CJK.search(family + given):
        return family + given
    return " ".join(p for p in (given, family) if p)


def _address(card: Card) -> tuple[str, str, str, str]:
    found = card.all("ADR")
    if not found:
        return "", "", "", ""
    parts = [*_components(found[0].value), *[""] * 7]
    box, extended, street, city, region, code, country = parts[:7]
    address = ", ".join(p for p in (street, extended, box) if p)
    return address, city or region, code, country


def _phone(prop: Property) -> str:
    value = prop.value.strip()
    if value.lower().startswith("tel:"):
        value = value[4:].split(";", 1)[0]
    return value


def _wechat(card: Card) -> str:
    for prop in card.all("IMPP"):
        if prop.value.lower().startswith(_WECHAT):
            return prop.value.split(":", 1)[1].strip()
    return _unescape(card.first("X-WECHAT") or card.first("X-WEIXIN"))


def _row(card: Card) -> list[Cell]:
    address, city, code, country = _address(card)
    tags = [t for p in card.all("CATEGORIES") for t in _components(p.value, ",") if t]
    values = {
        "contact_name": _person(card),
        "company": _components(card.first("ORG"))[0],
        "contact_title": _unescape(card.first("TITLE")),
        "phone": ", ".join(filter(None, (_phone(p) for p in card.all("TEL")))),
        "email": ", ".join(filter(None, (_unescape(p.value) for p in card.all("EMAIL")))),
        "address": address,
        "city": city,
        "postal_code": code,
        "country": country,
        "birthday": card.first("BDAY").strip(),
        "notes": "\n".join(filter(None, (_unescape(p.value) for p in card.all("NOTE")))),
        "tags": ",".join(tags),
        "contact_wechat": _wechat(card),
    }
    return [values[name] or None for name in VCARD_FIELDS]
