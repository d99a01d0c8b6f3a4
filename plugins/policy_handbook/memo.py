"""Memoising by the identity of the arguments, for work on the loaded (frozen) models.

Under ``mkdocs serve`` the loader hands back the very same model objects for files that did
not change (see :class:`~policy_handbook.load.loader.FileCache`), and the models are frozen:
a result computed for the same objects is the same result. The cache holds its arguments
weakly: an entry goes when any of its arguments is collected (a document that was edited, a
corpus that was replaced), before that argument's identity can be reused, so the cache never
keeps an old corpus alive and never answers for an object it has not seen. At most
``maxsize`` entries are kept, least recently used dropped first.
"""

from __future__ import annotations

import functools
import weakref
from collections import OrderedDict
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def by_identity(maxsize: int) -> Callable[[F], F]:
    """Memoise a pure function of frozen objects by the identity of its positional arguments.

    The positional arguments must accept weak references (pydantic models and dataclasses
    do); keyword arguments must be hashable values, and are part of the key by value. The
    result must not refer to the arguments, or they would never be collected.
    """

    def decorate(function: F) -> F:
        entries: OrderedDict[tuple, tuple[tuple[weakref.ref, ...], Any]] = OrderedDict()

        @functools.wraps(function)
        def memoised(*args: Any, **kwargs: Any) -> Any:
            key = (tuple(id(a) for a in args), tuple(sorted(kwargs.items())))
            entry = entries.get(key)
            if entry is not None:
                entries.move_to_end(key)
                return entry[1]
            result = function(*args, **kwargs)
            forget = functools.partial(_forget, entries, key)
            entries[key] = (tuple(weakref.ref(a, forget) for a in args), result)
            if len(entries) > maxsize:
                entries.popitem(last=False)
            return result

        memoised.cache_clear = entries.clear  # type: ignore[attr-defined]
        memoised.cache_len = entries.__len__  # type: ignore[attr-defined]
        return memoised  # type: ignore[return-value]

    return decorate


def _forget(entries: OrderedDict, key: tuple, _ref: weakref.ref) -> None:
    entries.pop(key, None)
