"""The demo database: realistic Chinese and English customers with a year of history.

    counts = fill_demo(session, customers=200, seed=7)   # {"customer": 200, "contact": …}

Everything comes from one `random.Random(seed)`: the same seed, clock and preferences give the
same rows, ids included (UUIDv7-shaped, from a fixed base time plus one millisecond per id, so
they are unique and time-ordered). Dates are relative to `session.today()`. The first rows of
the customer list cycle through every grade, status, source and size, so that even a ten
customer demo shows them all. All rows go in through one bulk transaction (one audit event).
"""

from __future__ import annotations

from datetime import date, timedelta

from crmdesk.data.bulk import bulk_transaction
from crmdesk.domain.enums import Importance, PricePreference, RelationshipStatus, SourceChannel
from crmdesk.services import demo_data as words
from crmdesk.services import demo_people as people
from crmdesk.services.customers import due_for
from crmdesk.services.demo_history import (
    key_dates,
    money,
    opportunities,
    orders,
    reminders,
    timeline,
)
from crmdesk.services.demo_state import (
    FOLLOWUPS,
    FORCED_CN,
    FORCED_COMPANY,
    GRADE_WEIGHTS,
    GRADES,
    IMPORTANCE,
    NEED_WEIGHTS,
    NEEDS,
    RELATIONSHIPS,
    SIZES,
    SOURCES,
    Customer,
    Gen,
)
from crmdesk.services.session import Session

__all__ = ["COLUMNS", "fill_demo"]

