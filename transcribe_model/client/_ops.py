"""What a family's client does, minus I/O: one generic class per kind of family.

A family is named by data (``_families``): its name in ``_index.OPERATIONS``, and the few
members that hold its job, status and list items. Everything else (which operations, which
request and response shapes, the member that names one resource) is derived from the
generated index, and each method here builds the request (checking it at the call) and returns
the flow that a driver runs. The sync client and the async client call these same methods.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar, cast

import attrs

from transcribe_model import _index
from transcribe_model._base import WireModel
from transcribe_model._client_errors import JobFailedError, ResourceFailedError, ResponseParseError
from transcribe_model._constraints import WIRE_KEY
from transcribe_model._errors import Violation
from transcribe_model.client import _flows
from transcribe_model.client._effects import Flow, Stream

if TYPE_CHECKING:
    from transcribe_model import (
        ListTagsForResourceResponse,
        Tag,
        TranscribeAudioRequest,
        TranscribeAudioResponse,
    )
    from transcribe_model._index import OperationInfo

StartT = TypeVar("StartT", bound=WireModel)
JobT = TypeVar("JobT", bound=WireModel)
ListT = TypeVar("ListT", bound=WireModel)
PageT = TypeVar("PageT", bound=WireModel)
ItemT = TypeVar("ItemT", bound=WireModel)
CreateT = TypeVar("CreateT", bound=WireModel)
CreatedT = TypeVar("CreatedT", bound=WireModel)
GotT = TypeVar("GotT", bound=WireModel)
UpdateT = TypeVar("UpdateT", bound=WireModel)
UpdatedT = TypeVar("UpdatedT", bound=WireModel)

# The verbs of a family's operations, in the order a name is looked up.
_VERBS = ("Start", "Create", "Get", "Describe", "List", "Update", "Delete")


def shape(name: str) -> type[WireModel]:
    """A generated class by its shape name, loading its family on first use."""
    import transcribe_model

    found: type[WireModel] = getattr(transcribe_model, name)
    return found


def _path(value: object, dotted: str) -> Any:
    """``value.a.b`` for ``"a.b"``, ``None`` as soon as a step is ``None``."""
    for step in dotted.split("."):
        if value is None:
            return None
        value = getattr(value, step)
    return value


class _Family:
    """A family's operations, by verb, from the generated index."""

    def __init__(self, family: str, what: str) -> None:
        self.family = family
        self.what = what

    @functools.cached_property
    def operations(self) -> dict[str, OperationInfo]:
        found: dict[str, OperationInfo] = {}
        for info in _index.OPERATIONS.values():
            verb = next((v for v in _VERBS if info.name.startswith(v)), None)
            if info.family == self.family and verb is not None:
                found["Get" if verb == "Describe" else verb] = info
        return found

    def operation(self, verb: str) -> OperationInfo:
        return self.operations[verb]

    def input(self, verb: str) -> type[WireModel]:
        return shape(cast(str, self.operation(verb).input))

    def output(self, verb: str) -> type[WireModel]:
        return shape(cast(str, self.operation(verb).output))

    def named(self, verb: str, name: str) -> WireModel:
        """The request of ``verb`` (Get, Delete) for the resource called ``name``, checked."""
        cls = self.input(verb)
        (member,) = (f.name for f in attrs.fields(cls) if f.name != "unknown_members")
        made: WireModel = cast(Any, cls)(**{member: name})
        return made

    def send(self, verb: str, request: WireModel) -> Flow[Any]:
        info = self.operation(verb)
        request = _flows.checked(request, self.input(verb))
        if info.output is None:
            return _flows.send_only(info.name, request)
        return _flows.send(info.name, request, self.output(verb))

    def pages(self, request: WireModel | None) -> Stream[Any]:
        cls = self.input("List")
        request = cls() if request is None else _flows.checked(request, cls)
        return _flows.pages(self.operation("List").name, request, self.output("List"))

    def delete(self, name: str) -> Flow[None]:
        return _flows.send_only(self.operation("Delete").name, self.named("Delete", name))


class JobOps(_Family, Generic[StartT, JobT, ListT, PageT, ItemT]):
    """A job family: start, get, list, delete, wait until COMPLETED or FAILED.

    Args:
        family: Its name in ``_index.OPERATIONS``.
        job: The member of the Start and Get responses that holds the job.
        status: The job's status member.
        items: The member of the List response that holds the summaries.
        what: The job's kind, for people (errors say "medical scribe job X failed").
    """

    def __init__(self, family: str, *, job: str, status: str, items: str, what: str) -> None:
        super().__init__(family, what)
        self.job, self.status, self.items_member = job, status, items

    def _job(self, flow: Flow[Any], operation: str) -> Flow[JobT]:
        response = yield from flow
        job = getattr(response, self.job)
        if job is None:
            where = _wire(response, self.job)
            missing = Violation(path=where, message="is missing from the answer")
            raise ResponseParseError(errors=[missing], operation=operation)
        return cast(JobT, job)

    def start(self, request: StartT) -> Flow[JobT]:
        return self._job(self.send("Start", request), self.operation("Start").name)

    def get(self, name: str) -> Flow[JobT]:
        return self._job(self.send("Get", self.named("Get", name)), self.operation("Get").name)

    def pages(self, request: ListT | None) -> Stream[PageT]:  # type: ignore[override]
        return super().pages(request)

    def items(self, page: PageT) -> Iterable[ItemT]:
        found: Iterable[ItemT] | None = getattr(page, self.items_member)
        return found or ()

    def settled(self, job: JobT) -> bool:
        """Whether the job COMPLETED; raise ``JobFailedError`` if it FAILED."""
        status = getattr(job, self.status)
        if status == "COMPLETED":
            return True
        if status == "FAILED":
            raise JobFailedError(job=cast(Any, job), what=self.what)
        return False  # QUEUED, IN_PROGRESS, or a status newer than the library

    def wait(
        self,
        name: str,
        *,
        timeout: float,
        delay: float,
        max_delay: float,
        on_poll: Callable[[JobT], object] | None,
    ) -> Flow[JobT]:
        self.named("Get", name)  # a bad name fails before a poll
        return _flows.wait(
            lambda: self.get(name),
            self.settled,
            name=name,
            what=self.what,
            status=lambda job: getattr(job, self.status),
            timeout=timeout,
            delay=delay,
            max_delay=max_delay,
            on_poll=on_poll,
        )


