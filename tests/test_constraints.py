"""Single-value constraints: every constrained request member at, and just beyond, its bounds.

The constrained members are read from ``_spec.field_specs`` of the request classes, and their
bounds from botocore's service model (``shape.metadata``), the oracle; the library's constraint
objects are compared with that model too. Each member is placed in a request that is otherwise
valid, so a boundary value inside the bounds is accepted outright and one outside is refused
with a violation at the member's own path.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import botocore.session
import pytest
from botocore.model import Shape
from botocore.validate import ParamValidator

import transcribe_model as tm
from transcribe_model import (
    DeleteTranscriptionJobRequest,
    GetTranscriptionJobRequest,
    LanguageCode,
    ListTranscriptionJobsRequest,
    Media,
    Settings,
    StartTranscriptionJobRequest,
    Subtitles,
    Tag,
    ValidationError,
    Violation,
    WireModel,
    _paths,
)
from transcribe_model._constraints import Constraint, Count, Range, Text
from transcribe_model._spec import MapT, ModelT, TupleT, field_specs

MEDIA_URI = "s3://amzn-s3-demo-bucket/media/call.wav"
ROLE_ARN = "arn:aws:iam::111122223333:role/TranscribeDeferredAccess"

#: The request classes and the operation each is the input of.
OPERATIONS: dict[type[WireModel], str] = {
    StartTranscriptionJobRequest: "StartTranscriptionJob",
    GetTranscriptionJobRequest: "GetTranscriptionJob",
    ListTranscriptionJobsRequest: "ListTranscriptionJobs",
    DeleteTranscriptionJobRequest: "DeleteTranscriptionJob",
}


@functools.cache
def service_model() -> Any:
    """botocore's transcribe service model, loaded once."""
    return botocore.session.get_session().get_service_model("transcribe")


# --- where the constrained members are ----------------------------------------------------------


def _sites(cls: type[WireModel], prefix: str) -> Iterator[tuple[str, Constraint]]:
    """``(site, constraint)`` for every constrained member under ``cls``.

    A site is a path in wire names with ``[]`` for a list's items, ``{}`` for a map's values and
    ``{key}`` for its keys: ``StartTranscriptionJobRequest.Tags[].Key``.
    """
    for spec in field_specs(cls):
        path = f"{prefix}.{spec.wire}"
        constraint = spec.constraint
        if isinstance(constraint, Count):
            if constraint.min is not None or constraint.max is not None:
                yield path, constraint
            items = "{}" if isinstance(spec.type, MapT) else "[]"
            if constraint.item is not None:
                yield path + items, constraint.item
            if constraint.key is not None:
                yield path + "{key}", constraint.key
        elif constraint is not None:
            yield path, constraint
        inner = spec.type
        suffix = ""
        if isinstance(inner, TupleT):
            inner, suffix = inner.item, "[]"
        elif isinstance(inner, MapT):
            inner, suffix = inner.value, "{}"
        if isinstance(inner, ModelT):
            yield from _sites(inner.cls, path + suffix)


SITES: dict[str, Constraint] = {
    site: constraint for cls in OPERATIONS for site, constraint in _sites(cls, cls.__name__)
}


def botocore_shape(site: str) -> Shape:
    """The service model's shape for ``site``, walked from its operation's input shape."""
    head, *segments = site.split(".")
    cls = next(cls for cls in OPERATIONS if cls.__name__ == head)
    shape = service_model().operation_model(OPERATIONS[cls]).input_shape
    for segment in segments:
        name, _, rest = segment.partition("[")
        name, _, key = name.partition("{")
        shape = shape.members[name]
        if rest:
            shape = shape.member
        elif key == "}":
            shape = shape.value
        elif key == "key}":
            shape = shape.key
    return shape


def bounds(site: str) -> tuple[int | None, int | None]:
    """``(min, max)`` of ``site`` as the service model declares them."""
    metadata = botocore_shape(site).metadata
    return metadata.get("min"), metadata.get("max")


# --- otherwise valid requests to hold each member -----------------------------------------------


def start(**members: Any) -> dict[str, Any]:
    """A valid en-US StartTranscriptionJob request dict with ``members`` on top."""
    return {
        "TranscriptionJobName": "job-1",
        "LanguageCode": "en-US",
        "Media": {"MediaFileUri": MEDIA_URI},
        **members,
    }


def identify(**members: Any) -> dict[str, Any]:
    """A valid request dict identifying en-US or es-US, with ``members`` on top."""
    data = start(**{"IdentifyLanguage": True, "LanguageOptions": ["en-US", "es-US"], **members})
    del data["LanguageCode"]
    return data


def _language_id_host(settings: dict[str, Any]) -> dict[str, Any]:
    """A request identifying among the keys of ``settings`` (padded to two options)."""
    options = list(settings)
    options += [code for code in ("en-US", "es-US") if code not in options][: 2 - len(options)]
    return identify(LanguageOptions=options, LanguageIdSettings=settings)


