"""Memoising by identity: the same objects give the cached result, and the cache lets them go."""

from __future__ import annotations

import gc
from dataclasses import dataclass

from policy_handbook.memo import by_identity


@dataclass(frozen=True)
class Box:
    value: int


def test_a_result_is_reused_for_the_same_objects_only_and_goes_with_them():
    calls = []

    @by_identity(maxsize=8)
    def double(box: Box, *, times: int = 2) -> int:
        calls.append(box.value)
        return box.value * times

    first, equal = Box(1), Box(1)
    assert double(first) == 2 and double(first) == 2
    assert double(equal) == 2, "an equal but distinct object is computed again"
    assert double(first, times=3) == 3, "keyword arguments are part of the key"
    assert calls == [1, 1, 1]
    assert double.cache_len() == 3
    del first, equal
    gc.collect()
    assert double.cache_len() == 0, "entries go when their arguments are collected"


def test_the_cache_keeps_at_most_maxsize_entries():
    @by_identity(maxsize=2)
    def value(box: Box) -> int:
        return box.value

    boxes = [Box(n) for n in range(5)]
    assert [value(b) for b in boxes] == [0, 1, 2, 3, 4]
    assert value.cache_len() == 2
