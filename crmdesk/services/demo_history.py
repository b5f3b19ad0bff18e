"""The history rows of a demo customer: timeline entries, opportunities, orders, key dates
and reminders, plus the money and timeline-entry helpers they share.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from crmdesk.domain.enums import (
    CLOSED_STAGES,
    EntryKind,
    Grade,
    KeyDateKind,
    NeedStatus,
    OpportunityStage,
    RelationshipStatus,
    ReminderKind,
)
from crmdesk.domain.keydates import DEFAULT_LEAD_DAYS
from crmdesk.services import demo_data as words
from crmdesk.services.demo_state import (
    CENTS,
    CLOSE_DAYS,
    METHOD_WEIGHTS,
    METHODS,
    PROBABILITY,
    Customer,
    Gen,
)

__all__ = [
    "followup_entry",
    "key_dates",
    "money",
    "opportunities",
    "orders",
    "reminders",
    "timeline",
]


def money(gen: Gen, cny: float, currency: str, step: int = 1) -> str:
    """A CNY amount in *currency*, rounded to *step* units, as decimal text."""
    units = max(round(cny / words.CNY_PER_UNIT[currency] / step), 1) * step
    return str(Decimal(units).quantize(CENTS))


def _entry(gen: Gen, c: Customer, at: str, kind: EntryKind, *fields: str | None) -> str:
    """Append a timeline entry; *fields* run from method to ref_id (None for the rest)."""
    entry_id = gen.new_id()
    values = (*fields, *(None,) * (7 - len(fields)))
    gen.rows["timeline_entry"].append((entry_id, at, at, c.id, kind.value, at, *values))
    return entry_id


def followup_entry(gen: Gen, c: Customer, at: str) -> str:
    """Append one follow-up at *at* in the customer's language; return its id."""
    rng = gen.rng
    method = rng.choices(METHODS, METHOD_WEIGHTS)[0]
    content = rng.choice(c.text(words.CN_CONTENTS, words.EN_CONTENTS)).format(p=c.product_name())
    outcome = rng.choice(c.text(words.CN_OUTCOMES, words.EN_OUTCOMES))
    step = rng.choice(c.text(words.CN_NEXT_STEPS, words.EN_NEXT_STEPS))
    return _entry(gen, c, at, EntryKind.FOLLOWUP, method, content, outcome, step)


def timeline(gen: Gen, c: Customer) -> None:
    """A year of follow-ups; now and then one of them changed the grade."""
    rng, grade, changes = gen.rng, c.grade, {}
    for day in reversed(c.followups[1:]):  # walk the grade history back from today's grade
        if rng.random() < 0.15:
            old = rng.choice([g for g in Grade if abs(ord(g) - ord(grade)) == 1])
            changes[day], grade = (old, grade), old
    for day, at in zip(c.followups, c.moments, strict=True):
        ref = followup_entry(gen, c, at)
        if day in changes:
            old, new = changes[day]
            _entry(gen, c, at, EntryKind.GRADE_CHANGE, None, None, None, None, old, new, ref)


def _opportunity_stages(gen: Gen, c: Customer) -> list[OpportunityStage]:
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


def opportunities(gen: Gen, c: Customer) -> None:
    rng, start = gen.rng, c.followups[0]
    for stage in _opportunity_stages(gen, c):
        if stage in CLOSED_STAGES:
            close = gen.day_between(start + timedelta(days=1), gen.today - timedelta(days=1))
        else:
            close = gen.today + timedelta(days=rng.randint(*CLOSE_DAYS[c.grade]))
        title = rng.choice(c.text(words.CN_OPPORTUNITY, words.EN_OPPORTUNITY))
        title = title.format(p=c.product_name())
        amount = money(gen, rng.randint(10, 4000) * 1000, c.currency, 100)
        opp_id = gen.new_id()
        gen.rows["opportunity"].append(
            (opp_id, c.moments[0], c.moments[0], c.id, title, stage.value, amount, c.currency,
             close.isoformat(), PROBABILITY.get(stage.value, 0))
        )  # fmt: skip
        _entry(gen, c, c.moments[0], EntryKind.OPPORTUNITY, None, title, *(None,) * 4, opp_id)


def orders(gen: Gen, c: Customer) -> None:
    """Past orders of existing customers (and of churned ones, more than half a year ago)."""
    if c.relationship not in (RelationshipStatus.EXISTING, RelationshipStatus.CHURNED):
        return
    rng, churned = gen.rng, c.relationship is RelationshipStatus.CHURNED
    latest = gen.today - timedelta(days=180 if churned else 1)
    for _ in range(rng.randint(1, 3 if churned else 5)):
        day = gen.day_between(c.first_contact + timedelta(days=7), latest)
        product = c.product if rng.random() < 0.6 else rng.choice(words.PRODUCTS)
        quantity = rng.randint(1, 50) * (100 if product[3][1] < 100 else 1)
        price = Decimal(money(gen, rng.randint(*product[3]), c.currency))
        name, at, order_id = c.product_name(product), gen.at(day), gen.new_id()
        gen.rows["sale_order"].append(
            (order_id, at, at, c.id, day.isoformat(), name, rng.choice(product[2]),
             str(quantity), str(price), str((price * quantity).quantize(CENTS)), c.currency)
        )  # fmt: skip
        _entry(gen, c, at, EntryKind.ORDER, None, f"{name} × {quantity}", *(None,) * 4, order_id)


def key_dates(gen: Gen, c: Customer) -> None:
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


def reminders(gen: Gen, c: Customer) -> None:
    """A few hand-made reminders, set at the last follow-up, due around today."""
    if gen.rng.random() >= 0.05:
        return
    day = gen.today + timedelta(days=gen.rng.randint(-2, 10))
    note = gen.rng.choice(c.text(words.CN_REMINDERS, words.EN_REMINDERS))
    gen.rows["reminder"].append(
        (gen.new_id(), c.moments[-1], c.moments[-1], c.id, ReminderKind.MANUAL.value,
         gen.at(day, 600), note)
    )  # fmt: skip