S = "StartTranscriptionJobRequest"

#: site -> value -> (shape class to structure, wire dict holding the value, the value's path).
Host = Callable[[Any], tuple[type[WireModel], dict[str, Any], str]]
HOSTS: dict[str, Host] = {
    f"{S}.TranscriptionJobName": lambda v: (
        StartTranscriptionJobRequest,
        start(TranscriptionJobName=v),
        "TranscriptionJobName",
    ),
    f"{S}.MediaSampleRateHertz": lambda v: (
        StartTranscriptionJobRequest,
        start(MediaSampleRateHertz=v),
        "MediaSampleRateHertz",
    ),
    f"{S}.Media.MediaFileUri": lambda v: (
        StartTranscriptionJobRequest,
        start(Media={"MediaFileUri": v}),
        "Media.MediaFileUri",
    ),
    # RedactedMediaFileUri is refused in a request by rule 16; its bounds are Media's own.
    f"{S}.Media.RedactedMediaFileUri": lambda v: (
        Media,
        {"RedactedMediaFileUri": v},
        "RedactedMediaFileUri",
    ),
    f"{S}.OutputBucketName": lambda v: (
        StartTranscriptionJobRequest,
        start(OutputBucketName=v),
        "OutputBucketName",
    ),
    f"{S}.OutputKey": lambda v: (
        StartTranscriptionJobRequest,
        start(OutputBucketName="amzn-s3-demo-bucket", OutputKey=v),
        "OutputKey",
    ),
    f"{S}.OutputEncryptionKMSKeyId": lambda v: (
        StartTranscriptionJobRequest,
        start(OutputEncryptionKMSKeyId=v),
        "OutputEncryptionKMSKeyId",
    ),
    f"{S}.KMSEncryptionContext": lambda v: (
        StartTranscriptionJobRequest,
        start(KMSEncryptionContext=v),
        "KMSEncryptionContext",
    ),
    f"{S}.KMSEncryptionContext{{}}": lambda v: (
        StartTranscriptionJobRequest,
        start(KMSEncryptionContext={"purpose": v}),
        "KMSEncryptionContext[purpose]",
    ),
    f"{S}.KMSEncryptionContext{{key}}": lambda v: (
        StartTranscriptionJobRequest,
        start(KMSEncryptionContext={v: "transcripts"}),
        # A long key is cut short in its path: the path segment is the library's own.
        "KMSEncryptionContext" + _paths.key(v),
    ),
    f"{S}.Settings.VocabularyName": lambda v: (
        StartTranscriptionJobRequest,
        start(Settings={"VocabularyName": v}),
        "Settings.VocabularyName",
    ),
    f"{S}.Settings.MaxSpeakerLabels": lambda v: (
        StartTranscriptionJobRequest,
        start(Settings={"ShowSpeakerLabels": True, "MaxSpeakerLabels": v}),
        "Settings.MaxSpeakerLabels",
    ),
    f"{S}.Settings.MaxAlternatives": lambda v: (
        StartTranscriptionJobRequest,
        start(Settings={"ShowAlternatives": True, "MaxAlternatives": v}),
        "Settings.MaxAlternatives",
    ),
    f"{S}.Settings.VocabularyFilterName": lambda v: (
        StartTranscriptionJobRequest,
        start(Settings={"VocabularyFilterName": v, "VocabularyFilterMethod": "mask"}),
        "Settings.VocabularyFilterName",
    ),
    f"{S}.ModelSettings.LanguageModelName": lambda v: (
        StartTranscriptionJobRequest,
        start(ModelSettings={"LanguageModelName": v}),
        "ModelSettings.LanguageModelName",
    ),
    f"{S}.JobExecutionSettings.DataAccessRoleArn": lambda v: (
        StartTranscriptionJobRequest,
        start(JobExecutionSettings={"AllowDeferredExecution": True, "DataAccessRoleArn": v}),
        "JobExecutionSettings.DataAccessRoleArn",
    ),
    f"{S}.ContentRedaction.PiiEntityTypes": lambda v: (
        StartTranscriptionJobRequest,
        start(
            ContentRedaction={
                "RedactionType": "PII",
                "RedactionOutput": "redacted",
                "PiiEntityTypes": v,
            }
        ),
        "ContentRedaction.PiiEntityTypes",
    ),
    f"{S}.LanguageOptions": lambda v: (
        StartTranscriptionJobRequest,
        identify(LanguageOptions=v),
        "LanguageOptions",
    ),
    f"{S}.Subtitles.OutputStartIndex": lambda v: (
        StartTranscriptionJobRequest,
        start(Subtitles={"Formats": ["vtt"], "OutputStartIndex": v}),
        "Subtitles.OutputStartIndex",
    ),
    f"{S}.Tags": lambda v: (StartTranscriptionJobRequest, start(Tags=v), "Tags"),
    f"{S}.Tags[].Key": lambda v: (
        StartTranscriptionJobRequest,
        start(Tags=[{"Key": v, "Value": "speech"}]),
        "Tags[0].Key",
    ),
    f"{S}.Tags[].Value": lambda v: (
        StartTranscriptionJobRequest,
        start(Tags=[{"Key": "team", "Value": v}]),
        "Tags[0].Value",
    ),
    f"{S}.LanguageIdSettings": lambda v: (
        StartTranscriptionJobRequest,
        _language_id_host(v),
        "LanguageIdSettings",
    ),
    f"{S}.LanguageIdSettings{{}}.VocabularyName": lambda v: (
        StartTranscriptionJobRequest,
        identify(LanguageIdSettings={"en-US": {"VocabularyName": v}}),
        "LanguageIdSettings[en-US].VocabularyName",
    ),
    f"{S}.LanguageIdSettings{{}}.VocabularyFilterName": lambda v: (
        StartTranscriptionJobRequest,
        identify(
            Settings={"VocabularyFilterMethod": "remove"},
            LanguageIdSettings={"en-US": {"VocabularyFilterName": v}},
        ),
        "LanguageIdSettings[en-US].VocabularyFilterName",
    ),
    f"{S}.LanguageIdSettings{{}}.LanguageModelName": lambda v: (
        StartTranscriptionJobRequest,
        identify(LanguageIdSettings={"en-US": {"LanguageModelName": v}}),
        "LanguageIdSettings[en-US].LanguageModelName",
    ),
    f"{S}.ToxicityDetection": lambda v: (
        StartTranscriptionJobRequest,
        start(ToxicityDetection=v),
        "ToxicityDetection",
    ),
    f"{S}.ToxicityDetection[].ToxicityCategories": lambda v: (
        StartTranscriptionJobRequest,
        start(ToxicityDetection=[{"ToxicityCategories": v}]),
        "ToxicityDetection[0].ToxicityCategories",
    ),
    "GetTranscriptionJobRequest.TranscriptionJobName": lambda v: (
        GetTranscriptionJobRequest,
        {"TranscriptionJobName": v},
        "TranscriptionJobName",
    ),
    "DeleteTranscriptionJobRequest.TranscriptionJobName": lambda v: (
        DeleteTranscriptionJobRequest,
        {"TranscriptionJobName": v},
        "TranscriptionJobName",
    ),
    "ListTranscriptionJobsRequest.JobNameContains": lambda v: (
        ListTranscriptionJobsRequest,
        {"JobNameContains": v},
        "JobNameContains",
    ),
    "ListTranscriptionJobsRequest.NextToken": lambda v: (
        ListTranscriptionJobsRequest,
        {"NextToken": v},
        "NextToken",
    ),
    "ListTranscriptionJobsRequest.MaxResults": lambda v: (
        ListTranscriptionJobsRequest,
        {"MaxResults": v},
        "MaxResults",
    ),
}


