"""The demo database: realistic Chinese and English customers with a year of history.

    counts = fill_demo(session, customers=200, seed=7)   # {"customer": 200, "contact": …}

Everything comes from one `random.Random(seed)`: the same seed, clock and preferences give the
same rows, ids included (UUIDv7-shaped, from a fixed base time plus one millisecond per id, so
they are unique and time-ordered). Dates are relative to `session.today()`. The first rows of
the customer list cycle through every grade, status, source and size, so that even a ten
customer demo shows them all. All rows go in through one bulk transaction (one audit event).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from random import Random
from typing import Any, TypeVar

from crmdesk.data.bulk import bulk_transaction
from crmdesk.data.writer import utc_text
from crmdesk.domain.enums import (
    CLOSED_STAGES,
    EntryKind,
    FollowUpMethod,
    Grade,
    Importance,
    KeyDateKind,
    NeedStatus,
    OpportunityStage,
    PricePreference,
    RelationshipStatus,
    ReminderKind,
    SizeBucket,
    SourceChannel,
)
from crmdesk.domain.keydates import DEFAULT_LEAD_DAYS
from crmdesk.services import demo_data as words
from crmdesk.services.customers import due_for
from crmdesk.services.session import Session

__all__ = ["COLUMNS", "fill_demo"]

Row = tuple[Any, ...]
T = TypeVar("T")

_BASE_MS = int(datetime(2025, 1, 1, tzinfo=UTC).timestamp()) * 1000
_REC = "id created_at updated_at "
_CHILD = _REC + "customer_id "
# Insert order: contacts before their customers, so the search triggers index each customer once.
COLUMNS: dict[str, tuple[str, ...]] = {
    table: tuple(names.split())
    for table, names in {
        "tag": _REC + "name",
        "contact": _CHILD + "name title gender birthday phones email wechat social is_primary",
        "customer": _REC + "name kind grade relationship importance need source first_contact_on "
        "first_summary owner phone email company size_bucket industry annual_revenue "
        "main_products address postal_code city country functional_needs price_preference "
        "service_requirements brand_preferences notes tags last_followup_on manual_next_on "
        "next_due_on",
        "customer_tag": "customer_id tag_id",
        "timeline_entry": _CHILD + "kind occurred_at method content outcome next_step "
        "old_value new_value ref_id",
        "opportunity": _CHILD + "title stage amount currency expected_close_on probability",
        "sale_order": _CHILD
        + "ordered_on product specification quantity unit_price amount currency",
        "key_date": _CHILD + "contact_id kind label month day year yearly lead_days",
        "reminder": _CHILD + "kind due_at note",
    }.items()
}

_GRADE_WEIGHTS = (8, 17, 25, 30, 20)
_NEED_WEIGHTS = {"A": (9, 1, 0), "B": (9, 1, 0), "C": (8, 2, 0), "D": (2, 7, 1), "E": (0, 2, 8)}
_FOLLOWUPS = {"A": (8, 20), "B": (5, 12), "C": (3, 8), "D": (2, 5), "E": (1, 3)}
_CLOSE_DAYS = {"A": (5, 30), "B": (20, 90), "C": (60, 180), "D": (150, 365), "E": (200, 365)}
_PROBABILITY = {"lead": 10, "qualified": 25, "proposal": 50, "negotiation": 75, "won": 100}
_METHODS, _METHOD_WEIGHTS = [m.value for m in FollowUpMethod], (35, 15, 10, 30, 10)
_GRADES, _RELATIONSHIPS, _IMPORTANCE = list(Grade), list(RelationshipStatus), list(Importance)
_NEEDS, _SOURCES, _SIZES = list(NeedStatus), list(SourceChannel), list(SizeBucket)
_CENTS = Decimal("0.01")
# The first ten customers: 6 Chinese, 3 persons, and between them every value of every enum.
_FORCED_CN = (True, False, True, True, False, True, False, True, True, False)
_FORCED_COMPANY = (True, True, True, False, True, False, True, True, False, True)


class _Gen:
    """The random source, the clock and the growing row lists of one demo run."""

    def __init__(self, session: Session, seed: int) -> None:
        self.rng = Random(seed)
        self.today = session.today()
        moment = session.now()
        self.now = utc_text(moment)
        self.tz = moment.astimezone().tzinfo
        self.prefs = session.preferences()
        self.owner = session.actor
        self.rows: dict[str, list[Row]] = {table: [] for table in COLUMNS}
        self.tag_ids: dict[str, str] = {}
        self._ms = _BASE_MS

    def new_id(self) -> str:
        """UUIDv7 layout: base time + one ms per id, version 7, variant 0b10, random bits."""
        bits = self.rng.getrandbits(74)
        value = (self._ms << 80) | (7 << 76) | ((bits >> 62) << 64) | (2 << 62)
        value |= bits & ((1 << 62) - 1)
        self._ms += 1
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def at(self, day: date, minute: int | None = None) -> str:
        """A moment in the working hours of a local *day*, as UTC text."""
        minute = self.rng.randrange(510, 1080) if minute is None else minute
        return utc_text(datetime.combine(day, time(minute // 60, minute % 60), tzinfo=self.tz))

    def day_between(self, low: date, high: date) -> date:
        return date.fromordinal(self.rng.randint(low.toordinal(), max(low, high).toordinal()))

    def pick(self, index: int, values: Sequence[T], weights: Sequence[int]) -> T:
        """values[index] for the first rows (coverage), else a weighted random choice."""
        if index < len(values):
            return values[index]
        return self.rng.choices(values, weights)[0]


@dataclass
class _Customer:
    id: str
    index: int
    cn: bool
    grade: Grade
    relationship: RelationshipStatus
    importance: Importance
    need: NeedStatus
    source: SourceChannel
    where: words.Place
    product: tuple[str, str, tuple[str, ...], tuple[int, int]]
    firm: words.Company | None = None
    person: words.Person | None = None
    name: str = ""
    created_at: str = ""
    first_contact: date = date.min
    followups: list[date] = field(default_factory=list)
    moments: list[str] = field(default_factory=list)
    birthdays: list[tuple[str | None, str, str]] = field(default_factory=list)

    @property
    def currency(self) -> str:
        return words.CURRENCIES[self.where.country]

    def text(self, cn: Sequence[T], en: Sequence[T]) -> Sequence[T]:
        return cn if self.cn else en

    def product_name(self, product: tuple[str, str, Any, Any] | None = None) -> str:
        chosen = product or self.product
        return chosen[0] if self.cn else chosen[1]


def fill_demo(session: Session, *, customers: int, seed: int) -> dict[str, int]:
    """Fill the session's store with *customers* demo customers; return rows per table."""
    if customers < 0:
        raise ValueError("customers must be >= 0")
    gen = _Gen(session, seed)
    db = session.store.db
    with bulk_transaction(session.store, actor=gen.owner, action="demo", now=gen.now) as bulk:
        _tag_rows(gen, dict(db.execute_sql("SELECT lower(name), id FROM tag").fetchall()))
        for index in range(customers):
            _customer(gen, index)
        first = [row[0] for row in gen.rows["customer"][:1]]
        if first and db.execute_sql("SELECT 1 FROM customer WHERE id = ?", first).fetchone():
            raise ValueError(f"the demo data of seed {seed} is already in this database")
        for table, columns in COLUMNS.items():
            bulk.insert(table, columns, gen.rows[table])
        counts = dict(bulk.counts)
    return counts


