"""Memoising by the identity of the arguments, for work on the loaded (frozen) models.

Under ``mkdocs serve`` the loader hands back the very same model objects for files that did
not change (see :class:`~policy_handbook.load.loader.FileCache`), and the models are frozen:
a result computed for the same objects is the same result. A cache entry keeps its arguments
alive, so their identities cannot be reused by other objects while the entry exists; the
least recently used entries are dropped beyond ``maxsize``, so memory stays bounded however
many rebuilds run.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def by_identity(maxsize: int) -> Callable[[F], F]:
    """Memoise a pure function of frozen objects by the identity of its positional arguments.

    Keyword arguments must be hashable values; they are part of the key by value.
    """

    def decorate(function: F) -> F:
        entries: OrderedDict[tuple, tuple[tuple, Any]] = OrderedDict()

        @functools.wraps(function)
        def memoised(*args: Any, **kwargs: Any) -> Any:
            key = (tuple(id(a) for a in args), tuple(sorted(kwargs.items())))
            entry = entries.get(key)
            if entry is not None:
                entries.move_to_end(key)
                return entry[1]
            result = function(*args, **kwargs)
            entries[key] = (args, result)
            if len(entries) > maxsize:
                entries.popitem(last=False)
            return result

        memoised.cache_clear = entries.clear  # type: ignore[attr-defined]
        return memoised  # type: ignore[return-value]

    return decorate