# --- values of a given size ---------------------------------------------------------------------


def _arn(length: int) -> str:
    """An IAM role ARN of ``length`` characters, as long as the ARN pattern allows."""
    prefix, middle = "arn:aws:iam::", ":role/"
    room = length - len(prefix) - len(middle)
    role = min(max(room, 0), 1024)
    return prefix + "1" * (room - role) + middle + "r" * role


def _text(shape: str, length: int) -> str:
    """A string of ``length`` characters shaped as the service model's ``shape`` wants."""
    if shape == "Uri":
        return "s3://" + "a" * (length - 5) if length > 5 else "s" * length
    if shape == "DataAccessRoleArn":
        return _arn(length) if length >= 19 else "a" * length
    return "a" * length


def text_value(site: str, length: int) -> str | None:
    """A value of ``length`` for ``site`` that matches its pattern, or None if none can."""
    shape = botocore_shape(site)
    value = _text(shape.name, length)
    pattern = shape.metadata.get("pattern")
    if len(value) != length or (pattern is not None and re.fullmatch(pattern, value) is None):
        return None
    return value


_CODES = [code.value for code in LanguageCode]
_SPECIFIC_PII = [
    value for value in service_model().shape_for("PiiEntityType").enum if value != "ALL"
]

#: site -> count -> a wire value of that many distinct, otherwise valid items.
ITEMS: dict[str, Callable[[int], Any]] = {
    f"{S}.KMSEncryptionContext": lambda n: {f"key{i}": "value" for i in range(n)},
    f"{S}.ContentRedaction.PiiEntityTypes": lambda n: [*_SPECIFIC_PII, "ALL"][:n],
    f"{S}.LanguageOptions": lambda n: _CODES[:n],
    f"{S}.Tags": lambda n: [{"Key": f"key-{i}", "Value": "v"} for i in range(n)],
    f"{S}.LanguageIdSettings": lambda n: {code: {} for code in _CODES[:n]},
    f"{S}.ToxicityDetection": lambda n: [{"ToxicityCategories": ["ALL"]}] * n,
    f"{S}.ToxicityDetection[].ToxicityCategories": lambda n: ["ALL"] * n,
}


