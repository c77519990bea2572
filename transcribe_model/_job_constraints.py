"""The constraint data of the transcription-job shapes, by name, for the hand-written strategies.

The constraints are generated next to their classes (``transcribe_model.common._models``,
``transcribe_model.transcription_jobs._models``); the strategies of the transcription-job family
read them here under the names they had in 0.1.
"""

from transcribe_model._constraints import Range
from transcribe_model.common._models import (
    PII_ENTITY_TYPES,
    PRINTABLE_NON_EMPTY_STRING,
    TAG_KEY,
    TAG_VALUE,
    URI,
)
from transcribe_model.transcription_jobs._models import (
    DATA_ACCESS_ROLE_ARN,
    IDENTIFIED_LANGUAGE_SCORE,
    KMS_ENCRYPTION_CONTEXT_MAP,
    KMS_KEY_ID,
    LANGUAGE_ID_SETTINGS_MAP,
    MAX_ALTERNATIVES,
    MAX_SPEAKERS,
    MEDIA_SAMPLE_RATE_HERTZ,
    MODEL_NAME,
    NEXT_TOKEN,
    OUTPUT_BUCKET_NAME,
    OUTPUT_KEY,
    SUBTITLE_OUTPUT_START_INDEX,
    TAG_LIST,
    TOXICITY_DETECTION,
    TRANSCRIPTION_JOB_NAME,
    VOCABULARY_FILTER_NAME,
    VOCABULARY_NAME,
)

#: ``DurationInSeconds`` declares no bound; the strategies still draw it through a Range.
DURATION_IN_SECONDS = Range("DurationInSeconds")

__all__ = [
    "DATA_ACCESS_ROLE_ARN",
    "DURATION_IN_SECONDS",
    "IDENTIFIED_LANGUAGE_SCORE",
    "KMS_ENCRYPTION_CONTEXT_MAP",
    "KMS_KEY_ID",
    "LANGUAGE_ID_SETTINGS_MAP",
    "MAX_ALTERNATIVES",
    "MAX_SPEAKERS",
    "MEDIA_SAMPLE_RATE_HERTZ",
    "MODEL_NAME",
    "NEXT_TOKEN",
    "OUTPUT_BUCKET_NAME",
    "OUTPUT_KEY",
    "PII_ENTITY_TYPES",
    "PRINTABLE_NON_EMPTY_STRING",
    "SUBTITLE_OUTPUT_START_INDEX",
    "TAG_KEY",
    "TAG_LIST",
    "TAG_VALUE",
    "TOXICITY_DETECTION",
    "TRANSCRIPTION_JOB_NAME",
    "URI",
    "VOCABULARY_FILTER_NAME",
    "VOCABULARY_NAME",
]
