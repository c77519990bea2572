"""transcribe_model: a typed data model for Amazon Transcribe transcription jobs.

Frozen attrs classes for every shape of StartTranscriptionJob, GetTranscriptionJob,
ListTranscriptionJobs and DeleteTranscriptionJob; converters to and from the dicts botocore
returns and accepts and the JSON the AWS CLI prints; every documented constraint and
cross-field rule, with errors that name the field path.

    >>> from transcribe_model import structure, TranscriptionJob
    >>> job = structure(response["TranscriptionJob"], TranscriptionJob)  # doctest: +SKIP

Importing this package imports neither boto3 nor botocore. ``transcribe_model.client`` holds
``TranscribeJobs``, a typed facade over a boto3 ``transcribe`` client; its errors are here.
"""

from transcribe_model._api import from_json, make_converter, structure, to_json, unstructure
from transcribe_model._base import WireModel
from transcribe_model._check import check
from transcribe_model._client_errors import (
    JobAlreadyExistsError,
    JobFailedError,
    JobNotFoundError,
    RequestError,
    ResponseParseError,
    ServiceError,
    ThrottlingError,
    WaitTimeoutError,
)
from transcribe_model._enums import (
    LanguageCode,
    MediaFormat,
    OutputLocationType,
    PiiEntityType,
    RedactionOutput,
    RedactionType,
    SubtitleFormat,
    ToxicityCategory,
    TranscriptionJobStatus,
    VocabularyFilterMethod,
    WireEnum,
)
from transcribe_model._errors import TranscribeModelError, ValidationError, Violation
from transcribe_model._frozen import FrozenMapping
from transcribe_model._models import (
    ContentRedaction,
    DeleteTranscriptionJobRequest,
    GetTranscriptionJobRequest,
    GetTranscriptionJobResponse,
    JobExecutionSettings,
    LanguageCodeItem,
    LanguageIdSettings,
    ListTranscriptionJobsRequest,
    ListTranscriptionJobsResponse,
    Media,
    ModelSettings,
    Settings,
    StartTranscriptionJobRequest,
    StartTranscriptionJobResponse,
    Subtitles,
    SubtitlesOutput,
    Tag,
    ToxicityDetectionSettings,
    Transcript,
    TranscriptionJob,
    TranscriptionJobSummary,
)

__all__ = [
    "ContentRedaction",
    "DeleteTranscriptionJobRequest",
    "FrozenMapping",
    "GetTranscriptionJobRequest",
    "GetTranscriptionJobResponse",
    "JobAlreadyExistsError",
    "JobExecutionSettings",
    "JobFailedError",
    "JobNotFoundError",
    "LanguageCode",
    "LanguageCodeItem",
    "LanguageIdSettings",
    "ListTranscriptionJobsRequest",
    "ListTranscriptionJobsResponse",
    "Media",
    "MediaFormat",
    "ModelSettings",
    "OutputLocationType",
    "PiiEntityType",
    "RedactionOutput",
    "RedactionType",
    "RequestError",
    "ResponseParseError",
    "ServiceError",
    "Settings",
    "StartTranscriptionJobRequest",
    "StartTranscriptionJobResponse",
    "SubtitleFormat",
    "Subtitles",
    "SubtitlesOutput",
    "Tag",
    "ThrottlingError",
    "ToxicityCategory",
    "ToxicityDetectionSettings",
    "TranscribeModelError",
    "Transcript",
    "TranscriptionJob",
    "TranscriptionJobStatus",
    "TranscriptionJobSummary",
    "ValidationError",
    "Violation",
    "VocabularyFilterMethod",
    "WaitTimeoutError",
    "WireEnum",
    "WireModel",
    "check",
    "from_json",
    "make_converter",
    "structure",
    "to_json",
    "unstructure",
]
