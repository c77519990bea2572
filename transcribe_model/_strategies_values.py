"""Realistic values for every constrained string and number of the service model.

Private to ``transcribe_model.strategies``. Each ``Text`` constraint of ``_constraints`` has a
generator here, found by the botocore shape name the constraint carries, that draws

- mostly realistic values (``meeting-2024-05-01``, ``s3://amzn-s3-demo-bucket/call.wav``,
  ``arn:aws:iam::111122223333:role/TranscribeAccess``),
- the shortest and the longest value the constraint *and its pattern* allow (an S3 URI is at
  least ``s3://x``, six characters, though the shape's min is 1; an IAM role ARN the pattern
  allows is at most 1113 characters, though the shape's max is 2048), and values of any length
  in between,
- now and then any value of the pattern (``st.from_regex``), filtered by length,

so every edge of every constraint is reached. Long values are built from a short drawn chunk
repeated, which keeps Hypothesis's choice sequence small. ``Range`` constraints draw both bounds
and realistic values in between. ``tests/test_strategies.py`` checks every drawn value against
its constraint.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any, Final

import attrs
from dateutil import tz
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn, SearchStrategy

from transcribe_model import _job_constraints as c
from transcribe_model._constraints import Range, Text

NAME_CHARS: Final = string.ascii_letters + string.digits + "._-"
URL_CHARS: Final = string.ascii_letters + string.digits + "-_.~/%"
KEY_CHARS: Final = string.ascii_letters + string.digits + "-_.!*'()/"
BUCKET_EDGE_CHARS: Final = string.ascii_lowercase + string.digits
BUCKET_CHARS: Final = BUCKET_EDGE_CHARS + ".-"
ARN_CHARS: Final = string.ascii_letters + string.digits + ":_/+=,@.-"
PRINTABLE_CHARS: Final = "".join(chr(code) for code in range(0x20, 0x7F))
TOKEN_CHARS: Final = string.ascii_letters + string.digits + "+/="
#: Letters beyond ASCII as people write them: accents, Greek, Cyrillic, CJK, Hangul, an emoji.
WORLD_LETTERS: Final = "äöüßéèñçøåæłğışžÁÉÍÓÚ" + "αβγδΩ" + "дежзЯ" + "日本語部門" + "한국어" + "🎙"
#: Text with no pattern: printable ASCII and WORLD_LETTERS. An explicit alphabet, so drawing
#: never makes Hypothesis compute its Unicode tables (seconds on a fresh machine, which its
#: too_slow health check would blame on the first test to draw).
TEXT_CHARS: Final = PRINTABLE_CHARS + WORLD_LETTERS

REGIONS: Final = (
    "us-east-1",
    "us-west-2",
    "eu-west-1",
    "eu-central-1",
    "ap-southeast-2",
    "ap-northeast-1",
    "ca-central-1",
    "sa-east-1",
)
ACCOUNTS: Final = ("111122223333", "123456789012", "444455556666")
RECORDING_WORDS: Final = (
    "meeting",
    "call",
    "podcast",
    "interview",
    "lecture",
    "voicemail",
    "support-call",
    "earnings-call",
    "webinar",
    "standup",
    "deposition",
    "town-hall",
)
CUSTOM_WORDS: Final = (
    "medical-terms",
    "product-names",
    "brand-names",
    "profanity",
    "legal",
    "support",
    "finance",
    "clm",
    "acronyms",
)
BUCKETS: Final = (
    "amzn-s3-demo-bucket",
    "amzn-s3-demo-destination-bucket",
    "media-archive",
    "call-recordings.prod",
    "transcripts-111122223333",
)
MEDIA_EXTENSIONS: Final = ("mp3", "mp4", "wav", "flac", "ogg", "amr", "webm", "m4a")

#: When Transcribe became generally available, and a horizon far enough ahead.
EARLIEST: Final = datetime(2018, 4, 4)
LATEST: Final = datetime(2035, 12, 31)


# --- building blocks ---------------------------------------------------------------------------


def fill(draw: DrawFn, alphabet: str, length: int) -> str:
    """``length`` characters of ``alphabet``: a short drawn chunk, repeated."""
    if length <= 0:
        return ""
    chunk = draw(st.text(alphabet, min_size=1, max_size=min(length, 12)))
    return (chunk * (length // len(chunk) + 1))[:length]


@st.composite
def _filled(draw: DrawFn, alphabet: str, length: int) -> str:
    return fill(draw, alphabet, length)


@attrs.frozen
class TextGen:
    """How to draw the values of one ``Text`` constraint.

    Attributes:
        constraint: The constraint every drawn value satisfies.
        realistic: Values as people write them.
        shortest: The shortest length the bounds and the pattern allow together.
        longest: The longest length the bounds and the pattern allow together.
        of_length: Valid values of exactly a given length in ``shortest..longest``.
    """

    constraint: Text
    realistic: SearchStrategy[str]
    shortest: int
    longest: int
    of_length: Callable[[int], SearchStrategy[str]]


@st.composite
def _text(draw: DrawFn, gen: TextGen) -> str:
    kind = draw(st.integers(0, 11))
    if kind == 0:
        return draw(gen.of_length(gen.shortest))
    if kind == 1:
        return draw(gen.of_length(gen.longest))
    if kind == 2:
        return draw(gen.of_length(draw(st.integers(gen.shortest, gen.longest))))
    if kind == 3 and gen.constraint.pattern is not None:
        return draw(regex_text(gen.constraint))
    return draw(gen.realistic)


def regex_text(constraint: Text) -> SearchStrategy[str]:
    """Any value of the constraint's pattern (a full match), within its length bounds."""
    low = constraint.min or 0
    high = constraint.max
    pattern = constraint.pattern or ".*"
    return st.from_regex(pattern, fullmatch=True, alphabet=TEXT_CHARS).filter(
        lambda value: low <= len(value) and (high is None or len(value) <= high)
    )


