"""The HTTP API: enroll, pull, push. JSON bodies typed by ``deskclient.protocol.wire``."""

from __future__ import annotations

import gzip
import logging
import zlib
from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.middleware.gzip import GZipMiddleware

from deskclient import __version__
from deskclient.protocol import wire
from deskclient.server import devices, feed
from deskclient.server.apply import apply_push
from deskclient.server.clock import server_now
from deskclient.server.db import ServerDatabase
from deskclient.server.meta import ensure_epoch, read_epoch
from deskclient.server.models import Device

log = logging.getLogger(__name__)
UNVERSIONED_PATHS = ("/openapi.json", "/docs", "/redoc", "/v1/health")


def error(status: int, code: wire.ErrorCode, detail: str | None = None, **extra: object) -> JSONResponse:
    body = wire.ErrorReply(error=code, detail=detail, **extra)  # type: ignore[arg-type]
    return JSONResponse(body.model_dump(mode="json", exclude_none=True), status_code=status)


def create_app(database: ServerDatabase) -> FastAPI:
    """The API on ``database`` (already migrated)."""
    app = FastAPI(title="deskclient central server", version=__version__,
                  description="Sync API between center PCs and the central server (protocol version "
                              f"{wire.PROTOCOL_VERSION}; send `{wire.VERSION_HEADER}` with every request).")
    app.state.database = database
    app.state.epoch = ensure_epoch(database)
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)

    @app.middleware("http")
    async def protocol_and_body(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if not request.url.path.startswith(UNVERSIONED_PATHS):
            version = request.headers.get(wire.VERSION_HEADER, "")
            if not (version.isascii() and version.isdigit()) or int(version) not in wire.SUPPORTED_VERSIONS:
                return error(426, wire.ErrorCode.UNSUPPORTED_PROTOCOL, f"protocol version {version!r}",
                             supported_versions=sorted(wire.SUPPORTED_VERSIONS))
        if request.method == "POST":
            declared = request.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > wire.MAX_BODY_BYTES:
                return error(413, wire.ErrorCode.TOO_LARGE, "request body too large")
            gzipped = request.headers.get("content-encoding", "").lower() == "gzip"
            if gzipped or not declared:  # a chunked body has no declared length: count it as it comes
                body = await _read_bounded(request)
                if body is None:
                    return error(413, wire.ErrorCode.TOO_LARGE, "request body too large")
                if gzipped:
                    try:
                        body = _gunzip_bounded(body)
                    except (OSError, EOFError, zlib.error, ValueError) as bad:
                        return error(400 if not isinstance(bad, ValueError) else 413,
                                     wire.ErrorCode.BAD_REQUEST if not isinstance(bad, ValueError)
                                     else wire.ErrorCode.TOO_LARGE, "request body is not valid gzip" if
                                     not isinstance(bad, ValueError) else "request body too large")
                request._body = body  # starlette reads the body from here
        try:
            return await call_next(request)
        except Exception:  # no stack traces to clients
            log.exception("request %s %s failed", request.method, request.url.path)
            return error(500, wire.ErrorCode.SERVER_ERROR)

    @app.exception_handler(RequestValidationError)
    async def invalid_body(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()))
        return error(400, wire.ErrorCode.BAD_REQUEST, f"{where}: {first.get('msg', 'invalid')}"[:300])

    @app.exception_handler(Unauthorized)
    async def unauthorized(_request: Request, _exc: Unauthorized) -> JSONResponse:
        return error(401, wire.ErrorCode.UNAUTHORIZED)

    @app.get("/v1/health")
    def health() -> dict[str, object]:
        return {"status": "ok", "server_time": server_now().isoformat(), "epoch": read_epoch(database),
                "supported_versions": sorted(wire.SUPPORTED_VERSIONS)}

    @app.post("/v1/enroll", response_model=wire.EnrollReply,
              responses={400: {"model": wire.ErrorReply}, 426: {"model": wire.ErrorReply}})
    def enroll(request: wire.EnrollRequest) -> wire.EnrollReply | JSONResponse:
        now = server_now()
        try:
            device, center, secret = devices.enroll(database, request.code, request.device_id,
                                                    request.device_name, now)
        except devices.EnrollmentRefused as refused:
            return error(400, wire.ErrorCode.ENROLLMENT_CODE_INVALID, str(refused))
        return wire.EnrollReply(device_id=device.id, device_secret=secret, center_id=center.id,
                                center_name=center.name, server_epoch=read_epoch(database), server_time=now)

    @app.post("/v1/pull", response_model=wire.PullReply,
              responses={400: {"model": wire.ErrorReply}, 401: {"model": wire.ErrorReply}})
    def pull(request: wire.PullRequest, device: CurrentDevice) -> Response:
        now = server_now()
        epoch = read_epoch(database)
        cursor = request.cursor if request.epoch == epoch else 0
        with database.transaction() as session:
            center = feed.lock_center(session, device.center_id)
            renewed_until = feed.renew_and_lease(session, center, device, request.want_tasks, now,
                                                 hold=request.hold_tasks)
            changes, new_cursor, more = feed.read_page(session, center, device, cursor, request.limit)
            current = session.get(Device, device.id)
            assert current is not None
            current.last_seen_at = now
            reply = wire.PullReply(
                epoch=epoch, cursor=new_cursor, more=more, changes=changes,
                center=wire.CenterData(id=center.id, name=center.name, lease_hours=center.lease_hours),
                last_applied_seq=current.last_applied_seq, server_time=now, leases_renewed_until=renewed_until)
        return json_reply(reply)

    @app.post("/v1/push", response_model=wire.PushReply,
              responses={400: {"model": wire.ErrorReply}, 401: {"model": wire.ErrorReply}})
    def push(request: wire.PushRequest, device: CurrentDevice) -> Response:
        now = server_now()
        with database.transaction() as session:
            outcome = apply_push(session, device.id, list(request.items), now)
        return json_reply(wire.PushReply(answers=outcome.answers, last_applied_seq=outcome.last_applied_seq,
                                         server_epoch=read_epoch(database), server_time=now))

    return app


def json_reply(reply: wire.Wire) -> Response:
    """The reply, serialised once (already validated by its model; ``response_model`` documents it)."""
    return Response(reply.model_dump_json(), media_type="application/json")


class Unauthorized(Exception):
    pass


def current_device(request: Request, authorization: Annotated[str | None, Header()] = None) -> Device:
    """The enrolled, not revoked device making the request; 401 otherwise."""
    device = devices.authenticate(request.app.state.database, authorization)
    if device is None:
        raise Unauthorized()
    return device


CurrentDevice = Annotated[Device, Depends(current_device)]


async def _read_bounded(request: Request) -> bytes | None:
    """The request body, or None as soon as it passes ``MAX_BODY_BYTES``."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > wire.MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _gunzip_bounded(raw: bytes) -> bytes:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    body = decompressor.decompress(raw, wire.MAX_BODY_BYTES + 1)
    if len(body) > wire.MAX_BODY_BYTES:
        raise ValueError("too large")
    if not decompressor.eof:
        raise EOFError("truncated gzip")
    return body


__all__ = ["create_app", "gzip"]
