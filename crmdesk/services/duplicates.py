"""The duplicate finder: groups of live customers that are probably the same.

    groups = find_duplicates(session, limit=200)
    groups[0].score                      # 95
    groups[0].reasons                    # (Reason("phone", "+8613912345678", 95),)
    [m.name for m in groups[0].members]  # ["星河贸易有限公司", "星河贸易"]  (oldest first)

Customers share a *key* when they have the same E.164 phone (their own or a contact's), the
same e-mail, the same name+company key (as imports match), or similar names: names are
reduced to a core (casefolded; brackets, punctuation, a leading city or province and legal
suffixes removed, so "上海华信科技有限公司" and "华信科技" are both 华信科技) and cores are
compared with difflib only within blocks of the same kind and first two characters. Similar
names count only within the same city (or when a city is missing on one side). Customers
sharing a key end up in one group (union-find): nothing is compared pair by pair, so 100,000
customers cost a few seconds. A key shared by more than MAX_KEY_MEMBERS customers (a
switchboard number, info@…) says nothing and is ignored.

Scores (0-100): phone 95, e-mail 90, name+company 85, similar firm names 80 × similarity,
the same person's name in the same city 55; +5 for each further kind of evidence. A group
scores what its weakest member scores.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from crmdesk.domain.progress import Cancelled, Progress
from crmdesk.exchange.normalise import name_company_key
from crmdesk.exchange.phones import e164
from crmdesk.services.preferences import load_preferences
from crmdesk.services.session import Session

__all__ = [
    "SEARCH_STEPS",
    "DuplicateGroup",
    "Member",
    "Reason",
    "SearchCancelled",
    "core_name",
    "find_duplicates",
]

MAX_KEY_MEMBERS = 20  # a key shared more widely is a switchboard or info@…: ignored
MAX_GROUP = 12  # a larger chain of shared keys is shown key by key
SIMILAR = 0.8  # difflib ratio from which two name cores count as similar
WEIGHTS = {"phone": 95, "email": 90, "name": 85, "similar": 80, "person": 55}
_BLOCK_LIMIT = 400  # distinct cores per block compared all against all
_WINDOW = 50  # beyond that, each core against its next 50 in sorted order

_PHONE_SPLIT = re.compile(r"[,，;；/、|\n\r]+")  # as exchange.phones splits a cell
_NON_DIGITS = re.compile(r"\D+")
_BRACKETS = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
_SUFFIX = re.compile(
    r"(?:股份有限公司|有限责任公司|集团有限公司|有限公司|分公司|总公司|集团|公司|"
    r"(?:^|\s)(?:co\s*ltd|pte\s*ltd|ltd|limited|inc|incorporated|corp|corporation|co|company|"
    r"gmbh|llc|plc|ag|sa|bv|group))\s*$"
)
_REGION = re.compile(r"^[\u4e00-\u9fff]{2,3}?(?:省|市|自治区)")
_PLACE_NAMES = (
    "北京 上海 天津 重庆 广州 深圳 杭州 苏州 南京 成都 武汉 西安 宁波 东莞 青岛 厦门 长沙 "
    "佛山 无锡 郑州 济南 合肥 福州 沈阳 大连 昆明 长春 太原 南昌 南宁 贵阳 兰州 海口 珠海 "
    "温州 常州 烟台 泉州 绍兴 嘉兴 中山 惠州 哈尔滨 石家庄 广东 浙江 江苏 山东 福建 四川 "
    "湖北 湖南 河南 河北 安徽 江西 辽宁 吉林 陕西 山西 云南 贵州 广西 海南 甘肃 黑龙江 "
    "内蒙古 香港 澳门 台湾"
)
_PLACES = frozenset(_PLACE_NAMES.split())


@dataclass(frozen=True)
class Reason:
    kind: str  # phone, email, name, similar, person
    detail: str  # the shared phone, e-mail, name+company key or name core
    score: int


@dataclass(frozen=True)
class Member:
    id: str
    name: str
    company: str | None
    city: str | None
    phone: str | None
    email: str | None
    created_at: str
    kind: str = "company"


@dataclass(frozen=True)
class DuplicateGroup:
    members: tuple[Member, ...]  # oldest first: the suggested survivor
    score: int
    reasons: tuple[Reason, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(m.id for m in self.members)


class SearchCancelled(Exception):
    """The search for duplicates was cancelled (it changes nothing)."""


SEARCH_STEPS = 5  # reading, phones, e-mails and exact names, similar names, grouping


def find_duplicates(
    session: Session,
    *,
    limit: int = 200,
    min_score: int = 50,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[DuplicateGroup]:
    """Groups of live customers that are probably the same, best score first.

    Seconds at 100,000 customers: *progress(step, SEARCH_STEPS)* after each step, and
    SearchCancelled between steps once *cancelled()*.
    """
    region = load_preferences(session).phone_region
    finder = _Finder(session)
    steps = (lambda: finder.phone_keys(region), finder.exact_keys, finder.similar_keys)
    for done, step in enumerate(steps, start=1):
        _next_step(done, progress, cancelled)
        step()
    _next_step(len(steps) + 1, progress, cancelled)
    wanted = [g for g in finder.groups() if g.score >= min_score]
    wanted.sort(key=lambda g: (-g.score, -len(g.members), g.members[0].name))
    return wanted[:limit]


def _next_step(done: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if progress is not None:
        progress(done, SEARCH_STEPS)
    if cancelled is not None and cancelled():
        raise SearchCancelled


def core_name(name: str, city: str | None = None, *, firm: bool = True) -> str:
    """The part of a name that identifies it: 上海华信科技有限公司 -> 华信科技."""
    text = unicodedata.normalize("NFKC", name).casefold()
    if not firm:
        return "".join(ch for ch in text if ch.isalnum())
    text = " ".join(_BRACKETS.sub(" ", text).replace(".", " ").replace(",", " ").split())
    for _ in range(3):
        shorter = _SUFFIX.sub("", text).strip()
        if shorter == text or not shorter:
            break
        text = shorter
    core = "".join(ch for ch in text if ch.isalnum())
    place = unicodedata.normalize("NFKC", city or "").casefold()
    for _ in range(2):  # a province, then a city: 广东省深圳市…
        stripped = _strip_place(core, place)
        if len(stripped) < 2 or stripped == core:
            break
        core = stripped
    return core


def _strip_place(core: str, city: str) -> str:
    if city and core.startswith(city):
        return core[len(city) :]
    if found := _REGION.match(core):
        return core[found.end() :]
    for size in (2, 3):
        if core[:size] in _PLACES:
            return core[size:]
    return core


_CUSTOMERS = (
    "SELECT id, name, company, city, phone, email, created_at, kind FROM customer "
    "WHERE deleted_at IS NULL ORDER BY created_at, id"
)
_CONTACTS = (
    "SELECT ct.customer_id, ct.phones, ct.email FROM contact ct "
    "JOIN customer c ON c.id = ct.customer_id "
    "WHERE ct.deleted_at IS NULL AND c.deleted_at IS NULL"
)


class _Finder:
    """Live customers (by list index) and the keys they share."""

    def __init__(self, session: Session) -> None:
        db = session.store.db
        self.members = [Member(*row) for row in db.execute_sql(_CUSTOMERS)]
        position = {m.id: i for i, m in enumerate(self.members)}
        self.contacts = [(position[cid], p, e) for cid, p, e in db.execute_sql(_CONTACTS)]
        self.keys: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.core_of: dict[int, str] = {}  # each customer's name core
        self.best: dict[str, float] = {}  # each core's best similarity to another core

    def phone_keys(self, region: str) -> None:
        """Phones as E.164, parsed only where the last 8 digits of two customers' phones meet."""
        texts = [(i, m.phone) for i, m in enumerate(self.members) if m.phone]
        texts += [(i, phones) for i, phones, _email in self.contacts if phones]
        by_tail: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for index, text in texts:
            for piece in _PHONE_SPLIT.split(text):
                digits = _NON_DIGITS.sub("", piece)
                if len(digits) >= 5:
                    by_tail[digits[-8:]].append((piece.strip(), index))
        for pieces in by_tail.values():
            if len({index for _, index in pieces}) > 1:
                for piece, index in pieces:
                    if (number := e164(piece, region)) is not None:
                        self.keys["phone", number].add(index)

    def exact_keys(self) -> None:
        emails = [(i, m.email) for i, m in enumerate(self.members) if m.email]
        emails += [(i, email) for i, _phones, email in self.contacts if email]
        for index, email in emails:
            self.keys["email", email.strip().casefold()].add(index)
        for index, m in enumerate(self.members):
            if m.kind == "company" or m.company:
                self.keys["name", name_company_key(m.name, m.company)].add(index)

    def similar_keys(self) -> None:
        """("similar", cluster|city) keys for firms, ("person", name|city) for people."""
        by_core: dict[tuple[str, str], list[int]] = defaultdict(list)
        for index, m in enumerate(self.members):
            firm = m.kind == "company"
            core = core_name(m.company or m.name if firm else m.name, m.city, firm=firm)
            if len(core) >= 2:
                self.core_of[index] = core
                by_core["similar" if firm else "person", core].append(index)
        cluster = _cluster_cores([core for kind, core in by_core if kind == "similar"], self.best)
        for (kind, core), indexes in by_core.items():
            self._by_city(kind, cluster.get(core, core), indexes)

    def _by_city(self, kind: str, label: str, indexes: list[int]) -> None:
        """Key customers of one name by city; those without a city join the only city there is.

        Firms without a city, among several cities, form a group of their own; a person's
        name with no city at all is too weak to show.
        """
        by_city: dict[str, list[int]] = defaultdict(list)
        for index in indexes:
            by_city[(self.members[index].city or "").strip().casefold()].append(index)
        homeless = by_city.pop("", [])
        if homeless and len(by_city) == 1:
            next(iter(by_city.values())).extend(homeless)
        elif homeless and kind == "similar":
            by_city[""] = homeless
        for city, group in by_city.items():
            self.keys[kind, f"{label}|{city}"].update(group)

    def groups(self) -> list[DuplicateGroup]:
        """Customers sharing keys, joined (union-find); a chain of more than MAX_GROUP
        customers is shown key by key instead."""
        parent = list(range(len(self.members)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        shared = [(k, sorted(v)) for k, v in self.keys.items() if 1 < len(v) <= MAX_KEY_MEMBERS]
        for _key, indexes in shared:
            for other in indexes[1:]:
                parent[root(other)] = root(indexes[0])
        size = Counter(root(i) for _key, indexes in shared for i in indexes)
        evidence: dict[object, dict[int, dict[str, Reason]]] = defaultdict(
            lambda: defaultdict(dict)
        )
        for (kind, detail), indexes in shared:
            top = root(indexes[0])
            group = top if size[top] <= MAX_GROUP else frozenset(indexes)
            for index, reason in self._reasons(kind, detail, indexes):
                found = evidence[group][index]
                known = found.get(_FAMILY[kind])
                if known is None or known.score < reason.score:
                    found[_FAMILY[kind]] = reason
        return [_group(self.members, by_member) for by_member in evidence.values()]

    def _reasons(self, kind: str, detail: str, indexes: list[int]) -> list[tuple[int, Reason]]:
        """Each customer's reason for one key: similar names score by their similarity."""
        if kind not in ("similar", "person"):
            return [(index, Reason(kind, detail, WEIGHTS[kind])) for index in indexes]
        label = detail.rsplit("|", 1)[0]
        cores = [self.core_of[index] for index in indexes]
        twins = {core for core, count in Counter(cores).items() if count > 1}
        likeness = [1.0 if c in twins else self.best.get(c, SIMILAR) for c in cores]
        return [
            (index, Reason(kind, label, round(WEIGHTS[kind] * like)))
            for index, like in zip(indexes, likeness, strict=True)
        ]


_FAMILY = {"phone": "phone", "email": "email", "name": "name", "similar": "name", "person": "name"}


def _cluster_cores(cores: list[str], best: dict[str, float]) -> dict[str, str]:
    """Union similar cores within blocks (same first two characters); core -> cluster root.

    A block of more than _BLOCK_LIMIT distinct cores compares each core with the next
    _WINDOW ones in sorted order only (sorted neighbourhood), so no block grows quadratic.
    """
    blocks: dict[str, list[str]] = defaultdict(list)
    for core in sorted(cores):
        blocks[core[:2]].append(core)
    parent: dict[str, str] = {}
    matcher = SequenceMatcher(autojunk=False)
    for block in blocks.values():
        window = len(block) if len(block) <= _BLOCK_LIMIT else _WINDOW
        for i, left in enumerate(block):
            matcher.set_seq2(left)
            for right in block[i + 1 : i + 1 + window]:
                ratio = _ratio(matcher, left, right)
                if ratio >= SIMILAR:
                    best[left] = max(best.get(left, 0.0), ratio)
                    best[right] = max(best.get(right, 0.0), ratio)
                    parent[_root(parent, right)] = _root(parent, left)
    return {core: _root(parent, core) for core in parent}


def _ratio(matcher: SequenceMatcher[str], left: str, right: str) -> float:
    short, long_ = sorted((len(left), len(right)))
    if 2 * short < SIMILAR * (short + long_):
        return 0.0  # even a perfect overlap could not reach SIMILAR
    matcher.set_seq1(right)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return 0.0
    return matcher.ratio()


def _root(parent: dict[str, str], item: str) -> str:
    parent.setdefault(item, item)
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _group(members: list[Member], by_member: dict[int, dict[str, Reason]]) -> DuplicateGroup:
    """Each member scores its best reason + 5 per further kind; the group its weakest."""
    scores = []
    reasons: dict[tuple[str, str], Reason] = {}
    for found in by_member.values():
        top = max(r.score for r in found.values())
        scores.append(min(100, top + 5 * (len(found) - 1)))
        for reason in found.values():
            known = reasons.get((reason.kind, reason.detail))
            if known is None or known.score < reason.score:
                reasons[reason.kind, reason.detail] = reason
    return DuplicateGroup(
        members=tuple(members[i] for i in sorted(by_member)),
        score=min(scores),
        reasons=tuple(sorted(reasons.values(), key=lambda r: -r.score)),
    )