@attrs.frozen
class Probe:
    """A value at or beyond a bound of a site."""

    site: str
    bound: str
    value: Any

    @property
    def id(self) -> str:
        """A readable test id: the site and which side of which bound."""
        return f"{self.site.split('.', 1)[1]}-{self.bound}"

    def host(self) -> tuple[type[WireModel], dict[str, Any], str]:
        """The shape class, the wire dict holding the value, and the value's path."""
        return HOSTS[self.site](self.value)


def _probes() -> tuple[list[Probe], list[Probe]]:
    """Boundary values inside (accepted) and just outside (rejected) every site's bounds."""
    inside: list[Probe] = []
    outside: list[Probe] = []
    for site, constraint in SITES.items():
        low, high = bounds(site)
        if isinstance(constraint, Text):
            make: Callable[[int], Any] = functools.partial(text_value, site)
            raw: Callable[[int], Any] = functools.partial(_text, botocore_shape(site).name)
        elif isinstance(constraint, Range):
            make = raw = int
        else:
            make = raw = ITEMS[site]
        for name, size in (("min", low), ("max", high)):
            if size is None:
                continue
            value = make(size)
            # LanguageOptions: the model's min of 1 is below rule 3's two options.
            if value is not None and (site, name) != (f"{S}.LanguageOptions", "min"):
                inside.append(Probe(site, name, value))
        if low is not None and low > 0:
            outside.append(Probe(site, "min-1", raw(low - 1)))
        if high is not None:
            outside.append(Probe(site, "max+1", raw(high + 1)))
    return inside, outside


INSIDE, OUTSIDE = _probes()


def rejected(build: Callable[[], object]) -> tuple[Violation, ...]:
    """The violations of the ValidationError that ``build`` must raise."""
    with pytest.raises(ValidationError) as info:
        build()
    return info.value.errors


def constraint_violations(errors: tuple[Violation, ...], path: str) -> list[Violation]:
    """The single-value (rule-less) violations at ``path``."""
    return [v for v in errors if v.path == path and v.rule is None]


def validate_with_botocore(obj: WireModel) -> str:
    """botocore's ParamValidator report on ``obj`` unstructured ('' when it has no errors)."""
    cls = type(obj)
    if cls in OPERATIONS:
        shape = service_model().operation_model(OPERATIONS[cls]).input_shape
    else:
        shape = service_model().shape_for(cls.__name__)
    report = ParamValidator().validate(tm.unstructure(obj), shape)
    return report.generate_report() if report.has_errors() else ""


# --- the sites and their bounds -----------------------------------------------------------------


def test_every_constrained_member_has_a_host() -> None:
    """Each constrained member of a request class has an otherwise valid request to sit in."""
    assert set(SITES) == set(HOSTS)


def test_every_counted_member_has_an_item_maker() -> None:
    """Each bounded list or map member has a maker of n distinct items."""
    counted = {site for site, constraint in SITES.items() if isinstance(constraint, Count)}
    assert counted == set(ITEMS)


def test_sites_cover_the_members_the_checklist_names() -> None:
    """The walk of field_specs finds the members the checklist bounds, not a subset."""
    expected = {
        f"{S}.TranscriptionJobName",
        f"{S}.Media.MediaFileUri",
        f"{S}.OutputBucketName",
        f"{S}.OutputKey",
        f"{S}.OutputEncryptionKMSKeyId",
        f"{S}.KMSEncryptionContext",
        f"{S}.JobExecutionSettings.DataAccessRoleArn",
        f"{S}.MediaSampleRateHertz",
        f"{S}.Settings.MaxSpeakerLabels",
        f"{S}.Settings.MaxAlternatives",
        f"{S}.Subtitles.OutputStartIndex",
        f"{S}.Tags",
        f"{S}.Tags[].Key",
        f"{S}.Tags[].Value",
        f"{S}.ContentRedaction.PiiEntityTypes",
        f"{S}.LanguageOptions",
        f"{S}.LanguageIdSettings",
        f"{S}.ToxicityDetection",
        f"{S}.ToxicityDetection[].ToxicityCategories",
        "ListTranscriptionJobsRequest.MaxResults",
    }
    assert expected <= set(SITES)


@pytest.mark.parametrize("site", SITES, ids=[s.split(".", 1)[1] for s in SITES])
def test_constraint_bounds_match_the_service_model(site: str) -> None:
    """The library's min and max for a member are the service model's."""
    constraint = SITES[site]
    assert (constraint.min, constraint.max) == bounds(site)


