"""The transcription-job rules under the module path they had in 0.1, and their tables.

Kept so that code reading ``transcribe_model._rules`` keeps working. The rules live in
``transcribe_model.transcription_jobs.rules`` and ``transcribe_model.common.rules`` and register
themselves (``transcribe_model._registry``); the two tables here are read from the registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from transcribe_model import _models
from transcribe_model._registry import Rule, request_rules, response_checks
from transcribe_model.common.rules import pii_entity_types_are_all_or_distinct
from transcribe_model.transcription_jobs.rules import (
    alternatives_need_max_alternatives,
    completed_job_has_subtitle_uris,
    completed_job_has_transcript,
    deferred_execution_and_role_go_together,
    failed_job_has_failure_reason,
    identification_takes_custom_models_per_language,
    language_id_settings_match_language_options,
    language_id_settings_need_identification,
    language_id_vocabulary_filter_needs_method,
    language_options_are_distinct,
    language_options_need_identification,
    max_alternatives_need_alternatives,
    max_speaker_labels_need_speaker_labels,
    model_settings_need_language_model_name,
    multiple_languages_have_no_custom_language_model,
    no_redacted_media_in_request,
    one_language_source,
    output_key_needs_output_bucket_name,
    speaker_labels_need_max_speaker_labels,
    subtitle_formats_are_distinct,
    tag_keys_are_distinct,
    vocabulary_filter_name_needs_method,
)

_SHAPES = [getattr(_models, name) for name in _models.__all__]

#: The rules a caller's shape must keep, by shape (the transcription-job shapes).
REQUEST_RULES: Final[Mapping[type, tuple[Rule, ...]]] = {
    shape: request_rules(shape) for shape in _SHAPES if request_rules(shape)
}

#: What ``check()`` reports on the service's own output, by shape.
RESPONSE_CHECKS: Final[Mapping[type, tuple[Rule, ...]]] = {
    shape: response_checks(shape) for shape in _SHAPES if response_checks(shape)
}

__all__ = [
    "REQUEST_RULES",
    "RESPONSE_CHECKS",
    "pii_entity_types_are_all_or_distinct",
    "one_language_source",
    "language_options_need_identification",
    "language_options_are_distinct",
    "language_id_settings_need_identification",
    "language_id_settings_match_language_options",
    "multiple_languages_have_no_custom_language_model",
    "identification_takes_custom_models_per_language",
    "language_id_vocabulary_filter_needs_method",
    "output_key_needs_output_bucket_name",
    "no_redacted_media_in_request",
    "tag_keys_are_distinct",
    "speaker_labels_need_max_speaker_labels",
    "max_speaker_labels_need_speaker_labels",
    "alternatives_need_max_alternatives",
    "max_alternatives_need_alternatives",
    "vocabulary_filter_name_needs_method",
    "model_settings_need_language_model_name",
    "deferred_execution_and_role_go_together",
    "subtitle_formats_are_distinct",
    "failed_job_has_failure_reason",
    "completed_job_has_transcript",
    "completed_job_has_subtitle_uris",
]