# --- names -------------------------------------------------------------------------------------


@st.composite
def _job_name(draw: DrawFn) -> str:
    word = draw(st.sampled_from(RECORDING_WORDS))
    form = draw(st.integers(0, 3))
    if form == 0:
        day = draw(st.dates(date(2018, 4, 4), date(2035, 12, 31)))
        return f"{word}-{day.isoformat()}"
    if form == 1:
        return f"{word}_{draw(st.integers(0, 999_999)):06d}"
    if form == 2:
        return f"{word}.{draw(st.sampled_from(REGIONS))}.{draw(st.integers(1, 999))}"
    return str(draw(st.uuids()))


@st.composite
def _custom_name(draw: DrawFn) -> str:
    word = draw(st.sampled_from(CUSTOM_WORDS))
    language = draw(st.sampled_from(("en-US", "en-GB", "es-US", "de-DE", "fr-CA", "ja-JP")))
    form = draw(st.integers(0, 2))
    if form == 0:
        return f"{word}-{language}"
    if form == 1:
        return f"{word}_v{draw(st.integers(1, 20))}"
    return f"{word}.{language}.{draw(st.integers(2018, 2035))}"


def _name_of_length(length: int) -> SearchStrategy[str]:
    return _filled(NAME_CHARS, length)


def _name_gen(constraint: Text, realistic: SearchStrategy[str]) -> TextGen:
    return TextGen(constraint, realistic, 1, 200, _name_of_length)


# --- URIs --------------------------------------------------------------------------------------


@st.composite
def media_uri(draw: DrawFn) -> str:
    """A realistic location of a media file: S3 URI or S3 HTTPS URL."""
    bucket = draw(st.sampled_from(BUCKETS))
    word = draw(st.sampled_from(RECORDING_WORDS))
    key = f"{word}s/{draw(st.integers(2018, 2035))}/{word}-{draw(st.integers(1, 9999))}"
    extension = draw(st.sampled_from(MEDIA_EXTENSIONS))
    region = draw(st.sampled_from(REGIONS))
    form = draw(st.integers(0, 3))
    if form == 0:
        return f"s3://{bucket}/{key}.{extension}"
    if form == 1:
        return f"https://{bucket}.s3.{region}.amazonaws.com/{key}.{extension}"
    if form == 2:
        return f"https://s3.{region}.amazonaws.com/{bucket}/{key}.{extension}"
    return f"http://{bucket}.s3-website-{region}.amazonaws.com/{key}.{extension}"