@pytest.mark.parametrize(
    "site",
    [s for s, c in SITES.items() if isinstance(c, Text)],
    ids=[s.split(".", 1)[1] for s, c in SITES.items() if isinstance(c, Text)],
)
def test_constraint_pattern_matches_the_service_model(site: str) -> None:
    """The library's pattern for a string member is the service model's, verbatim."""
    constraint = SITES[site]
    assert isinstance(constraint, Text)
    assert constraint.pattern == botocore_shape(site).metadata.get("pattern")


# --- boundary values ----------------------------------------------------------------------------


@pytest.mark.parametrize("probe", INSIDE, ids=[p.id for p in INSIDE])
def test_boundary_value_inside_the_bounds_is_accepted(probe: Probe) -> None:
    """A member at its min or max, in an otherwise valid request, structures with nothing wrong."""
    cls, data, _path = probe.host()
    assert tm.check(tm.structure(data, cls)) == ()


@pytest.mark.parametrize("probe", OUTSIDE, ids=[p.id for p in OUTSIDE])
def test_boundary_value_outside_the_bounds_is_rejected_at_its_path(probe: Probe) -> None:
    """A member one beyond its min or max is refused with a violation at the member's path."""
    cls, data, path = probe.host()
    assert constraint_violations(rejected(lambda: tm.structure(data, cls)), path)


@pytest.mark.parametrize(
    "probe",
    [p for p in OUTSIDE if isinstance(SITES[p.site], Text)],
    ids=[p.id for p in OUTSIDE if isinstance(SITES[p.site], Text)],
)
def test_length_is_checked_before_the_pattern(probe: Probe) -> None:
    """A string of the wrong length gets one violation, about its length, and none of pattern."""
    cls, data, path = probe.host()
    messages = [
        v.message for v in constraint_violations(rejected(lambda: tm.structure(data, cls)), path)
    ]
    assert len(messages) == 1
    assert re.match(r"must be at (least|most) \d+ characters long", messages[0])


@pytest.mark.parametrize("probe", INSIDE, ids=[p.id for p in INSIDE])
def test_accepted_boundary_value_passes_botocores_validator(probe: Probe) -> None:
    """Each accepted boundary request, unstructured, passes botocore's ParamValidator."""
    cls, data, _path = probe.host()
    assert validate_with_botocore(tm.structure(data, cls)) == ""


@pytest.mark.parametrize(
    ("site", "value"),
    [
        ("Settings.MaxSpeakerLabels", 2),
        ("Settings.MaxSpeakerLabels", 30),
        ("MediaSampleRateHertz", 8000),
        ("MediaSampleRateHertz", 48000),
        ("Settings.MaxAlternatives", 2),
        ("Settings.MaxAlternatives", 10),
        ("Subtitles.OutputStartIndex", 0),
        ("Subtitles.OutputStartIndex", 1),
    ],
)
def test_documented_number_bound_is_accepted(site: str, value: int) -> None:
    """The number bounds the checklist writes out are accepted at both ends."""
    cls, data, _path = HOSTS[f"{S}.{site}"](value)
    assert tm.check(tm.structure(data, cls)) == ()


@pytest.mark.parametrize(
    ("site", "value"),
    [
        ("Settings.MaxSpeakerLabels", 1),
        ("Settings.MaxSpeakerLabels", 31),
        ("MediaSampleRateHertz", 7999),
        ("MediaSampleRateHertz", 48001),
        ("Settings.MaxAlternatives", 1),
        ("Settings.MaxAlternatives", 11),
        ("Subtitles.OutputStartIndex", -1),
        ("Subtitles.OutputStartIndex", 2),
    ],
)
def test_documented_number_bound_is_rejected_just_outside(site: str, value: int) -> None:
    """One past each number bound the checklist writes out is refused at the member."""
    cls, data, path = HOSTS[f"{S}.{site}"](value)
    assert constraint_violations(rejected(lambda: tm.structure(data, cls)), path)


@pytest.mark.parametrize(("value", "ok"), [(0, False), (1, True), (100, True), (101, False)])
def test_list_max_results_bounds(value: int, ok: bool) -> None:
    """ListTranscriptionJobsRequest.MaxResults takes 1..100."""
    data = {"MaxResults": value}
    if ok:
        assert tm.structure(data, ListTranscriptionJobsRequest).max_results == value
    else:
        assert constraint_violations(
            rejected(lambda: tm.structure(data, ListTranscriptionJobsRequest)), "MaxResults"
        )


@pytest.mark.parametrize(("count", "ok"), [(0, False), (1, True), (200, True), (201, False)])
def test_tag_count_bounds(count: int, ok: bool) -> None:
    """Tags holds 1..200 tags."""
    data = start(Tags=ITEMS[f"{S}.Tags"](count))
    if ok:
        assert len(tm.structure(data, StartTranscriptionJobRequest).tags or ()) == count
    else:
        assert constraint_violations(
            rejected(lambda: tm.structure(data, StartTranscriptionJobRequest)), "Tags"
        )


