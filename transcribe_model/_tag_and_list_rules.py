"""The logic of the tagging rules that many families share, written once, shape-agnostic.

A rule must be registered in the family that defines its shape (so it is registered whenever the
shape is importable), but TAG-1 ("each tag key once") holds for the ``Tags`` member of ten
request shapes in eight families. Each family registers a thin rule of its own that hands its
``Tags`` to :func:`repeated_tag_keys`; the message and the paths are made here, once.

The List*, Get*, Delete* and Describe* rules (``MaxResults`` 1..100, ``NextToken`` 1..8192,
``NameContains``/``JobNameContains`` as a name, each operation's own status enum) are all bounds,
patterns and enums of the service model, which the generated models already enforce on every
shape: no function of their own is needed, only tests (``tests/rules/test_list_rules.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from transcribe_model._errors import Violation
from transcribe_model._rule_support import violation


class _Keyed(Protocol):
    """What a tag is to these rules: something with a key (``Tag`` of any family)."""

    @property
    def key(self) -> str: ...


def repeated_tag_keys(
    tags: Iterable[_Keyed] | None, rule: Callable[..., Any], path: str = "Tags"
) -> Iterator[Violation]:
    """A violation of ``rule`` at ``Tags[i].Key`` for each tag whose key an earlier tag has.

    ``Tag.Key``: "The first part of a key:value pair that forms a tag associated with a given
    resource": a key names one value, so a repeated key in one request is a mistake (whichever
    value won would be the service's choice, not the caller's). One pass with a set: linear.
    """
    if tags is None:
        return
    seen: set[str] = set()
    for index, tag in enumerate(tags):
        if tag.key in seen:
            yield violation(f"{path}[{index}].Key", f"repeats the tag key {tag.key!r}", rule)
        seen.add(tag.key)
