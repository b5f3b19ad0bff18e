"""Schema version 6: short Latin queries match at the start of words, not inside them.

v4 indexed every 1–2 character piece of a customer's names. For Chinese that is right (no
spaces between words: 伟 must find 张伟), but a single Latin letter then matched inside
every word: "h" found 26,457 of 100,000 demo customers, most of them through the h of the
pinyin zh/ch/sh ("Zhang", "Chen"), so the list it gave was useless and slow (60–80 ms to
list and sort). Now a piece is indexed when it starts a word (the first character of the
text, or one after anything but a Latin letter or digit) or when its first character is
CJK (from U+2E80: CJK, kana, hangul, full-width forms). Three or more characters still
match anywhere (the trigram index).

The triggers are recreated with the new pieces and the index is rebuilt.
"""

from crmdesk.data import schema_v4

_WORD_CHAR = "({prev} GLOB '[0-9A-Za-z]' OR unicode({prev}) BETWEEN 192 AND 591)"
_PREV = "substr(t.txt, s.n - 1, 1)"
WORD_START_OR_CJK = (
    f"(s.n = 1 OR unicode(substr(t.txt, s.n, 1)) >= 11904 OR NOT {_WORD_CHAR.format(prev=_PREV)})"
)

PIECES = schema_v4.pieces_sql(also=WORD_START_OR_CJK)
PIECE_DOCS = schema_v4.piece_docs_sql(PIECES)

STATEMENTS = [
    *(f'DROP TRIGGER "{name}"' for name in schema_v4.TRIGGERS),
    *schema_v4.trigger_statements(PIECE_DOCS),
    "DELETE FROM customer_piece",
    PIECE_DOCS.replace("{where}", "rid > 0"),
]