def test_six_language_id_settings_are_rejected() -> None:
    """LanguageIdSettings with six languages (all among the options) is refused at the map."""
    codes = ["en-US", "es-US", "fr-FR", "de-DE", "it-IT", "pt-BR"]
    data = identify(LanguageOptions=codes, LanguageIdSettings={code: {} for code in codes})
    errors = rejected(lambda: tm.structure(data, StartTranscriptionJobRequest))
    assert [(v.path, v.rule) for v in errors] == [("LanguageIdSettings", None)]


def test_eleven_kms_encryption_context_entries_are_rejected() -> None:
    """KMSEncryptionContext with eleven pairs is refused at the map."""
    data = start(KMSEncryptionContext={f"k{i}": "v" for i in range(11)})
    errors = rejected(lambda: tm.structure(data, StartTranscriptionJobRequest))
    assert [v.path for v in errors] == ["KMSEncryptionContext"]


def test_one_language_option_passes_its_count_but_breaks_rule_three() -> None:
    """One LanguageOptions code is within the model's min of 1 but below rule 3's two."""
    data = identify(LanguageOptions=["en-US"])
    errors = rejected(lambda: tm.structure(data, StartTranscriptionJobRequest))
    assert [(v.path, v.rule) for v in errors] == [
        ("LanguageOptions", "language_options_are_distinct")
    ]


def test_thirty_pii_entity_types_break_the_count() -> None:
    """Thirty PiiEntityTypes (every value) exceed the max of 29, besides breaking rule 18."""
    cls, data, path = HOSTS[f"{S}.ContentRedaction.PiiEntityTypes"](
        ITEMS[f"{S}.ContentRedaction.PiiEntityTypes"](30)
    )
    assert constraint_violations(rejected(lambda: tm.structure(data, cls)), path)


def test_output_bucket_name_max_is_unreachable_through_its_pattern() -> None:
    """The model's max of 64 for OutputBucketName is refused: its pattern allows 63 at most."""
    cls, data, path = HOSTS[f"{S}.OutputBucketName"]("a" * 64)
    errors = constraint_violations(rejected(lambda: tm.structure(data, cls)), path)
    assert [v.message.startswith("must match the pattern") for v in errors] == [True]


def test_output_bucket_name_of_63_characters_is_accepted() -> None:
    """The longest bucket name the pattern allows is accepted."""
    cls, data, _path = HOSTS[f"{S}.OutputBucketName"]("a" * 63)
    assert tm.check(tm.structure(data, cls)) == ()


# --- patterns -----------------------------------------------------------------------------------


PATTERN_VIOLATIONS = [
    ("job-name-with-space", f"{S}.TranscriptionJobName", "my job"),
    ("job-name-trailing-newline", f"{S}.TranscriptionJobName", "job\n"),
    ("job-name-leading-newline", f"{S}.TranscriptionJobName", "\njob"),
    ("job-name-with-slash", f"{S}.TranscriptionJobName", "jobs/1"),
    ("get-job-name-with-space", "GetTranscriptionJobRequest.TranscriptionJobName", "my job"),
    ("list-contains-with-space", "ListTranscriptionJobsRequest.JobNameContains", "a b"),
    ("bucket-with-s3-prefix", f"{S}.OutputBucketName", "s3://amzn-s3-demo-bucket"),
    ("bucket-uppercase", f"{S}.OutputBucketName", "My-Bucket"),
    ("bucket-too-short-for-pattern", f"{S}.OutputBucketName", "ab"),
    ("bucket-trailing-newline", f"{S}.OutputBucketName", "my-bucket\n"),
    ("uri-without-scheme", f"{S}.Media.MediaFileUri", "amzn-s3-demo-bucket/call.wav"),
    ("uri-ftp", f"{S}.Media.MediaFileUri", "ftp://example.com/call.wav"),
    ("uri-scheme-only", f"{S}.Media.MediaFileUri", "s3://"),
    ("uri-trailing-newline", f"{S}.Media.MediaFileUri", MEDIA_URI + "\n"),
    ("output-key-with-space", f"{S}.OutputKey", "my transcript.json"),
    ("output-key-with-colon", f"{S}.OutputKey", "a:b"),
    ("kms-key-leading-dash", f"{S}.OutputEncryptionKMSKeyId", "-key"),
    ("kms-key-trailing-newline", f"{S}.OutputEncryptionKMSKeyId", "alias/key\n"),
    (
        "role-arn-of-a-user",
        f"{S}.JobExecutionSettings.DataAccessRoleArn",
        "arn:aws:iam::111122223333:user/Someone",
    ),
    ("vocabulary-name-with-space", f"{S}.Settings.VocabularyName", "my vocabulary"),
    ("filter-name-with-space", f"{S}.Settings.VocabularyFilterName", "my filter"),
    ("model-name-with-space", f"{S}.ModelSettings.LanguageModelName", "my model"),
    ("kms-context-value-with-tab", f"{S}.KMSEncryptionContext{{}}", "tab\there"),
    ("kms-context-value-non-ascii", f"{S}.KMSEncryptionContext{{}}", "caf\u00e9"),
    ("language-id-vocabulary-with-space", f"{S}.LanguageIdSettings{{}}.VocabularyName", "a b"),
]


