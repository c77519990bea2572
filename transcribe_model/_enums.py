"""The enums of the transcription-job operations, under the module path they had in 0.1.

Kept so that code importing ``transcribe_model._enums`` keeps working; the enums themselves
are generated into their families (``transcribe_model.common``,
``transcribe_model.transcription_jobs``).
"""

from transcribe_model._wire_enum import WireEnum
from transcribe_model.common import (
    LanguageCode,
    MediaFormat,
    OutputLocationType,
    PiiEntityType,
    RedactionOutput,
    RedactionType,
    TranscriptionJobStatus,
    VocabularyFilterMethod,
)
from transcribe_model.transcription_jobs import SubtitleFormat, ToxicityCategory

__all__ = [
    "LanguageCode",
    "MediaFormat",
    "OutputLocationType",
    "PiiEntityType",
    "RedactionOutput",
    "RedactionType",
    "SubtitleFormat",
    "ToxicityCategory",
    "TranscriptionJobStatus",
    "VocabularyFilterMethod",
    "WireEnum",
]
