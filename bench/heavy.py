"""The bench dataset's extra history: 10 timeline entries per customer on average, and one
A-grade customer with exactly 1,000 (the customer opened in the "open customer" figure).

    added = top_up(session, seed=1)          # once, right after fill_demo
    customer_id = heavy_customer_id(session.store)

The demo gives about 8 entries per customer; the rest are follow-ups drawn by the demo's own
helper (`followup_entry`), dated between each customer's first contact and last follow-up (so
the stored last follow-up day stays true), spread over the customers in proportion to their
grade's follow-up count. The heavy customer (the first A-grade customer) gets follow-ups in
both Chinese and English. All rows go in through one bulk transaction. At tiny sizes the heavy
customer alone can take the average above 10; it always gets its 1,000.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from crmdesk.data.bulk import bulk_transaction
from crmdesk.data.database import Store
from crmdesk.domain.enums import Grade, Importance, NeedStatus, RelationshipStatus, SourceChannel
from crmdesk.services import demo_data as words
from crmdesk.services import demo_people as people
from crmdesk.services.demo import COLUMNS
from crmdesk.services.demo_history import followup_entry
from crmdesk.services.demo_state import FOLLOWUPS, Customer, Gen
from crmdesk.services.session import Session

PER_CUSTOMER = 10
HEAVY_ENTRIES = 1000
OTHER_LANGUAGE = 0.25  # share of the heavy customer's follow-ups written in the other language
_COLUMNS = (
    "c.id, c.name, c.grade, c.relationship, c.importance, c.need, c.source, c.city, "
    "c.postal_code, c.country, c.address, c.first_contact_on, c.last_followup_on, "
    "(SELECT count(*) FROM timeline_entry t WHERE t.customer_id = c.id)"
)


def heavy_customer_id(store: Store) -> str:
    row = store.db.execute_sql(
        "SELECT id FROM customer WHERE grade = 'A' AND deleted_at IS NULL ORDER BY rid LIMIT 1"
    ).fetchone()
    return str(row[0])


def top_up(session: Session, seed: int) -> int:
    """Add the extra timeline entries; return how many."""
    db = session.store.db
    rows = db.execute_sql(
        f"SELECT {_COLUMNS} FROM customer c WHERE c.deleted_at IS NULL ORDER BY c.rid"
    ).fetchall()
    heavy = heavy_customer_id(session.store)
    gen = Gen(session, seed + 7919, COLUMNS)  # its own stream: the demo rows stay as they are
    entries = gen.rows["timeline_entry"]
    _heavy(gen, next(row for row in rows if row[0] == heavy))
    missing = PER_CUSTOMER * len(rows) - sum(row[-1] for row in rows) - len(entries)
    _spread(gen, [row for row in rows if row[0] != heavy], missing)
    with bulk_transaction(session.store, actor=gen.owner, action="bench", now=gen.now) as bulk:
        bulk.insert("timeline_entry", COLUMNS["timeline_entry"], entries)
    return len(entries)


def _customer(gen: Gen, row: Any) -> Customer:
    cid, name, grade, relationship, importance, need, source, *place, _first, _last, _n = row
    return Customer(
        id=cid,
        index=-1,
        cn=any("\u4e00" <= ch <= "\u9fff" for ch in name),
        grade=Grade(grade),
        relationship=RelationshipStatus(relationship),
        importance=Importance(importance),
        need=NeedStatus(need),
        source=SourceChannel(source),
        where=people.Place(*(value or "" for value in place)),
        product=gen.rng.choice(words.PRODUCTS),
    )


def _days(row: Any) -> tuple[date, date]:
    """The span the customer's history may fill: first contact .. last follow-up."""
    last = date.fromisoformat(row[-2])
    first = date.fromisoformat(row[-3]) + timedelta(days=1) if row[-3] else last
    return min(first, last), last


def _heavy(gen: Gen, row: Any) -> None:
    c = _customer(gen, row)
    other = replace(c, cn=not c.cn)
    first, last = _days(row)
    for _ in range(HEAVY_ENTRIES - row[-1]):
        voice = other if gen.rng.random() < OTHER_LANGUAGE else c
        followup_entry(gen, voice, gen.at(gen.day_between(first, last)))


def _spread(gen: Gen, rows: list[Any], missing: int) -> None:
    """*missing* follow-ups over *rows*, weighted by each grade's usual follow-up count."""
    if missing <= 0 or not rows:
        return
    weights = [sum(FOLLOWUPS[row[2]]) for row in rows]
    extra: dict[int, int] = {}
    for index in gen.rng.choices(range(len(rows)), weights, k=missing):
        extra[index] = extra.get(index, 0) + 1
    for index in sorted(extra):
        row = rows[index]
        c = _customer(gen, row)
        first, last = _days(row)
        for _ in range(extra[index]):
            followup_entry(gen, c, gen.at(gen.day_between(first, last)))
