"""Hypothesis's entry point into transcribe_model (``[project.entry-points.hypothesis]``).

Hypothesis calls ``_hypothesis_setup_hook`` while it is being imported, so that
``st.from_type(transcribe_model.TranscriptionJob)`` works without an import of
``transcribe_model.strategies``. The hook registers, for every shape and enum, a resolver that
imports ``transcribe_model.strategies`` only when ``st.from_type`` first asks for the type. It
must not import that module itself: Hypothesis is half-imported at this point, and so may be
the module that is importing Hypothesis (``transcribe_model.strategies`` or one of its private
helpers), which would leave one of them half-built.

``transcribe_model.strategies`` registers the same strategies when it is imported, for an
environment where the entry point is not installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from transcribe_model._base import WireModel
from transcribe_model._wire_enum import WireEnum

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = ["_hypothesis_setup_hook"]



def _resolve(cls: type[WireModel | WireEnum]) -> SearchStrategy[WireModel | WireEnum]:
    """The strategy of ``cls``, from ``transcribe_model.strategies`` (imported on first use)."""
    from transcribe_model import strategies

    if issubclass(cls, WireEnum):
        return strategies.from_enum(cls)
    return strategies.from_model(cls)


def _hypothesis_setup_hook() -> None:
    """Register a resolver for every shape and enum of transcribe_model with Hypothesis."""
    from hypothesis import strategies as st

    from transcribe_model._spec import all_enums, all_shapes

    for cls in (*all_shapes(), *all_enums()):
        st.register_type_strategy(cls, _resolve)
