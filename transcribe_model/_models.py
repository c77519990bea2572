"""The 21 shapes of the transcription-job operations, under the module path they had in 0.1.

Kept so that code importing ``transcribe_model._models`` keeps working; the classes themselves
are generated into their families (``transcribe_model.common``,
``transcribe_model.transcription_jobs``).
"""

from transcribe_model.common import (
    ContentRedaction,
    LanguageIdSettings,
    Media,
    Tag,
    Transcript,
)
from transcribe_model.transcription_jobs import (
    DeleteTranscriptionJobRequest,
    GetTranscriptionJobRequest,
    GetTranscriptionJobResponse,
    JobExecutionSettings,
    LanguageCodeItem,
    ListTranscriptionJobsRequest,
    ListTranscriptionJobsResponse,
    ModelSettings,
    Settings,
    StartTranscriptionJobRequest,
    StartTranscriptionJobResponse,
    Subtitles,
    SubtitlesOutput,
    ToxicityDetectionSettings,
    TranscriptionJob,
    TranscriptionJobSummary,
)

__all__ = [
    "ContentRedaction",
    "DeleteTranscriptionJobRequest",
    "GetTranscriptionJobRequest",
    "GetTranscriptionJobResponse",
    "JobExecutionSettings",
    "LanguageCodeItem",
    "LanguageIdSettings",
    "ListTranscriptionJobsRequest",
    "ListTranscriptionJobsResponse",
    "Media",
    "ModelSettings",
    "Settings",
    "StartTranscriptionJobRequest",
    "StartTranscriptionJobResponse",
    "Subtitles",
    "SubtitlesOutput",
    "Tag",
    "ToxicityDetectionSettings",
    "Transcript",
    "TranscriptionJob",
    "TranscriptionJobSummary",
]