_REC = "id created_at updated_at "
_CHILD = _REC + "customer_id "
# Insert order: parents before children (customers before their contacts); see data/bulk.py.
COLUMNS: dict[str, tuple[str, ...]] = {
    table: tuple(names.split())
    for table, names in {
        "tag": _REC + "name",
        "customer": _REC + "name kind grade relationship importance need source first_contact_on "
        "first_summary owner phone email company size_bucket industry annual_revenue "
        "main_products address postal_code city country functional_needs price_preference "
        "service_requirements brand_preferences notes tags last_followup_on manual_next_on "
        "next_due_on",
        "contact": _CHILD + "name title gender birthday phones email wechat social is_primary",
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


def fill_demo(session: Session, *, customers: int, seed: int) -> dict[str, int]:
    """Fill the session's store with *customers* demo customers; return rows per table."""
    if customers < 0:
        raise ValueError("customers must be >= 0")
    gen = Gen(session, seed, COLUMNS)
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


def _customer(gen: Gen, index: int) -> None:
    rng = gen.rng
    cn = FORCED_CN[index] if index < len(FORCED_CN) else rng.random() < 0.6
    company = FORCED_COMPANY[index] if index < len(FORCED_COMPANY) else rng.random() < 0.65
    grade = gen.pick(index, GRADES, GRADE_WEIGHTS)
    c = Customer(
        id=gen.new_id(),
        index=index,
        cn=cn,
        grade=grade,
        relationship=gen.pick(index, RELATIONSHIPS, (35, 25, 30, 10)),
        importance=gen.pick(index, IMPORTANCE, (1, 4)),
        need=gen.pick(index, NEEDS, NEED_WEIGHTS[grade]),
        source=gen.pick(index, SOURCES, (20, 12, 15, 15, 18, 8, 5)),
        where=people.place(rng, cn),
        product=rng.choice(words.PRODUCTS),
    )
    _schedule(gen, c)
    _identity(gen, c, company)
    _contacts(gen, c)
    _customer_row(gen, c, _tags(gen, c))
    timeline(gen, c)
    opportunities(gen, c)
    orders(gen, c)
    key_dates(gen, c)
    reminders(gen, c)


def _schedule(gen: Gen, c: Customer) -> None:
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
    count = rng.randint(*FOLLOWUPS[c.grade])
    span = (gen.today - last).days + 2 * count + 5
    if c.relationship is RelationshipStatus.CHURNED:
        span = max(span, 240)
    c.first_contact = gen.today - timedelta(days=rng.randint(span, max(span, 385)))
    earlier = range(c.first_contact.toordinal() + 1, last.toordinal())
    picked = rng.sample(earlier, min(count - 1, len(earlier)))
    c.followups = [*sorted(date.fromordinal(o) for o in picked), last]
    c.moments = [gen.at(day) for day in c.followups]
    c.created_at = gen.at(c.first_contact, 480)  # before any follow-up of that day


def _identity(gen: Gen, c: Customer, company: bool) -> None:
    if company:
        c.firm = people.company(gen.rng, c.cn, c.where)
        c.name = c.firm.name
        return
    person = people.person(gen.rng, c.cn, c.where.country)
    c.name, c.person = person.name, person
    if gen.rng.random() < 0.5:
        c.birthdays.append((None, _birthday_label(c, person.name), _birthday(gen)))


def _birthday(gen: Gen) -> str:
    """Contact birthday text: ISO date, or --MM-DD when the year is unknown."""
    born = gen.day_between(date(1960, 1, 1), date(2000, 12, 31))
    return born.isoformat() if gen.rng.random() < 0.6 else f"--{born:%m-%d}"


def _birthday_label(c: Customer, name: str) -> str:
    return f"{name}生日" if c.cn else f"{name}'s birthday"


def _contacts(gen: Gen, c: Customer) -> None:
    if c.firm is None:
        return
    rng, rows = gen.rng, gen.rows["contact"]
    for n in range(rng.choice((1, 1, 2, 2, 3))):
        p = people.person(rng, c.cn, c.where.country, c.firm.domain)
        contact_id = gen.new_id()
        birthday = _birthday(gen) if rng.random() < 0.6 else None
        if birthday:
            c.birthdays.append((contact_id, _birthday_label(c, p.name), birthday))
        title = rng.choice(c.text(words.CN_TITLES, words.EN_TITLES))
        rows.append(
            (contact_id, c.created_at, c.created_at, c.id, p.name, title, p.gender, birthday,
             p.phones, p.email, p.wechat, p.social, int(n == 0))
        )  # fmt: skip


def _tag_rows(gen: Gen, existing: dict[str, str]) -> None:
    for name, _weight in words.TAGS:
        tag_id = gen.new_id()  # drawn even for a known tag: the ids do not depend on the database
        if name.lower() in existing:
            tag_id = existing[name.lower()]
        else:
            gen.rows["tag"].append((tag_id, gen.now, gen.now, name))
        gen.tag_ids[name] = tag_id


def _tags(gen: Gen, c: Customer) -> str:
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


def _customer_row(gen: Gen, c: Customer, tags: str) -> None:
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


def _reach(gen: Gen, c: Customer) -> tuple[str, str]:
    if c.firm is not None:
        return c.firm.phone, f"{gen.rng.choice(('info', 'sales', 'office'))}@{c.firm.domain}"
    assert c.person is not None
    return c.person.phones.split(", ")[0], c.person.email


def _company_facts(gen: Gen, c: Customer) -> tuple[str | None, ...]:
    """company, size_bucket, industry, annual_revenue, main_products."""
    if c.firm is None:
        return None, None, None, None, None
    rng = gen.rng
    size = gen.pick(c.index, SIZES, (5, 3, 2))
    scale = {"small": (50, 2000), "medium": (2000, 50000), "large": (50000, 2000000)}[size]
    revenue = money(gen, rng.randint(*scale) * 10000, c.currency, 10000)
    industry = rng.choice(words.INDUSTRIES)[0 if c.cn else 1]
    products = {c.product_name(rng.choice(words.PRODUCTS)) for _ in range(2)}
    joiner = "、" if c.cn else ", "
    return c.firm.name, size.value, industry, revenue, joiner.join(sorted(products))
