"""Time-ordered global ids (UUIDv7, RFC 9562) for every record.

Layout of the 128 bits: 48-bit unix time in milliseconds, 4-bit version (7), 12-bit
``rand_a`` used as a monotonic counter (RFC 9562 §6.2, method 1), 2-bit variant (0b10),
62 random bits. Within one process ids are strictly increasing, as integers and as their
canonical lower-case strings, even when many are made in the same millisecond: the counter
is re-seeded at a random value below 2048 on each new millisecond and incremented otherwise;
if it overflows, or if the clock goes backwards, the generator keeps counting on the last
timestamp it used (moving it one millisecond ahead on overflow) rather than going back.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import NewType

__all__ = [
    "ContactId",
    "CustomerId",
    "EntryId",
    "KeyDateId",
    "OpportunityId",
    "OrderId",
    "ReminderId",
    "UuidV7Generator",
    "id_timestamp",
    "is_uuid7",
    "new_id",
]

CustomerId = NewType("CustomerId", str)
ContactId = NewType("ContactId", str)
EntryId = NewType("EntryId", str)
OpportunityId = NewType("OpportunityId", str)
OrderId = NewType("OrderId", str)
KeyDateId = NewType("KeyDateId", str)
ReminderId = NewType("ReminderId", str)

_VERSION = 7
_VARIANT = 0b10
_COUNTER_MAX = 0xFFF
_COUNTER_SEED_BITS = 11  # seed below 2048 leaves >= 2048 increments per millisecond
_MAX_MS = (1 << 48) - 1
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


def _random_bits(bits: int) -> int:
    return secrets.randbits(bits)


class UuidV7Generator:
    """Thread-safe monotonic UUIDv7 source; clock and randomness are injectable for tests."""

    def __init__(
        self,
        clock_ms: Callable[[], int] = _wall_clock_ms,
        random_bits: Callable[[int], int] = _random_bits,
    ) -> None:
        self._clock_ms = clock_ms
        self._random_bits = random_bits
        self._lock = threading.Lock()
        self._last_ms = -1
        self._counter = 0

    def _next_fields(self) -> tuple[int, int]:
        now = self._clock_ms()
        if now > self._last_ms:
            self._last_ms = now
            self._counter = self._random_bits(_COUNTER_SEED_BITS)
        elif self._counter < _COUNTER_MAX:
            self._counter += 1
        else:
            self._last_ms += 1
            self._counter = self._random_bits(_COUNTER_SEED_BITS)
        if not 0 <= self._last_ms <= _MAX_MS:
            raise OverflowError("clock outside the 48-bit UUIDv7 range")
        return self._last_ms, self._counter

    def new_uuid(self) -> uuid.UUID:
        """The next UUIDv7, greater than every one this generator made before."""
        with self._lock:
            ms, counter = self._next_fields()
        return uuid.UUID(int=self._value(ms, counter))

    def _value(self, ms: int, counter: int) -> int:
        value = (ms << 80) | (_VERSION << 76) | (counter << 64)
        return value | (_VARIANT << 62) | self._random_bits(62)

    def new_id(self) -> str:
        """`str(new_uuid())`, made without the UUID object (imports make hundreds of thousands)."""
        with self._lock:
            ms, counter = self._next_fields()
        h = f"{self._value(ms, counter):032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_DEFAULT = UuidV7Generator()


def new_id() -> str:
    """A new UUIDv7 in canonical lower-case form, e.g. ``0192f3c4-...``."""
    return _DEFAULT.new_id()


def is_uuid7(text: str) -> bool:
    """True if ``text`` is a canonical UUID string with version 7 and the RFC variant."""
    try:
        parsed = uuid.UUID(text)
    except (ValueError, TypeError, AttributeError):
        return False
    return str(parsed) == text and parsed.version == _VERSION and parsed.variant == uuid.RFC_4122


def id_timestamp(id_: str) -> datetime:
    """The creation time embedded in a UUIDv7 id (UTC, millisecond precision).

    Raises ``ValueError`` if ``id_`` is not a UUIDv7 or its time is past year 9999.
    """
    parsed = uuid.UUID(id_)
    if parsed.version != _VERSION or parsed.variant != uuid.RFC_4122:
        raise ValueError("not a UUIDv7")
    ms = parsed.int >> 80
    try:
        return _EPOCH + timedelta(milliseconds=ms)
    except OverflowError as exc:
        raise ValueError("UUIDv7 time beyond year 9999") from exc
