"""Schema version 4: the 1–2 character search index becomes an FTS5 table.

v2 kept every 1–2 character piece of a customer's names as a row of `search_piece` (a
WITHOUT ROWID table with two more indexes): 2.8 million rows at 100,000 customers, whose
sorting and three B-tree inserts took 12.6 s of a 100k-row import. `customer_piece` holds the
same pieces as one space-separated document per customer (rowid = customer.rid) in a
contentless FTS5 table, which stores each piece once with a compact list of customers:
1.4 s for the same import, same matches.

- column `lead`: the first 1 and 2 characters of the customer's name and company (the
  pieces that rank first, as v2's rank 0);
- column `inner`: every 1–2 character piece of the name, company and live contacts' names
  (spaces never inside a piece), at most the first `MAX_PIECE_TEXT` characters of each.

The unicode61 tokenizer folds case (all scripts, not just ASCII as SQL lower() did) and
drops punctuation, so a piece like "a." is indexed as "a". Triggers keep both FTS tables
current for every write path, as in v2; the bulk path builds the same documents set-based.
"""

from crmdesk.data.schema_v2 import CUSTOMER_OF_CONTACT, DOC, WATCHED

LEAD = (
    "concat_ws(' ', substr(c.name, 1, 1), substr(c.name, 1, 2), "
    "substr(c.company, 1, 1), substr(c.company, 1, 2))"
)


def pieces_sql(also: str = "") -> str:
    """Every 1–2 character piece of the customer c's names (a correlated subquery); *also*
    is a further condition on the piece at position s.n of the text t.txt (see v6)."""
    extra = f"\n      AND {also}" if also else ""
    return f"""(SELECT group_concat(substr(t.txt, s.n, w.w), ' ')
    FROM (SELECT c.name AS txt
          UNION ALL SELECT c.company WHERE c.company IS NOT NULL
          UNION ALL SELECT ct.name FROM contact ct
                    WHERE ct.customer_id = c.id AND ct.deleted_at IS NULL) t,
         search_seq s, (SELECT 1 AS w UNION ALL SELECT 2) w
    WHERE s.n <= length(t.txt) - w.w + 1 AND instr(substr(t.txt, s.n, w.w), ' ') = 0{extra})"""


def piece_docs_sql(pieces: str) -> str:
    """INSERT of the piece documents of the customers matching c.{where} (filled in later)."""
    return f"""
INSERT INTO customer_piece(rowid, lead, inner)
SELECT c.rid, {LEAD}, {pieces} FROM customer c WHERE c.deleted_at IS NULL AND c.{{where}}
ORDER BY c.rid"""


PIECES = pieces_sql()
PIECE_DOCS = piece_docs_sql(PIECES)

TRIGGERS = {
    "customer_search_ai": ("AFTER INSERT ON customer", "new.rid"),
    "customer_search_au": (f"AFTER UPDATE OF {WATCHED} ON customer", "new.rid"),
    "contact_search_ai": ("AFTER INSERT ON contact", CUSTOMER_OF_CONTACT.format(row="new")),
    "contact_search_au": ("AFTER UPDATE ON contact", CUSTOMER_OF_CONTACT.format(row="new")),
    "contact_search_ad": ("AFTER DELETE ON contact", CUSTOMER_OF_CONTACT.format(row="old")),
}


def _refresh(rid: str, piece_docs: str) -> str:
    """Trigger body: drop the customer's documents and write them again (none if deleted)."""
    drop = f"""
DELETE FROM customer_fts WHERE rowid = {rid};
DELETE FROM customer_piece WHERE rowid = {rid};"""
    pieces = piece_docs.replace("{where}", f"rid = {rid}").replace("ORDER BY c.rid", "") + ";"
    return drop + DOC.format(rid=rid) + pieces


def trigger_statements(piece_docs: str) -> list[str]:
    """CREATE TRIGGER statements keeping both FTS tables current, pieces by *piece_docs*."""
    return [
        f"CREATE TRIGGER {name} {event} BEGIN {_refresh(rid, piece_docs)} END"
        for name, (event, rid) in TRIGGERS.items()
    ]


STATEMENTS = [
    *(f'DROP TRIGGER "{name}"' for name in TRIGGERS),
    "DROP TABLE search_piece",
    """CREATE VIRTUAL TABLE customer_piece USING fts5(
    lead, inner, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')""",
    *trigger_statements(PIECE_DOCS),
    PIECE_DOCS.replace("{where}", "rid > 0"),
]
