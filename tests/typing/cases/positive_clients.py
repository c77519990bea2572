"""The types a downstream program gets from ``Transcribe`` and ``AsyncTranscribe``: each family
returns its own models, pinned with ``assert_type`` (checked by both checkers; run, it builds
both clients over a double and sends nothing)."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any, assert_type

from transcribe_model import (
    CallAnalyticsJob,
    CategoryProperties,
    CreateVocabularyResponse,
    DescribeLanguageModelResponse,
    GetMedicalVocabularyResponse,
    GetVocabularyFilterResponse,
    ListVocabulariesRequest,
    MedicalScribeJob,
    MedicalTranscriptionJob,
    MedicalTranscriptionJobSummary,
    Tag,
    TranscriptionJob,
    TranscriptionJobSummary,
    VocabularyInfo,
)
from transcribe_model.aio import AsyncTranscribe
from transcribe_model.client import Transcribe
from transcribe_model.transcript import Transcript


def sync(transcribe: Transcribe) -> None:
    assert_type(transcribe.transcription_jobs.get("a"), TranscriptionJob)
    assert_type(transcribe.transcription_jobs.transcript("a"), Transcript)
    assert_type(transcribe.medical_transcription_jobs.wait("a"), MedicalTranscriptionJob)
    assert_type(
        transcribe.medical_transcription_jobs.list(), Iterator[MedicalTranscriptionJobSummary]
    )
    assert_type(transcribe.call_analytics_jobs.get("a"), CallAnalyticsJob)
    assert_type(transcribe.medical_scribe_jobs.get("a"), MedicalScribeJob)
    assert_type(
        transcribe.vocabularies.list(ListVocabulariesRequest(max_results=5)),
        Iterator[VocabularyInfo],
    )
    assert_type(transcribe.medical_vocabularies.wait("a"), GetMedicalVocabularyResponse)
    assert_type(transcribe.language_models.get("a"), DescribeLanguageModelResponse)
    assert_type(transcribe.vocabulary_filters.get("a"), GetVocabularyFilterResponse)
    assert_type(transcribe.call_analytics_categories.list(), Iterator[CategoryProperties])
    assert_type(transcribe.tags("arn:aws:transcribe:us-east-1:111122223333:vocabulary/a"),
                tuple[Tag, ...])


async def asynchronous(transcribe: AsyncTranscribe) -> None:
    assert_type(await transcribe.transcription_jobs.get("a"), TranscriptionJob)
    assert_type(await transcribe.transcription_jobs.transcript("a"), Transcript)
    assert_type(transcribe.transcription_jobs.list(), AsyncIterator[TranscriptionJobSummary])
    assert_type(await transcribe.medical_scribe_jobs.get("a"), MedicalScribeJob)
    assert_type(transcribe.vocabularies.list(), AsyncIterator[VocabularyInfo])
    assert_type(await transcribe.language_models.wait("a"), DescribeLanguageModelResponse)


async def created(transcribe: AsyncTranscribe, request: Any) -> None:
    assert_type(await transcribe.vocabularies.create(request), CreateVocabularyResponse)


class Anything:
    """A client double with every method; this program only builds clients over it."""

    def __getattr__(self, name: str) -> Any:
        def answer(**params: Any) -> dict[str, Any]:
            return {}

        return answer


if __name__ == "__main__":
    transcribe = Transcribe(Anything())
    assert transcribe.vocabularies is not None
    assert inspect.iscoroutinefunction(AsyncTranscribe(Anything()).vocabularies.get)
