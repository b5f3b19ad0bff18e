"""Schema version 1: every table of design §2. Frozen: later changes are new migrations.

Each synced record has a time-ordered UUIDv7 `id`, created/updated times (UTC ISO text) and a
`deleted_at` tombstone. `rid` is an explicit integer key so that rowids survive VACUUM (the
search index refers to customers by rid).
"""

RECORD = """
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT"""

CHILD = RECORD + ",\n    customer_id TEXT NOT NULL REFERENCES customer(id)"

STATEMENTS = [
    f"""CREATE TABLE customer ({RECORD},
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'company',
    grade TEXT NOT NULL DEFAULT 'D' CHECK (grade IN ('A', 'B', 'C', 'D', 'E')),
    relationship TEXT NOT NULL DEFAULT 'potential',
    importance TEXT NOT NULL DEFAULT 'normal',
    need TEXT NOT NULL DEFAULT 'future',
    source TEXT, first_contact_on TEXT, first_summary TEXT, owner TEXT,
    phone TEXT, email TEXT,
    company TEXT, size_bucket TEXT, industry TEXT, annual_revenue TEXT, main_products TEXT,
    address TEXT, postal_code TEXT, city TEXT, country TEXT,
    functional_needs TEXT, price_preference TEXT, service_requirements TEXT,
    brand_preferences TEXT, notes TEXT,
    tags TEXT NOT NULL DEFAULT '',
    last_followup_on TEXT, manual_next_on TEXT, next_due_on TEXT)""",
    f"""CREATE TABLE contact ({CHILD},
    name TEXT NOT NULL, title TEXT, gender TEXT, birthday TEXT,
    phones TEXT NOT NULL DEFAULT '', email TEXT, wechat TEXT, social TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0)""",
    f"""CREATE TABLE timeline_entry ({CHILD},
    kind TEXT NOT NULL, occurred_at TEXT NOT NULL,
    method TEXT, content TEXT, outcome TEXT, next_step TEXT,
    satisfaction INTEGER, complaint INTEGER, resolution TEXT,
    old_value TEXT, new_value TEXT, ref_id TEXT, batch_id TEXT)""",
    f"""CREATE TABLE opportunity ({CHILD},
    title TEXT NOT NULL, stage TEXT NOT NULL DEFAULT 'lead', amount TEXT,
    currency TEXT NOT NULL DEFAULT 'CNY', expected_close_on TEXT, probability INTEGER)""",
    f"""CREATE TABLE sale_order ({CHILD},
    ordered_on TEXT NOT NULL, product TEXT NOT NULL, specification TEXT,
    quantity TEXT NOT NULL DEFAULT '1', unit_price TEXT, amount TEXT,
    currency TEXT NOT NULL DEFAULT 'CNY')""",
    f"""CREATE TABLE key_date ({CHILD},
    contact_id TEXT REFERENCES contact(id), kind TEXT NOT NULL, label TEXT,
    month INTEGER NOT NULL, day INTEGER NOT NULL, year INTEGER,
    yearly INTEGER NOT NULL DEFAULT 1, lead_days INTEGER NOT NULL DEFAULT 0)""",
    f"""CREATE TABLE reminder ({CHILD},
    kind TEXT NOT NULL, due_at TEXT NOT NULL, note TEXT, key_date_id TEXT,
    done_at TEXT, snoozed_until TEXT)""",
    f"""CREATE TABLE tag ({RECORD}, name TEXT NOT NULL UNIQUE COLLATE NOCASE)""",
    """CREATE TABLE customer_tag (
    customer_id TEXT NOT NULL REFERENCES customer(id),
    tag_id TEXT NOT NULL REFERENCES tag(id),
    PRIMARY KEY (customer_id, tag_id)) WITHOUT ROWID""",
    f"""CREATE TABLE saved_view ({RECORD}, name TEXT NOT NULL UNIQUE, definition TEXT NOT NULL)""",
    """CREATE TABLE audit_event (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    entity TEXT, entity_id TEXT, changes TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)""",
    """CREATE TABLE settings (
    key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "CREATE INDEX customer_live_name ON customer(name) WHERE deleted_at IS NULL",
    "CREATE INDEX customer_live_company ON customer(company) WHERE deleted_at IS NULL",
    "CREATE INDEX customer_live_city ON customer(city) WHERE deleted_at IS NULL",
    "CREATE INDEX customer_live_grade ON customer(grade, name) WHERE deleted_at IS NULL",
    "CREATE INDEX customer_live_due ON customer(next_due_on) WHERE deleted_at IS NULL",
    "CREATE INDEX customer_live_last ON customer(last_followup_on) WHERE deleted_at IS NULL",
    "CREATE INDEX customer_live_rel ON customer(relationship, name) WHERE deleted_at IS NULL",
    "CREATE INDEX contact_customer ON contact(customer_id)",
    "CREATE INDEX timeline_customer ON timeline_entry(customer_id, occurred_at)",
    "CREATE INDEX opportunity_customer ON opportunity(customer_id)",
    "CREATE INDEX sale_order_customer ON sale_order(customer_id)",
    "CREATE INDEX key_date_customer ON key_date(customer_id)",
    "CREATE INDEX key_date_day ON key_date(month, day)",
    "CREATE INDEX reminder_open ON reminder(due_at) WHERE done_at IS NULL",
    "CREATE INDEX reminder_customer ON reminder(customer_id)",
    "CREATE INDEX customer_tag_tag ON customer_tag(tag_id)",
    "CREATE INDEX audit_entity ON audit_event(entity_id)",
]