def _customer(gen: _Gen, index: int) -> None:
    rng = gen.rng
    cn = _FORCED_CN[index] if index < len(_FORCED_CN) else rng.random() < 0.6
    company = _FORCED_COMPANY[index] if index < len(_FORCED_COMPANY) else rng.random() < 0.65
    grade = gen.pick(index, _GRADES, _GRADE_WEIGHTS)
    c = _Customer(
        id=gen.new_id(),
        index=index,
        cn=cn,
        grade=grade,
        relationship=gen.pick(index, _RELATIONSHIPS, (35, 25, 30, 10)),
        importance=gen.pick(index, _IMPORTANCE, (1, 4)),
        need=gen.pick(index, _NEEDS, _NEED_WEIGHTS[grade]),
        source=gen.pick(index, _SOURCES, (20, 12, 15, 15, 18, 8, 5)),
        where=words.place(rng, cn),
        product=rng.choice(words.PRODUCTS),
    )
    _schedule(gen, c)
    _identity(gen, c, company)
    _contacts(gen, c)
    _customer_row(gen, c, _tags(gen, c))
    _timeline(gen, c)
    _opportunities(gen, c)
    _orders(gen, c)
    _key_dates(gen, c)
    _reminders(gen, c)


def _schedule(gen: _Gen, c: _Customer) -> None:
    """First contact and follow-up days; the last one makes the customer overdue, due or not."""
    rng, interval = gen.rng, gen.prefs.cadences.days(c.grade)
    roll = rng.random()
    if roll < 0.2:
        ago = interval + rng.randint(1, interval // 2 + 3)  # overdue
    elif roll < 0.3:
        ago = interval  # due today (when today is a working day)
    else:
        ago = rng.randint(1, max(1, interval - 1))
    last = gen.today - timedelta(days=min(max(ago, 1), 360))
    while not gen.prefs.working_days.is_working(last):
        last -= timedelta(days=1)
    count = rng.randint(*_FOLLOWUPS[c.grade])
    span = (gen.today - last).days + 2 * count + 5
    if c.relationship is RelationshipStatus.CHURNED:
        span = max(span, 240)
    c.first_contact = gen.today - timedelta(days=rng.randint(span, max(span, 385)))
    earlier = range(c.first_contact.toordinal() + 1, last.toordinal())
    picked = rng.sample(earlier, min(count - 1, len(earlier)))
    c.followups = [*sorted(date.fromordinal(o) for o in picked), last]
    c.moments = [gen.at(day) for day in c.followups]
    c.created_at = gen.at(c.first_contact, 480)  # before any follow-up of that day


def _identity(gen: _Gen, c: _Customer, company: bool) -> None:
    if company:
        c.firm = words.company(gen.rng, c.cn, c.where)
        c.name = c.firm.name
        return
    person = words.person(gen.rng, c.cn, c.where.country)
    c.name, c.person = person.name, person
    if gen.rng.random() < 0.5:
        c.birthdays.append((None, _birthday_label(c, person.name), _birthday(gen)))


def _birthday(gen: _Gen) -> str:
    """Contact birthday text: ISO date, or --MM-DD when the year is unknown."""
    born = gen.day_between(date(1960, 1, 1), date(2000, 12, 31))
    return born.isoformat() if gen.rng.random() < 0.6 else f"--{born:%m-%d}"


def _birthday_label(c: _Customer, name: str) -> str:
    return f"{name}生日" if c.cn else f"{name}'s birthday"


def _contacts(gen: _Gen, c: _Customer) -> None:
    if c.firm is None:
        return
    rng, rows = gen.rng, gen.rows["contact"]
    for n in range(rng.choice((1, 1, 2, 2, 3))):
        p = words.person(rng, c.cn, c.where.country, c.firm.domain)
        contact_id = gen.new_id()
        birthday = _birthday(gen) if rng.random() < 0.6 else None
        if birthday:
            c.birthdays.append((contact_id, _birthday_label(c, p.name), birthday))
        title = rng.choice(c.text(words.CN_TITLES, words.EN_TITLES))
        rows.append(
            (contact_id, c.created_at, c.created_at, c.id, p.name, title, p.gender, birthday,
             p.phones, p.email, p.wechat, p.social, int(n == 0))
        )  # fmt: skip


def _tag_rows(gen: _Gen, existing: dict[str, str]) -> None:
    for name, _weight in words.TAGS:
        tag_id = gen.new_id()  # drawn even for a known tag: the ids do not depend on the database
        if name.lower() in existing:
            tag_id = existing[name.lower()]
        else:
            gen.rows["tag"].append((tag_id, gen.now, gen.now, name))
        gen.tag_ids[name] = tag_id


def _tags(gen: _Gen, c: _Customer) -> str:
    rng = gen.rng
    names = [name for name, _w in rng.choices(words.TAGS, [w for _n, w in words.TAGS], k=2)]
    names = names[: rng.choice((0, 0, 1, 1, 2))]
    if c.importance is Importance.KEY:
        names.insert(0, "重点客户" if c.cn else "Key-account")
    if c.source is SourceChannel.TRADE_SHOW:
        names.append("展会" if c.cn else "Trade-show")
    elif c.source is SourceChannel.REFERRAL:
        names.append("Referral")
    names = list(dict.fromkeys(names))
    gen.rows["customer_tag"].extend((c.id, gen.tag_ids[name]) for name in names)
    return " ".join(names)


def _customer_row(gen: _Gen, c: _Customer, tags: str) -> None:
    rng, i = gen.rng, c.index
    last = c.followups[-1].isoformat()
    manual = None
    if i >= 10 and rng.random() < 0.03:
        manual = (gen.today + timedelta(days=rng.randint(1, 10))).isoformat()
    values = {"grade": c.grade.value, "last_followup_on": last, "manual_next_on": manual}
    due = due_for(values, c.first_contact, gen.prefs)
    gen.rows["customer"].append(
        (c.id, c.created_at, c.moments[-1], c.name, "company" if c.firm else "person",
         c.grade.value, c.relationship.value, c.importance.value, c.need.value, c.source.value,
         c.first_contact.isoformat(), rng.choice(c.text(words.CN_SUMMARIES, words.EN_SUMMARIES)),
         gen.owner, *_reach(gen, c), *_company_facts(gen, c),
         c.where.address, c.where.postal_code, c.where.city, c.where.country,
         rng.choice(c.text(words.CN_NEEDS, words.EN_NEEDS)),
         rng.choice(list(PricePreference)).value,
         rng.choice(c.text(words.CN_SERVICE, words.EN_SERVICE)),
         rng.choice(words.BRANDS_PREFERRED) if rng.random() < 0.4 else None,
         rng.choice(c.text(words.CN_NOTES, words.EN_NOTES)) or None,
         tags, last, manual, due)
    )  # fmt: skip


def _reach(gen: _Gen, c: _Customer) -> tuple[str, str]:
    if c.firm is not None:
        return c.firm.phone, f"{gen.rng.choice(('info', 'sales', 'office'))}@{c.firm.domain}"
    assert c.person is not None
    return c.person.phones.split(", ")[0], c.person.email


def _company_facts(gen: _Gen, c: _Customer) -> tuple[str | None, ...]:
    """company, size_bucket, industry, annual_revenue, main_products."""
    if c.firm is None:
        return None, None, None, None, None
    rng = gen.rng
    size = gen.pick(c.index, _SIZES, (5, 3, 2))
    scale = {"small": (50, 2000), "medium": (2000, 50000), "large": (50000, 2000000)}[size]
    revenue = _money(gen, rng.randint(*scale) * 10000, c.currency, 10000)
    industry = rng.choice(words.INDUSTRIES)[0 if c.cn else 1]
    products = {c.product_name(rng.choice(words.PRODUCTS)) for _ in range(2)}
    joiner = "、" if c.cn else ", "
    return c.firm.name, size.value, industry, revenue, joiner.join(sorted(products))


def _money(gen: _Gen, cny: float, currency: str, step: int = 1) -> str:
    """A CNY amount in *currency*, rounded to *step* units, as decimal text."""
    units = max(round(cny / words.CNY_PER_UNIT[currency] / step), 1) * step
    return str(Decimal(units).quantize(_CENTS))


def _entry(gen: _Gen, c: _Customer, at: str, kind: EntryKind, *fields: str | None) -> str:
    """Append a timeline entry; *fields* run from method to ref_id (None for the rest)."""
    entry_id = gen.new_id()
    values = (*fields, *(None,) * (7 - len(fields)))
    gen.rows["timeline_entry"].append((entry_id, at, at, c.id, kind.value, at, *values))
    return entry_id


def _timeline(gen: _Gen, c: _Customer) -> None:
    """A year of follow-ups; now and then one of them changed the grade."""
    rng, grade, changes = gen.rng, c.grade, {}
    for day in reversed(c.followups[1:]):  # walk the grade history back from today's grade
        if rng.random() < 0.15:
            old = rng.choice([g for g in Grade if abs(ord(g) - ord(grade)) == 1])
            changes[day], grade = (old, grade), old
    contents = c.text(words.CN_CONTENTS, words.EN_CONTENTS)
    outcomes = c.text(words.CN_OUTCOMES, words.EN_OUTCOMES)
    steps = c.text(words.CN_NEXT_STEPS, words.EN_NEXT_STEPS)
    for day, at in zip(c.followups, c.moments, strict=True):
        method = rng.choices(_METHODS, _METHOD_WEIGHTS)[0]
        content = rng.choice(contents).format(p=c.product_name())
        ref = _entry(gen, c, at, EntryKind.FOLLOWUP, method, content, rng.choice(outcomes),
                     rng.choice(steps))  # fmt: skip
        if day in changes:
            old, new = changes[day]
            _entry(gen, c, at, EntryKind.GRADE_CHANGE, None, None, None, None, old, new, ref)


def _opportunity_stages(gen: _Gen, c: _Customer) -> list[OpportunityStage]:
    rng, stages = gen.rng, list(OpportunityStage)
    chosen = [stages[c.index]] if c.index < len(stages) else []
    if c.grade is not Grade.E and c.need is not NeedStatus.NONE and rng.random() < 0.75:
        late = c.grade in (Grade.A, Grade.B)
        chosen.append(rng.choices(stages[:4], (1, 2, 4, 4) if late else (4, 4, 2, 1))[0])
    if c.relationship is not RelationshipStatus.POTENTIAL and rng.random() < 0.4:
        chosen.append(OpportunityStage.WON)
    if rng.random() < 0.1:
        chosen.append(OpportunityStage.LOST)
    return chosen


def _opportunities(gen: _Gen, c: _Customer) -> None:
    rng, start = gen.rng, c.followups[0]
    for stage in _opportunity_stages(gen, c):
        if stage in CLOSED_STAGES:
            close = gen.day_between(start + timedelta(days=1), gen.today - timedelta(days=1))
        else:
            close = gen.today + timedelta(days=rng.randint(*_CLOSE_DAYS[c.grade]))
        title = rng.choice(c.text(words.CN_OPPORTUNITY, words.EN_OPPORTUNITY))
        title = title.format(p=c.product_name())
        amount = _money(gen, rng.randint(10, 4000) * 1000, c.currency, 100)
        opp_id = gen.new_id()
        gen.rows["opportunity"].append(
            (opp_id, c.moments[0], c.moments[0], c.id, title, stage.value, amount, c.currency,
             close.isoformat(), _PROBABILITY.get(stage.value, 0))
        )  # fmt: skip
        _entry(gen, c, c.moments[0], EntryKind.OPPORTUNITY, None, title, *(None,) * 4, opp_id)


def _orders(gen: _Gen, c: _Customer) -> None:
    """Past orders of existing customers (and of churned ones, more than half a year ago)."""
    if c.relationship not in (RelationshipStatus.EXISTING, RelationshipStatus.CHURNED):
        return
    rng, churned = gen.rng, c.relationship is RelationshipStatus.CHURNED
    latest = gen.today - timedelta(days=180 if churned else 1)
    for _ in range(rng.randint(1, 3 if churned else 5)):
        day = gen.day_between(c.first_contact + timedelta(days=7), latest)
        product = c.product if rng.random() < 0.6 else rng.choice(words.PRODUCTS)
        quantity = rng.randint(1, 50) * (100 if product[3][1] < 100 else 1)
        price = Decimal(_money(gen, rng.randint(*product[3]), c.currency))
        name, at, order_id = c.product_name(product), gen.at(day), gen.new_id()
        gen.rows["sale_order"].append(
            (order_id, at, at, c.id, day.isoformat(), name, rng.choice(product[2]),
             str(quantity), str(price), str((price * quantity).quantize(_CENTS)), c.currency)
        )  # fmt: skip
        _entry(gen, c, at, EntryKind.ORDER, None, f"{name} × {quantity}", *(None,) * 4, order_id)


def _key_dates(gen: _Gen, c: _Customer) -> None:
    rng, rows = gen.rng, gen.rows["key_date"]

    def add(contact_id: str | None, kind: KeyDateKind, label: str, when: date, yearly: bool,
            year: int | None) -> None:  # fmt: skip
        rows.append(
            (gen.new_id(), c.created_at, c.created_at, c.id, contact_id, kind.value, label,
             when.month, when.day, year, int(yearly), DEFAULT_LEAD_DAYS[kind])
        )  # fmt: skip

    for contact_id, label, text in c.birthdays:
        when = date.fromisoformat(text if text[0] != "-" else "2000" + text[1:])
        add(
            contact_id,
            KeyDateKind.BIRTHDAY,
            label,
            when,
            True,
            None if text[0] == "-" else when.year,
        )
    if c.relationship is not RelationshipStatus.EXISTING:
        return
    force = c.index < 10
    if force or rng.random() < 0.6:
        when = gen.today + timedelta(days=rng.randint(-20, 360))
        add(None, KeyDateKind.CONTRACT_EXPIRY, c.text(("合同到期",), ("Contract expiry",))[0],
            when, False, when.year)  # fmt: skip
    if force or rng.random() < 0.4:
        when = gen.day_between(c.first_contact, gen.today)
        add(None, KeyDateKind.RENEWAL, c.text(("年度续约",), ("Annual renewal",))[0],
            when, True, when.year)  # fmt: skip


def _reminders(gen: _Gen, c: _Customer) -> None:
    """A few hand-made reminders, set at the last follow-up, due around today."""
    if gen.rng.random() >= 0.05:
        return
    day = gen.today + timedelta(days=gen.rng.randint(-2, 10))
    note = gen.rng.choice(c.text(words.CN_REMINDERS, words.EN_REMINDERS))
    gen.rows["reminder"].append(
        (gen.new_id(), c.moments[-1], c.moments[-1], c.id, ReminderKind.MANUAL.value,
         gen.at(day, 600), note)
    )  # fmt: skip