@pytest.mark.parametrize(
    ("site", "value"), [c[1:] for c in PATTERN_VIOLATIONS], ids=[c[0] for c in PATTERN_VIOLATIONS]
)
def test_value_breaking_the_pattern_is_rejected_at_its_path(site: str, value: str) -> None:
    """A value the member's pattern does not fully match is refused, naming the pattern."""
    cls, data, path = HOSTS[site](value)
    messages = [
        v.message for v in constraint_violations(rejected(lambda: tm.structure(data, cls)), path)
    ]
    assert messages
    assert all(message.startswith("must match the pattern") for message in messages)


PATTERN_NEIGHBOURS = [
    ("job-name-all-characters", f"{S}.TranscriptionJobName", "Job_1.2-x"),
    ("bucket-with-dots", f"{S}.OutputBucketName", "amzn.s3-demo.bucket1"),
    ("bucket-three-characters", f"{S}.OutputBucketName", "abc"),
    ("uri-https", f"{S}.Media.MediaFileUri", "https://example.com/call.wav"),
    ("uri-http", f"{S}.Media.MediaFileUri", "http://example.com/call.wav"),
    ("output-key-with-path", f"{S}.OutputKey", "out/(1)/job_1!*'.json"),
    ("kms-key-arn", f"{S}.OutputEncryptionKMSKeyId", "arn:aws:kms:us-east-1:1:key/ab-12"),
    ("role-arn-gov", f"{S}.JobExecutionSettings.DataAccessRoleArn", "arn:aws-us-gov:iam::1:role/r"),
    ("kms-context-value-with-space", f"{S}.KMSEncryptionContext{{}}", "a b ~"),
]


@pytest.mark.parametrize(
    ("site", "value"), [c[1:] for c in PATTERN_NEIGHBOURS], ids=[c[0] for c in PATTERN_NEIGHBOURS]
)
def test_value_matching_the_pattern_is_accepted(site: str, value: str) -> None:
    """A value the member's pattern fully matches is accepted."""
    cls, data, _path = HOSTS[site](value)
    obj = tm.structure(data, cls)
    assert tm.check(obj) == ()
    assert validate_with_botocore(obj) == ""


# --- constraints in Python construction ---------------------------------------------------------


PYTHON_REJECTED: list[tuple[str, Callable[[], object], str]] = [
    (
        "max-speaker-labels-31",
        lambda: Settings(show_speaker_labels=True, max_speaker_labels=31),
        "MaxSpeakerLabels",
    ),
    (
        "max-speaker-labels-1",
        lambda: Settings(show_speaker_labels=True, max_speaker_labels=1),
        "MaxSpeakerLabels",
    ),
    (
        "max-alternatives-11",
        lambda: Settings(show_alternatives=True, max_alternatives=11),
        "MaxAlternatives",
    ),
    ("output-start-index-2", lambda: Subtitles(output_start_index=2), "OutputStartIndex"),
    ("tag-key-empty", lambda: Tag(key="", value="v"), "Key"),
    ("tag-key-129", lambda: Tag(key="k" * 129, value="v"), "Key"),
    ("tag-value-257", lambda: Tag(key="k", value="v" * 257), "Value"),
    ("list-max-results-0", lambda: ListTranscriptionJobsRequest(max_results=0), "MaxResults"),
    ("uri-without-scheme", lambda: Media(media_file_uri="bucket/key.wav"), "MediaFileUri"),
    (
        "job-name-with-space",
        lambda: StartTranscriptionJobRequest(
            transcription_job_name="my job",
            language_code=LanguageCode.EN_US,
            media=Media(media_file_uri=MEDIA_URI),
        ),
        "TranscriptionJobName",
    ),
    (
        "sample-rate-48001",
        lambda: StartTranscriptionJobRequest(
            transcription_job_name="job",
            language_code=LanguageCode.EN_US,
            media_sample_rate_hertz=48001,
            media=Media(media_file_uri=MEDIA_URI),
        ),
        "MediaSampleRateHertz",
    ),
]


@pytest.mark.parametrize(
    ("build", "path"), [c[1:] for c in PYTHON_REJECTED], ids=[c[0] for c in PYTHON_REJECTED]
)
def test_python_construction_rejects_a_value_out_of_bounds(
    build: Callable[[], object], path: str
) -> None:
    """Building a shape in Python with a value out of bounds raises at the member's path."""
    assert constraint_violations(rejected(build), path)


