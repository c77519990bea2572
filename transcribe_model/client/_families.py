"""Every family of the service, as data: its name in the index and the members that matter.

The operations and their request and response shapes come from ``_index.OPERATIONS`` by family;
the type parameters give each family's client its static types (a test checks they are the
shapes the index names). The classes are imported only for type checkers: a family's models
load the first time its client uses them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from transcribe_model.client._ops import JobOps, ResourceOps, StatefulResourceOps

if TYPE_CHECKING:
    from transcribe_model import (
        CallAnalyticsJob,
        CallAnalyticsJobSummary,
        CategoryProperties,
        CreateCallAnalyticsCategoryRequest,
        CreateCallAnalyticsCategoryResponse,
        CreateLanguageModelRequest,
        CreateLanguageModelResponse,
        CreateMedicalVocabularyRequest,
        CreateMedicalVocabularyResponse,
        CreateVocabularyFilterRequest,
        CreateVocabularyFilterResponse,
        CreateVocabularyRequest,
        CreateVocabularyResponse,
        DescribeLanguageModelResponse,
        GetCallAnalyticsCategoryResponse,
        GetMedicalVocabularyResponse,
        GetVocabularyFilterResponse,
        GetVocabularyResponse,
        LanguageModel,
        ListCallAnalyticsCategoriesRequest,
        ListCallAnalyticsCategoriesResponse,
        ListCallAnalyticsJobsRequest,
        ListCallAnalyticsJobsResponse,
        ListLanguageModelsRequest,
        ListLanguageModelsResponse,
        ListMedicalScribeJobsRequest,
        ListMedicalScribeJobsResponse,
        ListMedicalTranscriptionJobsRequest,
        ListMedicalTranscriptionJobsResponse,
        ListMedicalVocabulariesRequest,
        ListMedicalVocabulariesResponse,
        ListTranscriptionJobsRequest,
        ListTranscriptionJobsResponse,
        ListVocabulariesRequest,
        ListVocabulariesResponse,
        ListVocabularyFiltersRequest,
        ListVocabularyFiltersResponse,
        MedicalScribeJob,
        MedicalScribeJobSummary,
        MedicalTranscriptionJob,
        MedicalTranscriptionJobSummary,
        StartCallAnalyticsJobRequest,
        StartMedicalScribeJobRequest,
        StartMedicalTranscriptionJobRequest,
        StartTranscriptionJobRequest,
        TranscriptionJob,
        TranscriptionJobSummary,
        UpdateCallAnalyticsCategoryRequest,
        UpdateCallAnalyticsCategoryResponse,
        UpdateLanguageModelRequest,
        UpdateLanguageModelResponse,
        UpdateMedicalVocabularyRequest,
        UpdateMedicalVocabularyResponse,
        UpdateVocabularyFilterRequest,
        UpdateVocabularyFilterResponse,
        UpdateVocabularyRequest,
        UpdateVocabularyResponse,
        VocabularyFilterInfo,
        VocabularyInfo,
    )

# Jobs: [Start request, job, List request, List response, summary].
TRANSCRIPTION_JOBS: Final[
    JobOps[
        StartTranscriptionJobRequest,
        TranscriptionJob,
        ListTranscriptionJobsRequest,
        ListTranscriptionJobsResponse,
        TranscriptionJobSummary,
    ]
] = JobOps(
    "transcription_jobs",
    job="transcription_job",
    status="transcription_job_status",
    items="transcription_job_summaries",
    what="transcription job",
)
MEDICAL_TRANSCRIPTION_JOBS: Final[
    JobOps[
        StartMedicalTranscriptionJobRequest,
        MedicalTranscriptionJob,
        ListMedicalTranscriptionJobsRequest,
        ListMedicalTranscriptionJobsResponse,
        MedicalTranscriptionJobSummary,
    ]
] = JobOps(
    "medical_transcription_jobs",
    job="medical_transcription_job",
    status="transcription_job_status",
    items="medical_transcription_job_summaries",
    what="medical transcription job",
)
CALL_ANALYTICS_JOBS: Final[
    JobOps[
        StartCallAnalyticsJobRequest,
        CallAnalyticsJob,
        ListCallAnalyticsJobsRequest,
        ListCallAnalyticsJobsResponse,
        CallAnalyticsJobSummary,
    ]
] = JobOps(
    "call_analytics_jobs",
    job="call_analytics_job",
    status="call_analytics_job_status",
    items="call_analytics_job_summaries",
    what="Call Analytics job",
)
MEDICAL_SCRIBE_JOBS: Final[
    JobOps[
        StartMedicalScribeJobRequest,
        MedicalScribeJob,
        ListMedicalScribeJobsRequest,
        ListMedicalScribeJobsResponse,
        MedicalScribeJobSummary,
    ]
] = JobOps(
    "medical_scribe_jobs",
    job="medical_scribe_job",
    status="medical_scribe_job_status",
    items="medical_scribe_job_summaries",
    what="medical scribe job",
)

# Resources: [Create request, Create response, Get/Describe response, List request,
# List response, item, Update request, Update response].
VOCABULARIES: Final[
    StatefulResourceOps[
        CreateVocabularyRequest,
        CreateVocabularyResponse,
        GetVocabularyResponse,
        ListVocabulariesRequest,
        ListVocabulariesResponse,
        VocabularyInfo,
        UpdateVocabularyRequest,
        UpdateVocabularyResponse,
    ]
] = StatefulResourceOps(
    "vocabularies",
    items="vocabularies",
    what="vocabulary",
    status="vocabulary_state",
    failure="failure_reason",
    done="READY",
)
MEDICAL_VOCABULARIES: Final[
    StatefulResourceOps[
        CreateMedicalVocabularyRequest,
        CreateMedicalVocabularyResponse,
        GetMedicalVocabularyResponse,
        ListMedicalVocabulariesRequest,
        ListMedicalVocabulariesResponse,
        VocabularyInfo,
        UpdateMedicalVocabularyRequest,
        UpdateMedicalVocabularyResponse,
    ]
] = StatefulResourceOps(
    "medical_vocabularies",
    items="vocabularies",
    what="medical vocabulary",
    status="vocabulary_state",
    failure="failure_reason",
    done="READY",
)
LANGUAGE_MODELS: Final[
    StatefulResourceOps[
        CreateLanguageModelRequest,
        CreateLanguageModelResponse,
        DescribeLanguageModelResponse,
        ListLanguageModelsRequest,
        ListLanguageModelsResponse,
        LanguageModel,
        UpdateLanguageModelRequest,
        UpdateLanguageModelResponse,
    ]
] = StatefulResourceOps(
    "language_models",
    items="models",
    what="language model",
    status="language_model.model_status",
    failure="language_model.failure_reason",
    done="COMPLETED",
)
VOCABULARY_FILTERS: Final[
    ResourceOps[
        CreateVocabularyFilterRequest,
        CreateVocabularyFilterResponse,
        GetVocabularyFilterResponse,
        ListVocabularyFiltersRequest,
        ListVocabularyFiltersResponse,
        VocabularyFilterInfo,
        UpdateVocabularyFilterRequest,
        UpdateVocabularyFilterResponse,
    ]
] = ResourceOps("vocabulary_filters", items="vocabulary_filters", what="vocabulary filter")
CALL_ANALYTICS_CATEGORIES: Final[
    ResourceOps[
        CreateCallAnalyticsCategoryRequest,
        CreateCallAnalyticsCategoryResponse,
        GetCallAnalyticsCategoryResponse,
        ListCallAnalyticsCategoriesRequest,
        ListCallAnalyticsCategoriesResponse,
        CategoryProperties,
        UpdateCallAnalyticsCategoryRequest,
        UpdateCallAnalyticsCategoryResponse,
    ]
] = ResourceOps("call_analytics_categories", items="categories", what="Call Analytics category")

#: Every family with a client, by its name in the index.
FAMILIES: Final = {
    ops.family: ops
    for ops in (
        TRANSCRIPTION_JOBS,
        MEDICAL_TRANSCRIPTION_JOBS,
        CALL_ANALYTICS_JOBS,
        MEDICAL_SCRIBE_JOBS,
        VOCABULARIES,
        MEDICAL_VOCABULARIES,
        LANGUAGE_MODELS,
        VOCABULARY_FILTERS,
        CALL_ANALYTICS_CATEGORIES,
    )
}