@st.composite
def _uri_of_length(draw: DrawFn, length: int) -> str:
    schemes = [scheme for scheme in ("s3://", "https://", "http://") if len(scheme) < length]
    scheme = draw(st.sampled_from(schemes))
    head = f"{scheme}{draw(st.sampled_from(BUCKETS))}/"
    if len(head) >= length:
        head = scheme
    return head + fill(draw, URL_CHARS, length - len(head))


# --- output location ---------------------------------------------------------------------------


@st.composite
def _bucket_name(draw: DrawFn) -> str:
    form = draw(st.integers(0, 2))
    if form == 0:
        return draw(st.sampled_from(BUCKETS))
    word = draw(st.sampled_from(RECORDING_WORDS))
    if form == 1:
        return f"{word}-transcripts-{draw(st.sampled_from(ACCOUNTS))}"
    return f"{word}.{draw(st.sampled_from(REGIONS))}"


@st.composite
def _bucket_of_length(draw: DrawFn, length: int) -> str:
    first = draw(st.sampled_from(BUCKET_EDGE_CHARS))
    last = draw(st.sampled_from(BUCKET_EDGE_CHARS))
    return first + fill(draw, BUCKET_CHARS, length - 2) + last


@st.composite
def _output_key(draw: DrawFn) -> str:
    word = draw(st.sampled_from(RECORDING_WORDS))
    form = draw(st.integers(0, 2))
    if form == 0:
        return f"{word}s/"
    year = draw(st.integers(2018, 2035))
    if form == 1:
        return f"transcripts/{year}/{draw(st.integers(1, 12)):02d}/"
    return f"{word}s/{year}/{word}-{draw(st.integers(1, 9999))}.json"


# --- KMS and IAM -------------------------------------------------------------------------------


@st.composite
def _kms_key_id(draw: DrawFn) -> str:
    key = str(draw(st.uuids()))
    region = draw(st.sampled_from(REGIONS))
    account = draw(st.sampled_from(ACCOUNTS))
    alias = f"alias/{draw(st.sampled_from(CUSTOM_WORDS))}"
    return draw(
        st.sampled_from(
            (
                key,
                f"arn:aws:kms:{region}:{account}:key/{key}",
                alias,
                f"arn:aws:kms:{region}:{account}:{alias}",
            )
        )
    )


@st.composite
def _kms_of_length(draw: DrawFn, length: int) -> str:
    first = draw(st.sampled_from(string.ascii_letters + string.digits))
    return first + fill(draw, ARN_CHARS, length - 1)


_PARTITIONS: Final = ("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b")
_ROLE_NAME_MAX: Final = 1024
_ACCOUNT_DIGITS_MAX: Final = 63


@st.composite
def _role_arn(draw: DrawFn) -> str:
    partition = draw(st.sampled_from(_PARTITIONS[:3]))
    account = draw(st.sampled_from(ACCOUNTS))
    path = draw(st.sampled_from(("", "service-role/", "transcribe/")))
    name = draw(
        st.sampled_from(("TranscribeDataAccess", "TranscribeS3Access", "transcribe-jobs-role"))
    )
    return f"arn:{partition}:iam::{account}:role/{path}{name}"


def _arn_head(partition: str, account_digits: int) -> int:
    return len(f"arn:{partition}:iam::") + account_digits + len(":role/")


