"""The data every benchmark runs on: a full job as botocore returns it, and a page of 100."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dateutil.tz import tzlocal


def full_job() -> dict[str, Any]:
    """A TranscriptionJob with every member a completed job can have, datetimes as botocore's."""
    when = datetime(2026, 11, 25, 9, 12, 3, 501000, tzinfo=tzlocal())
    return {
        "TranscriptionJobName": "support-call-0142",
        "TranscriptionJobStatus": "COMPLETED",
        "LanguageCode": "en-US",
        "MediaSampleRateHertz": 44100,
        "MediaFormat": "wav",
        "Media": {"MediaFileUri": "s3://amzn-s3-demo-bucket/calls/0142.wav"},
        "Transcript": {
            "TranscriptFileUri": "https://s3.us-east-1.amazonaws.com/bucket/0142.json",
            "RedactedTranscriptFileUri": "https://s3.us-east-1.amazonaws.com/bucket/red.json",
        },
        "StartTime": when,
        "CreationTime": when,
        "CompletionTime": when,
        "Settings": {
            "ShowSpeakerLabels": True,
            "MaxSpeakerLabels": 4,
            "ChannelIdentification": False,
            "ShowAlternatives": True,
            "MaxAlternatives": 3,
            "VocabularyFilterMethod": "mask",
        },
        "JobExecutionSettings": {
            "AllowDeferredExecution": True,
            "DataAccessRoleArn": "arn:aws:iam::111122223333:role/TranscribeAccess",
        },
        "ContentRedaction": {
            "RedactionType": "PII",
            "RedactionOutput": "redacted_and_unredacted",
            "PiiEntityTypes": ["NAME", "PHONE", "EMAIL"],
        },
        "IdentifyLanguage": True,
        "LanguageOptions": ["en-US", "es-US", "fr-CA"],
        "IdentifiedLanguageScore": 0.93,
        "Tags": [{"Key": "team", "Value": "support"}, {"Key": "queue", "Value": "tier-1"}],
        "Subtitles": {
            "Formats": ["vtt", "srt"],
            "SubtitleFileUris": [
                "https://s3.us-east-1.amazonaws.com/bucket/0142.vtt",
                "https://s3.us-east-1.amazonaws.com/bucket/0142.srt",
            ],
            "OutputStartIndex": 1,
        },
        "LanguageIdSettings": {
            "en-US": {"VocabularyName": "support-en", "VocabularyFilterName": "filter-en"},
            "es-US": {"LanguageModelName": "support-model-es"},
        },
        "ToxicityDetection": [{"ToxicityCategories": ["ALL"]}],
    }


def page_of_summaries(count: int = 100) -> dict[str, Any]:
    """A ListTranscriptionJobs response holding ``count`` summaries."""
    when = datetime(2026, 11, 25, 9, 12, 3, 501000, tzinfo=tzlocal())
    return {
        "Status": "COMPLETED",
        "NextToken": "eyJ0b2tlbiI6ICJleGFtcGxlIn0=",
        "TranscriptionJobSummaries": [
            {
                "TranscriptionJobName": f"job-{index:04d}",
                "CreationTime": when,
                "StartTime": when,
                "CompletionTime": when,
                "LanguageCode": "en-US",
                "TranscriptionJobStatus": "COMPLETED",
                "OutputLocationType": "CUSTOMER_BUCKET",
                "ContentRedaction": {"RedactionType": "PII", "RedactionOutput": "redacted"},
                "IdentifyLanguage": False,
            }
            for index in range(count)
        ],
    }
