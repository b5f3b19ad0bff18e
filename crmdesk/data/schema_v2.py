"""Schema version 2: search.

- `customer_fts`: FTS5 trigram index (substring match for Chinese and Latin) over name,
  company, contacts' names, phones, phone digits, e-mails, tags and notes; contentless, so the
  text is not stored twice.
- `search_piece`: every 1–2 character piece of the short fields (customer name, company,
  contacts' names), which trigram cannot match; rank 0 marks pieces that start a name.
Both are kept current by triggers on customer and contact, so every write path (services,
bulk import, sync) keeps them right without knowing about them.
"""

MAX_PIECE_TEXT = 256


def digits_sql(expr: str) -> str:
    """SQL for the digits of a phone text (the separators people type removed)."""
    for ch in " -+().":
        expr = f"replace({expr}, '{ch}', '')"
    return expr


DOC = f"""
INSERT INTO customer_fts(rowid, name, company, people, phones, digits, emails, tags, notes)
SELECT c.rid, c.name, c.company, p.names, p.phones, {digits_sql("p.phones")}, p.emails, c.tags,
       concat_ws(' ', c.notes, c.first_summary)
FROM customer c, (
    SELECT group_concat(ct.name, ' ') AS names,
           concat_ws(' ', c2.phone, group_concat(ct.phones, ' ')) AS phones,
           concat_ws(' ', c2.email, group_concat(ct.email, ' ')) AS emails
    FROM customer c2 LEFT JOIN contact ct ON ct.customer_id = c2.id AND ct.deleted_at IS NULL
    WHERE c2.rid = {{rid}}) p
WHERE c.rid = {{rid}} AND c.deleted_at IS NULL;"""

_TEXTS = """
    SELECT lower(c.name) AS txt, 0 AS first FROM customer c
        WHERE c.rid = {rid} AND c.deleted_at IS NULL
    UNION ALL SELECT lower(c.company), 0 FROM customer c
        WHERE c.rid = {rid} AND c.deleted_at IS NULL AND c.company IS NOT NULL
    UNION ALL SELECT lower(ct.name), 1 FROM contact ct JOIN customer c ON ct.customer_id = c.id
        WHERE c.rid = {rid} AND c.deleted_at IS NULL AND ct.deleted_at IS NULL"""

_PIECES = f"""
INSERT OR IGNORE INTO search_piece(piece, rank, rid)
SELECT substr(t.txt, 1, w.w), 0, {{rid}} FROM ({_TEXTS}) t, (SELECT 1 AS w UNION ALL SELECT 2) w
WHERE t.first = 0 AND length(t.txt) >= w.w AND instr(substr(t.txt, 1, w.w), ' ') = 0;
INSERT OR IGNORE INTO search_piece(piece, rank, rid)
SELECT DISTINCT substr(t.txt, s.n, w.w), 1, {{rid}}
FROM ({_TEXTS}) t, search_seq s, (SELECT 1 AS w UNION ALL SELECT 2) w
WHERE s.n <= length(t.txt) - w.w + 1 AND instr(substr(t.txt, s.n, w.w), ' ') = 0;"""

_DROP = """
DELETE FROM customer_fts WHERE rowid = {rid};
DELETE FROM search_piece WHERE rid = {rid};"""


def _refresh(rid: str) -> str:
    return (_DROP + DOC + _PIECES).format(rid=rid)


CUSTOMER_OF_CONTACT = "(SELECT rid FROM customer WHERE id = {row}.customer_id)"
WATCHED = "name, company, phone, email, tags, notes, first_summary, deleted_at"

STATEMENTS = [
    """CREATE VIRTUAL TABLE customer_fts USING fts5(
    name, company, people, phones, digits, emails, tags, notes,
    content='', contentless_delete=1, tokenize='trigram')""",
    """CREATE TABLE search_piece (
    piece TEXT NOT NULL, rank INTEGER NOT NULL, rid INTEGER NOT NULL,
    PRIMARY KEY (piece, rid)) WITHOUT ROWID""",
    "CREATE INDEX search_piece_ranked ON search_piece(piece, rank, rid)",
    "CREATE INDEX search_piece_rid ON search_piece(rid)",
    "CREATE TABLE search_seq (n INTEGER PRIMARY KEY)",
    f"""INSERT INTO search_seq(n) WITH RECURSIVE s(n) AS
    (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {MAX_PIECE_TEXT}) SELECT n FROM s""",
    f"""CREATE TRIGGER customer_search_ai AFTER INSERT ON customer BEGIN
    {_refresh("new.rid")} END""",
    f"""CREATE TRIGGER customer_search_au AFTER UPDATE OF {WATCHED} ON customer BEGIN
    {_refresh("new.rid")} END""",
    f"""CREATE TRIGGER contact_search_ai AFTER INSERT ON contact BEGIN
    {_refresh(CUSTOMER_OF_CONTACT.format(row="new"))} END""",
    f"""CREATE TRIGGER contact_search_au AFTER UPDATE ON contact BEGIN
    {_refresh(CUSTOMER_OF_CONTACT.format(row="new"))} END""",
    f"""CREATE TRIGGER contact_search_ad AFTER DELETE ON contact BEGIN
    {_refresh(CUSTOMER_OF_CONTACT.format(row="old"))} END""",
    # Backfill customers that existed before this migration: the update trigger indexes them.
    "UPDATE customer SET name = name",
]