@st.composite
def _role_arn_of_length(draw: DrawFn, length: int) -> str:
    for partition in _PARTITIONS:
        for digits in (12, *range(_ACCOUNT_DIGITS_MAX + 1)):
            room = length - _arn_head(partition, digits)
            if 0 <= room <= _ROLE_NAME_MAX:
                account = fill(draw, string.digits, digits)
                return f"arn:{partition}:iam::{account}:role/" + fill(draw, ARN_CHARS, room)
    raise ValueError(f"no IAM role ARN is {length} characters long")  # pragma: no cover


#: The longest IAM role ARN the DataAccessRoleArn pattern allows.
ROLE_ARN_LONGEST: Final = max(_arn_head(p, _ACCOUNT_DIGITS_MAX) for p in _PARTITIONS) + (
    _ROLE_NAME_MAX
)


# --- tags, encryption context, tokens -----------------------------------------------------------

_TAG_KEYS: Final = ("Department", "CostCenter", "Project", "Environment", "Owner", "Team")
_TAG_VALUES: Final = ("Finance", "Support", "prod", "staging", "alice@example.com", "1234", "")
#: What AWS allows in tags: letters, digits, spaces and _.:/=+-@ (Unicode letters too).
_TAG_ALPHABET: Final = string.ascii_letters + string.digits + " _.:/=+-@" + WORLD_LETTERS


