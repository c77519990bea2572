"""Misuse of the enums that the checkers must refuse, and a match that misses a member.

Marked as in negative_models.py: ``# type: ignore[code]`` for mypy, ``# pyright: ignore[rule]``
for pyright, each line one case. Never run.
"""

from __future__ import annotations

from typing import assert_never

from transcribe_model import LanguageCode, TranscriptionJobStatus


def match_that_misses_a_member(status: TranscriptionJobStatus) -> str:
    if not status.is_known:
        return "newer than this library"
    match status:
        case TranscriptionJobStatus.COMPLETED:
            return "done"
        case TranscriptionJobStatus.FAILED:
            return "failed"
        case TranscriptionJobStatus.QUEUED:
            return "queued"
        case _:  # IN_PROGRESS is left: not exhaustive
            assert_never(status)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def misspelled_member() -> object:
    return LanguageCode.EN_us  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType, reportUnknownVariableType]


def from_wire_takes_a_str() -> LanguageCode:
    return LanguageCode.from_wire(5)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def from_wire_returns_its_own_class() -> LanguageCode:
    return TranscriptionJobStatus.from_wire("COMPLETED")  # type: ignore[return-value]  # pyright: ignore[reportReturnType]


def a_str_is_not_an_enum(code: str) -> LanguageCode:
    return code  # type: ignore[return-value]  # pyright: ignore[reportReturnType]


def value_is_a_str_not_an_int(code: LanguageCode) -> int:
    return code.value  # type: ignore[return-value]  # pyright: ignore[reportReturnType]
