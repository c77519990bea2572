"""Where a job's transcript lies, and how to fetch it: decisions pure, I/O thin.

``locate(uri)`` decides: a URI in the caller's bucket (``OutputBucketName`` given) is
``https://s3.<region>.amazonaws.com/<bucket>/<key>`` (path style) or
``https://<bucket>.s3.<region>.amazonaws.com/<key>`` (virtual-hosted), and is read with an S3
client of the caller's own session, so the caller's credentials and bucket policy apply. The
service's default location is a pre-signed HTTPS URL (it carries ``X-Amz-Signature``) in the
service's bucket, which no S3 client of the caller may read: it is fetched over plain HTTPS, and
it expires 15 minutes after the job was described, so a 403 says to describe the job again.

Every download is cut off at ``max_bytes`` (64 MiB by default: a ten-hour transcript is about
40 MB), so a wrong URI cannot fill memory.
"""

from __future__ import annotations

import contextlib
import urllib.error
import urllib.request
from collections.abc import Callable, Generator, Mapping
from typing import Any, Final, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

import attrs

from transcribe_model._client_errors import RequestError, ServiceError
from transcribe_model._errors import ValidationError, Violation

#: The most a download may hold before it is refused.
DEFAULT_MAX_BYTES: Final = 64 * 1024 * 1024
_TIMEOUT: Final = 60.0
_OPERATION: Final = "GetTranscript"


@attrs.frozen
class S3Object:
    """A transcript in the caller's bucket."""

    bucket: str
    key: str


@attrs.frozen
class SignedUrl:
    """A transcript behind a pre-signed URL (the service's bucket), or any other HTTPS URL."""

    url: str


def locate(uri: str) -> S3Object | SignedUrl:
    """Where ``uri`` points, as the module docstring says; ``ValidationError`` if nowhere."""
    parts = urlsplit(uri)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host:
        raise ValidationError(
            [
                Violation(
                    path="Transcript.TranscriptFileUri", message=f"is no HTTPS URL: {uri[:200]!r}"
                )
            ]
        )
    query = parse_qs(parts.query)
    if "X-Amz-Signature" in query or "Signature" in query or not host.endswith(".amazonaws.com"):
        return SignedUrl(uri)
    labels = host.removesuffix(".amazonaws.com").split(".")
    path = unquote(parts.path.lstrip("/"))
    if labels[0] == "s3" or labels[0].startswith("s3-"):  # path style: s3.<region>/<bucket>/<key>
        bucket, _, key = path.partition("/")
    elif "s3" in labels[1:] or any(label.startswith("s3-") for label in labels[1:]):
        at = next(
            i for i, label in enumerate(labels) if i and (label == "s3" or label.startswith("s3-"))
        )
        bucket, key = ".".join(labels[:at]), path
    else:
        return SignedUrl(uri)
    if not bucket or not key:
        raise ValidationError(
            [
                Violation(
                    path="Transcript.TranscriptFileUri",
                    message=f"names no S3 object: {uri[:200]!r}",
                )
            ]
        )
    return S3Object(bucket=bucket, key=key)


class S3API(Protocol):
    """The one method of a boto3 ``s3`` client that fetching calls."""

    def get_object(self, **kwargs: Any) -> Mapping[str, Any]: ...


def _too_large(max_bytes: int) -> ValidationError:
    return ValidationError(
        [Violation(path="", message=f"is larger than {max_bytes} bytes: not read (max_bytes)")]
    )


def read_limited(stream: Any, max_bytes: int) -> bytes:
    """At most ``max_bytes`` of ``stream``; ``ValidationError`` if there is more."""
    data: bytes = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_large(max_bytes)
    return data


@contextlib.contextmanager
def _s3_errors() -> Generator[None, None, None]:
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        yield
    except ClientError as exc:
        error: Mapping[str, object] = exc.response.get("Error") or {}
        metadata: Mapping[str, object] = exc.response.get("ResponseMetadata") or {}
        status = metadata.get("HTTPStatusCode")
        raise ServiceError(
            code=str(error.get("Code") or "Unknown"),
            message=str(error.get("Message") or ""),
            operation=_OPERATION,
            http_status=status if isinstance(status, int) else None,
            request_id=None,
        ) from exc
    except BotoCoreError as exc:
        raise RequestError(message=str(exc), operation=_OPERATION) from exc


def fetch_s3(s3: S3API, where: S3Object, max_bytes: int) -> bytes:
    """The object's bytes, read with the caller's S3 client."""
    with _s3_errors():
        response = s3.get_object(Bucket=where.bucket, Key=where.key)
        length = response.get("ContentLength")
        if isinstance(length, int) and length > max_bytes:
            response["Body"].close()
            raise _too_large(max_bytes)
        body = response["Body"]
        try:
            return read_limited(body, max_bytes)
        finally:
            body.close()


Opener = Callable[..., Any]


def fetch_url(where: SignedUrl, max_bytes: int, opener: Opener = urllib.request.urlopen) -> bytes:
    """The bytes at a URL, over HTTPS; an expired pre-signed URL says to describe the job again."""
    try:
        with opener(where.url, timeout=_TIMEOUT) as response:
            return read_limited(response, max_bytes)
    except ValidationError:
        raise  # too large: a ValueError, but no network failure
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the open response
        hint = (
            " (the service's pre-signed URL expires 15 minutes after the job was described:"
            " get the job again for a fresh one)"
            if exc.code == 403
            else ""
        )
        raise ServiceError(
            code=f"HTTP{exc.code}",
            message=f"{exc.reason}{hint}",
            operation=_OPERATION,
            http_status=exc.code,
            request_id=None,
        ) from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise RequestError(message=str(exc), operation=_OPERATION) from exc


def fetch(
    uri: str,
    *,
    s3: Callable[[], S3API],
    max_bytes: int = DEFAULT_MAX_BYTES,
    opener: Opener = urllib.request.urlopen,
) -> bytes:
    """The transcript bytes at ``uri``: from S3 with ``s3()`` or over HTTPS, as ``locate`` says."""
    where = locate(uri)
    if isinstance(where, S3Object):
        return fetch_s3(s3(), where, max_bytes)
    return fetch_url(where, max_bytes, opener)