@st.composite
def _tag_text_of_length(draw: DrawFn, length: int) -> str:
    if length <= 0:
        return ""
    chunk = draw(st.text(_TAG_ALPHABET, min_size=1, max_size=min(length, 12)))
    return (chunk * (length // len(chunk) + 1))[:length]


_tag_key_realistic: Final = st.sampled_from(_TAG_KEYS) | st.text(
    _TAG_ALPHABET, min_size=1, max_size=24
)
_tag_value_realistic: Final = st.sampled_from(_TAG_VALUES) | st.text(_TAG_ALPHABET, max_size=40)

_CONTEXT_KEYS: Final = ("Department", "Purpose", "Project", "aws:transcribe:job", "CustomerId")


@st.composite
def _context_text(draw: DrawFn) -> str:
    if draw(st.booleans()):
        return draw(st.sampled_from(_CONTEXT_KEYS))
    return draw(st.text(PRINTABLE_CHARS, min_size=1, max_size=40))


@st.composite
def _next_token(draw: DrawFn) -> str:
    return fill(draw, TOKEN_CHARS, draw(st.integers(20, 400)))


# --- the table ---------------------------------------------------------------------------------

TEXT_GENERATORS: Final[dict[str, TextGen]] = {
    gen.constraint.shape: gen
    for gen in (
        _name_gen(c.TRANSCRIPTION_JOB_NAME, _job_name()),
        _name_gen(c.VOCABULARY_NAME, _custom_name()),
        _name_gen(c.VOCABULARY_FILTER_NAME, _custom_name()),
        _name_gen(c.MODEL_NAME, _custom_name()),
        TextGen(c.URI, media_uri(), len("s3://x"), 2000, _uri_of_length),
        TextGen(c.OUTPUT_BUCKET_NAME, _bucket_name(), 3, 63, _bucket_of_length),
        TextGen(c.OUTPUT_KEY, _output_key(), 1, 1024, lambda n: _filled(KEY_CHARS, n)),
        TextGen(c.KMS_KEY_ID, _kms_key_id(), 1, 2048, _kms_of_length),
        TextGen(
            c.PRINTABLE_NON_EMPTY_STRING,
            _context_text(),
            1,
            2000,
            lambda n: _filled(PRINTABLE_CHARS, n),
        ),
        TextGen(c.DATA_ACCESS_ROLE_ARN, _role_arn(), 20, ROLE_ARN_LONGEST, _role_arn_of_length),
        TextGen(c.TAG_KEY, _tag_key_realistic, 1, 128, _tag_text_of_length),
        TextGen(c.TAG_VALUE, _tag_value_realistic, 0, 256, _tag_text_of_length),
        TextGen(c.NEXT_TOKEN, _next_token(), 1, 8192, lambda n: _filled(TOKEN_CHARS, n)),
    )
}


def text_for(constraint: Text) -> SearchStrategy[str]:
    """Values of ``constraint``: realistic, at both edges, in between, and of its pattern."""
    gen = TEXT_GENERATORS.get(constraint.shape)
    if gen is None or gen.constraint != constraint:
        return regex_text(constraint)  # a constraint this table has not met: pattern only
    return _text(gen)


# --- numbers -----------------------------------------------------------------------------------

_REALISTIC_INTEGERS: Final[dict[str, SearchStrategy[int]]] = {
    "MediaSampleRateHertz": st.sampled_from((8000, 11025, 16000, 22050, 32000, 44100, 48000)),
    "MaxSpeakers": st.integers(2, 6),
    "MaxAlternatives": st.integers(2, 5),
    "MaxResults": st.sampled_from((5, 10, 20, 50, 100)),
}


@st.composite
def _bounded_integer(draw: DrawFn, constraint: Range) -> int:
    low = int(constraint.min if constraint.min is not None else 0)
    high = int(constraint.max if constraint.max is not None else 2**31 - 1)
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return low
    if kind == 1:
        return high
    realistic = _REALISTIC_INTEGERS.get(constraint.shape)
    if kind == 2 or realistic is None:
        return draw(st.integers(low, high))
    return draw(realistic)


def integers_for(constraint: Range) -> SearchStrategy[int]:
    """Integers within ``constraint``: both bounds, realistic values and anything between."""
    return _bounded_integer(constraint)


@st.composite
def _bounded_float(draw: DrawFn, low: float, high: float) -> float:
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return low
    if kind == 1:
        return high
    if kind == 2:
        return draw(st.floats(low, high, allow_nan=False))
    return round(draw(st.floats(low, high, allow_nan=False)), 3)


def floats_for(constraint: Range) -> SearchStrategy[float]:
    """Finite floats within ``constraint`` (0..4 hours when unbounded, for durations)."""
    low = float(constraint.min if constraint.min is not None else 0.0)
    high = float(constraint.max if constraint.max is not None else 4 * 3600.0)
    return _bounded_float(low, high)


# --- timestamps --------------------------------------------------------------------------------

_ZONES: Final[tuple[tzinfo, ...]] = (
    tz.tzlocal(),  # what botocore attaches to the epoch times Transcribe sends
    tz.tzutc(),
    UTC,
    timezone(timedelta(hours=-7)),
    timezone(timedelta(hours=5, minutes=30)),
)


def settle(moment: datetime) -> datetime:
    """``moment``, moved to UTC when its zone makes it ambiguous or non-existent (DST edges).

    An ambiguous local time compares unequal to the same instant in any other zone (PEP 495),
    so a JSON round trip could not give it back equal.
    """
    ambiguous = moment.replace(fold=1 - moment.fold).utcoffset() != moment.utcoffset()
    exists = moment.astimezone(UTC).astimezone(moment.tzinfo).replace(tzinfo=None) == (
        moment.replace(tzinfo=None)
    )
    if ambiguous or not exists:
        return moment.astimezone(UTC)
    return moment


@st.composite
def aware_datetimes(draw: DrawFn) -> datetime:
    """Timezone-aware datetimes with millisecond precision, as botocore parses them."""
    naive = draw(st.datetimes(min_value=EARLIEST, max_value=LATEST))
    naive = naive.replace(microsecond=naive.microsecond // 1000 * 1000)
    return settle(naive.replace(tzinfo=draw(st.sampled_from(_ZONES))))


def later(moment: datetime, seconds: float) -> datetime:
    """``moment`` plus ``seconds``, kept unambiguous."""
    return settle(moment + timedelta(seconds=seconds))


# --- data of members newer than the library ----------------------------------------------------

_JSON_SCALARS: Final[SearchStrategy[Any]] = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(TEXT_CHARS, max_size=20)
)

#: JSON-like values of a member the library does not know.
json_values: Final[SearchStrategy[Any]] = st.recursive(
    _JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(TEXT_CHARS, max_size=10), inner, max_size=3)
    ),
    max_leaves=6,
)
