"""UUIDv7 ids: layout bits, timestamp, strict ordering within a process."""

from __future__ import annotations

import itertools
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.ids import UuidV7Generator, id_timestamp, is_uuid7, new_id

MAX_MS = (1 << 48) - 1
MAX_DATETIME_MS = 253_402_300_799_999  # 9999-12-31T23:59:59.999Z


def _fixed_random(bits: int) -> int:
    return (1 << bits) - 1  # worst case: counter seeded at its highest start value


def _clock(values: list[int]) -> Iterator[int]:
    yield from values


def _gen_with_clock(values: list[int]) -> UuidV7Generator:
    ticks = _clock(values)
    return UuidV7Generator(clock_ms=lambda: next(ticks), random_bits=_fixed_random)


def test_new_id_is_canonical_uuid7() -> None:
    value = new_id()
    parsed = uuid.UUID(value)
    assert str(parsed) == value
    assert len(value) == 36
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    assert (parsed.int >> 76) & 0xF == 7
    assert (parsed.int >> 62) & 0b11 == 0b10


def test_new_ids_strictly_increase_as_strings() -> None:
    ids = [new_id() for _ in range(20_000)]  # many per millisecond
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_new_id_timestamp_is_now() -> None:
    before = datetime.now(UTC)
    made = id_timestamp(new_id())
    after = datetime.now(UTC)
    assert before - timedelta(milliseconds=1) <= made <= after
    assert made.tzinfo is UTC


@given(st.integers(min_value=0, max_value=MAX_DATETIME_MS))
def test_timestamp_round_trip(ms: int) -> None:
    gen = UuidV7Generator(clock_ms=lambda: ms)
    made = gen.new_id()
    expected = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=ms)
    assert id_timestamp(made) == expected
    assert is_uuid7(made)


@given(st.lists(st.integers(min_value=0, max_value=MAX_MS - 10_000), min_size=2, max_size=50))
def test_order_holds_for_any_clock_sequence(clock: list[int]) -> None:
    """Repeated, jumping and backwards clock readings still give increasing ids."""
    gen = _gen_with_clock(clock)
    ids = [gen.new_id() for _ in clock]
    assert all(a < b for a, b in itertools.pairwise(ids))
    for made in ids:
        parsed = uuid.UUID(made)
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122


def test_clock_going_backwards_keeps_last_timestamp() -> None:
    gen = _gen_with_clock([5_000, 4_000, 4_500])
    first, second, third = (gen.new_id() for _ in range(3))
    assert first < second < third
    stamp = datetime(1970, 1, 1, 0, 0, 5, tzinfo=UTC)
    assert id_timestamp(second) == stamp
    assert id_timestamp(third) == stamp


def test_counter_overflow_moves_to_next_millisecond() -> None:
    # Seeded at 2047 the 12-bit counter has 2048 increments left in the millisecond.
    gen = _gen_with_clock([1_000] * 2_050)
    ids = [gen.new_id() for _ in range(2_050)]
    assert ids == sorted(ids)
    assert id_timestamp(ids[2047]) == datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC)
    assert id_timestamp(ids[2049]) == datetime(1970, 1, 1, 0, 0, 1, 1000, tzinfo=UTC)


def test_ids_from_many_threads_are_unique() -> None:
    results: list[list[str]] = [[] for _ in range(8)]

    def work(slot: list[str]) -> None:
        slot.extend(new_id() for _ in range(2_000))

    threads = [threading.Thread(target=work, args=(slot,)) for slot in results]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [made for slot in results for made in slot]
    assert len(set(every)) == len(every)
    for slot in results:
        assert slot == sorted(slot)


@pytest.mark.parametrize(
    "text",
    [
        "not-a-uuid",
        str(uuid.uuid4()),
        "0192F3C4-0000-7000-8000-000000000000",  # upper case is not canonical
        "",
    ],
)
def test_is_uuid7_rejects(text: str) -> None:
    assert not is_uuid7(text)


def test_id_timestamp_rejects_other_versions() -> None:
    with pytest.raises(ValueError, match="UUIDv7"):
        id_timestamp(str(uuid.uuid4()))
    with pytest.raises(ValueError, match="hexadecimal"):
        id_timestamp("nonsense")


def test_id_timestamp_beyond_datetime_range_is_value_error() -> None:
    made = UuidV7Generator(clock_ms=lambda: MAX_MS).new_id()
    assert is_uuid7(made)
    with pytest.raises(ValueError, match="9999"):
        id_timestamp(made)