PYTHON_ACCEPTED: list[tuple[str, Callable[[], WireModel]]] = [
    ("max-speaker-labels-30", lambda: Settings(show_speaker_labels=True, max_speaker_labels=30)),
    ("max-speaker-labels-2", lambda: Settings(show_speaker_labels=True, max_speaker_labels=2)),
    ("output-start-index-0", lambda: Subtitles(output_start_index=0)),
    ("tag-value-empty", lambda: Tag(key="k", value="")),
    ("tag-key-128-value-256", lambda: Tag(key="k" * 128, value="v" * 256)),
    ("list-max-results-100", lambda: ListTranscriptionJobsRequest(max_results=100)),
    (
        "unknown-language-code-from-wire",
        lambda: StartTranscriptionJobRequest(
            transcription_job_name="job",
            language_code=LanguageCode.from_wire("xx-XX"),
            media=Media(media_file_uri=MEDIA_URI),
        ),
    ),
]


@pytest.mark.parametrize(
    "build", [c[1] for c in PYTHON_ACCEPTED], ids=[c[0] for c in PYTHON_ACCEPTED]
)
def test_python_construction_accepts_a_value_in_bounds(build: Callable[[], WireModel]) -> None:
    """Building a shape in Python with a value in bounds succeeds, with nothing for check()."""
    obj = build()
    assert tm.check(obj) == ()
    assert validate_with_botocore(obj) == ""


# --- enums --------------------------------------------------------------------------------------


UNKNOWN_ENUMS = [
    ("language-code", start(LanguageCode="xx-XX"), "LanguageCode"),
    ("media-format", start(MediaFormat="aiff"), "MediaFormat"),
    (
        "language-option",
        identify(LanguageOptions=["en-US", "xx-XX"]),
        "LanguageOptions[1]",
    ),
    (
        "language-id-settings-key",
        identify(LanguageOptions=["en-US", "xx-XX"], LanguageIdSettings={"xx-XX": {}}),
        "LanguageIdSettings[xx-XX]",
    ),
    (
        "vocabulary-filter-method",
        start(Settings={"VocabularyFilterName": "f", "VocabularyFilterMethod": "blur"}),
        "Settings.VocabularyFilterMethod",
    ),
    (
        "pii-entity-type",
        start(
            ContentRedaction={
                "RedactionType": "PII",
                "RedactionOutput": "redacted",
                "PiiEntityTypes": ["SSN", "NATIONAL_ID"],
            }
        ),
        "ContentRedaction.PiiEntityTypes[1]",
    ),
    ("subtitle-format", start(Subtitles={"Formats": ["ass"]}), "Subtitles.Formats[0]"),
]


@pytest.mark.parametrize(
    ("data", "path"), [c[1:] for c in UNKNOWN_ENUMS], ids=[c[0] for c in UNKNOWN_ENUMS]
)
def test_unknown_enum_value_in_a_request_is_rejected(data: dict[str, Any], path: str) -> None:
    """structure() refuses an enum value the library does not know, at its path."""
    errors = rejected(lambda: tm.structure(data, StartTranscriptionJobRequest))
    assert path in [v.path for v in errors]
    assert {v.rule for v in errors} == {None}


@pytest.mark.parametrize("data", [c[1] for c in UNKNOWN_ENUMS], ids=[c[0] for c in UNKNOWN_ENUMS])
def test_unknown_enum_value_is_accepted_with_allow_unknown(data: dict[str, Any]) -> None:
    """structure(allow_unknown=True) keeps the unknown value and finds nothing to report."""
    request = tm.structure(data, StartTranscriptionJobRequest, allow_unknown=True)
    assert tm.check(request) == ()
    assert tm.unstructure(request) == data


def test_unknown_language_code_is_kept_as_unknown() -> None:
    """The kept value is an unknown pseudo-member of LanguageCode that keeps its string."""
    request = tm.structure(
        start(LanguageCode="xx-XX"), StartTranscriptionJobRequest, allow_unknown=True
    )
    assert request.language_code == "xx-XX"
    assert request.language_code is not None
    assert not request.language_code.is_known


def test_calling_the_enum_with_an_unknown_value_raises() -> None:
    """LanguageCode("xx-XX") stays strict: only from_wire makes an unknown value."""
    with pytest.raises(ValueError, match="xx-XX"):
        LanguageCode("xx-XX")


def test_unknown_member_in_a_request_is_rejected() -> None:
    """structure() refuses a member the library does not know, at its name."""
    errors = rejected(lambda: tm.structure(start(Bogus=1), StartTranscriptionJobRequest))
    assert [(v.path, v.rule) for v in errors] == [("Bogus", None)]


@pytest.mark.parametrize("value", service_model().shape_for("MediaFormat").enum)
def test_every_media_format_of_the_service_model_is_accepted(value: str) -> None:
    """Each MediaFormat value the service model lists structures in a request."""
    request = tm.structure(start(MediaFormat=value), StartTranscriptionJobRequest)
    assert request.media_format == value
