"""peewee models over the schema (private to crmdesk.data).

The schema itself is created by the numbered migrations, not by peewee, so a model change can
never alter a user's database behind a migration's back. `ENTITIES` maps the entity names used
by the write path and the audit log to their models.
"""

from __future__ import annotations

from typing import Any

from peewee import AutoField, IntegerField, Model, TextField


class _Record(Model):
    rid = AutoField()
    id = TextField(unique=True)
    created_at = TextField()
    updated_at = TextField()
    deleted_at = TextField(null=True)


class Customer(_Record):
    name = TextField()
    kind = TextField(default="company")
    grade = TextField(default="D")
    relationship = TextField(default="potential")
    importance = TextField(default="normal")
    need = TextField(default="future")
    source = TextField(null=True)
    first_contact_on = TextField(null=True)
    first_summary = TextField(null=True)
    owner = TextField(null=True)
    phone = TextField(null=True)
    email = TextField(null=True)
    company = TextField(null=True)
    size_bucket = TextField(null=True)
    industry = TextField(null=True)
    annual_revenue = TextField(null=True)
    main_products = TextField(null=True)
    address = TextField(null=True)
    postal_code = TextField(null=True)
    city = TextField(null=True)
    country = TextField(null=True)
    functional_needs = TextField(null=True)
    price_preference = TextField(null=True)
    service_requirements = TextField(null=True)
    brand_preferences = TextField(null=True)
    notes = TextField(null=True)
    tags = TextField(default="")
    last_followup_on = TextField(null=True)
    manual_next_on = TextField(null=True)
    next_due_on = TextField(null=True)


class _Child(_Record):
    customer_id = TextField()


class Contact(_Child):
    name = TextField()
    title = TextField(null=True)
    gender = TextField(null=True)
    birthday = TextField(null=True)
    phones = TextField(default="")
    email = TextField(null=True)
    wechat = TextField(null=True)
    social = TextField(null=True)
    is_primary = IntegerField(default=0)


class TimelineEntry(_Child):
    kind = TextField()
    occurred_at = TextField()
    method = TextField(null=True)
    content = TextField(null=True)
    outcome = TextField(null=True)
    next_step = TextField(null=True)
    satisfaction = IntegerField(null=True)
    complaint = IntegerField(null=True)
    resolution = TextField(null=True)
    old_value = TextField(null=True)
    new_value = TextField(null=True)
    ref_id = TextField(null=True)
    batch_id = TextField(null=True)

    class Meta:
        table_name = "timeline_entry"


class Opportunity(_Child):
    title = TextField()
    stage = TextField(default="lead")
    amount = TextField(null=True)
    currency = TextField(default="CNY")
    expected_close_on = TextField(null=True)
    probability = IntegerField(null=True)


class SaleOrder(_Child):
    ordered_on = TextField()
    product = TextField()
    specification = TextField(null=True)
    quantity = TextField(default="1")
    unit_price = TextField(null=True)
    amount = TextField(null=True)
    currency = TextField(default="CNY")

    class Meta:
        table_name = "sale_order"


class KeyDate(_Child):
    contact_id = TextField(null=True)
    kind = TextField()
    label = TextField(null=True)
    month = IntegerField()
    day = IntegerField()
    year = IntegerField(null=True)
    yearly = IntegerField(default=1)
    lead_days = IntegerField(default=0)

    class Meta:
        table_name = "key_date"


class Reminder(_Child):
    kind = TextField()
    due_at = TextField()
    note = TextField(null=True)
    key_date_id = TextField(null=True)
    done_at = TextField(null=True)
    snoozed_until = TextField(null=True)


class Tag(_Record):
    name = TextField(unique=True)


class SavedView(_Record):
    name = TextField(unique=True)
    definition = TextField()

    class Meta:
        table_name = "saved_view"


ENTITIES: dict[str, Any] = {
    "customer": Customer,
    "contact": Contact,
    "timeline_entry": TimelineEntry,
    "opportunity": Opportunity,
    "sale_order": SaleOrder,
    "key_date": KeyDate,
    "reminder": Reminder,
    "tag": Tag,
    "saved_view": SavedView,
}

ALL_MODELS = list(ENTITIES.values())