class ResourceOps(
    _Family, Generic[CreateT, CreatedT, GotT, ListT, PageT, ItemT, UpdateT, UpdatedT]
):
    """A resource family: create, get (or describe), list, update, delete.

    Args:
        family: Its name in ``_index.OPERATIONS``.
        items: The member of the List response that holds the items.
        what: The resource's kind, for people.
    """

    def __init__(self, family: str, *, items: str, what: str) -> None:
        super().__init__(family, what)
        self.items_member = items

    def create(self, request: CreateT) -> Flow[CreatedT]:
        return self.send("Create", request)

    def get(self, name: str) -> Flow[GotT]:
        return self.send("Get", self.named("Get", name))

    def update(self, request: UpdateT) -> Flow[UpdatedT]:
        return self.send("Update", request)

    def pages(self, request: ListT | None) -> Stream[PageT]:  # type: ignore[override]
        return super().pages(request)

    def items(self, page: PageT) -> Iterable[ItemT]:
        found: Iterable[ItemT] | None = getattr(page, self.items_member)
        return found or ()


class StatefulResourceOps(
    ResourceOps[CreateT, CreatedT, GotT, ListT, PageT, ItemT, UpdateT, UpdatedT]
):
    """A resource that is built after ``create`` returns, so it can be waited for.

    Args:
        status: The dotted path, in ``get``'s answer, of the resource's state.
        failure: The dotted path of its FailureReason.
        done: The state that ends a wait (READY, COMPLETED); FAILED raises.
    """

    def __init__(
        self, family: str, *, items: str, what: str, status: str, failure: str, done: str
    ) -> None:
        super().__init__(family, items=items, what=what)
        self.status, self.failure, self.done = status, failure, done

    def settled(self, got: GotT, name: str) -> bool:
        status = _path(got, self.status)
        if status == self.done:
            return True
        if status == "FAILED":
            reason: str | None = _path(got, self.failure)
            raise ResourceFailedError(
                name=name, what=self.what, failure_reason=reason, resource=cast(Any, got)
            )
        return False

    def wait(
        self,
        name: str,
        *,
        timeout: float,
        delay: float,
        max_delay: float,
        on_poll: Callable[[GotT], object] | None,
    ) -> Flow[GotT]:
        self.named("Get", name)  # a bad name fails before a poll
        return _flows.wait(
            lambda: self.get(name),
            lambda got: self.settled(got, name),
            name=name,
            what=self.what,
            status=lambda got: _path(got, self.status),
            timeout=timeout,
            delay=delay,
            max_delay=max_delay,
            on_poll=on_poll,
        )


def _wire(model: WireModel, member: str) -> str:
    """The wire name of ``member`` of ``model``'s class, for a violation's path."""
    for field in attrs.fields(type(model)):
        if field.name == member:
            wire: str = field.metadata.get(WIRE_KEY, member)
            return wire
    return member


class ServiceOps:
    """The calls that belong to no resource family: TranscribeAudio, and tagging any ARN."""

    def transcribe_audio(self, request: TranscribeAudioRequest) -> Flow[TranscribeAudioResponse]:
        checked = _flows.checked(request, shape("TranscribeAudioRequest"))
        output = cast("type[TranscribeAudioResponse]", shape("TranscribeAudioResponse"))
        return _flows.send("TranscribeAudio", checked, output)

    def tag(self, arn: str, tags: Iterable[Tag]) -> Flow[None]:
        cls: Any = shape("TagResourceRequest")
        request = _flows.checked(cls(resource_arn=arn, tags=tuple(tags)), cls)
        return _flows.send_only("TagResource", request)

    def untag(self, arn: str, keys: Iterable[str]) -> Flow[None]:
        cls: Any = shape("UntagResourceRequest")
        request = _flows.checked(cls(resource_arn=arn, tag_keys=tuple(keys)), cls)
        return _flows.send_only("UntagResource", request)

    def tags(self, arn: str) -> Flow[tuple[Tag, ...]]:
        cls: Any = shape("ListTagsForResourceRequest")
        request: WireModel = cls(resource_arn=arn)
        output = cast("type[ListTagsForResourceResponse]", shape("ListTagsForResourceResponse"))
        return self._tags(_flows.send("ListTagsForResource", request, output))

    @staticmethod
    def _tags(flow: Flow[ListTagsForResourceResponse]) -> Flow[tuple[Tag, ...]]:
        response = yield from flow
        return response.tags or ()


SERVICE: Final = ServiceOps()
