"""Keep-alive HTTP for the calls to the action server.

Rasa 3.6's `EndpointConfig.request` opens a new `aiohttp.ClientSession` (a new connector)
for every request and closes it afterwards, so each `action_turn` call pays for a new TCP
connection on both sides: about 6 ms of a Rasa process's CPU per message under
`bench/scale.py`, most of it setting up and tearing down the session and the connection.

`KeepAliveEndpointConfig.request` sends the same request (same method, URL, headers,
parameters, token, compression, TLS context, timeout; the same `ClientResponseError` for a
status ≥ 400 and `None` for a body that is not JSON) through one session per event loop
and per endpoint settings, kept open. Idle connections are closed by this client after
`KEEPALIVE_SECONDS`, well before the action server's own keep-alive timeout (Sanic's default
5 s; `adminduk serve` sets 75 s), so a request is never written to a connection the server
is closing. The pool has no limit, like a session per request.

`install()` makes every `RemoteAction` (and so `action_turn`) use it; the package's
`__init__` installs it in every Rasa process that loads this project's model.
"""

from __future__ import annotations

import asyncio
import os
import ssl
from typing import Any

import aiohttp
from aiohttp import ContentTypeError
from rasa.core.actions.action import RemoteAction
from rasa.shared.exceptions import FileNotFoundException
from rasa.utils.endpoints import (
    DEFAULT_REQUEST_TIMEOUT,
    ClientResponseError,
    EndpointConfig,
    concat_url,
)

__all__ = [
    "KEEPALIVE_SECONDS",
    "KeepAliveEndpointConfig",
    "close_sessions",
    "install",
    "keep_alive",
]

KEEPALIVE_SECONDS = 4.0

# (id of the event loop, the session's settings) -> the open session of that loop
_sessions: dict[tuple[int, tuple[Any, ...]], aiohttp.ClientSession] = {}


def _settings(endpoint: EndpointConfig) -> tuple[Any, ...]:
    return (
        tuple(sorted((str(k), str(v)) for k, v in endpoint.headers.items())),
        tuple(sorted(endpoint.basic_auth.items())),
    )


def shared_session(endpoint: EndpointConfig) -> aiohttp.ClientSession:
    """The open session for this endpoint's headers and credentials on the running loop."""
    loop = asyncio.get_running_loop()
    key = (id(loop), _settings(endpoint))
    session = _sessions.get(key)
    if session is None or session.closed or session._loop is not loop:
        auth = None
        if endpoint.basic_auth:
            auth = aiohttp.BasicAuth(
                endpoint.basic_auth["username"], endpoint.basic_auth["password"]
            )
        session = aiohttp.ClientSession(
            headers=endpoint.headers,
            auth=auth,
            timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(limit=0, keepalive_timeout=KEEPALIVE_SECONDS),
        )
        _sessions[key] = session
    return session


async def close_sessions() -> None:
    """Close the running loop's open sessions (before the loop ends, e.g. in tests)."""
    loop_id = id(asyncio.get_running_loop())
    for key in [k for k in _sessions if k[0] == loop_id]:
        await _sessions.pop(key).close()


class KeepAliveEndpointConfig(EndpointConfig):
    """`EndpointConfig` whose `request` reuses an open session (and its connections)."""

    async def request(
        self,
        method: str = "post",
        subpath: str | None = None,
        content_type: str | None = "application/json",
        compress: bool = False,
        **kwargs: Any,
    ) -> Any | None:
        """`EndpointConfig.request`, through `shared_session`."""
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if "headers" in kwargs:
            headers.update(kwargs["headers"])
            del kwargs["headers"]
        if self.headers:
            headers.update(self.headers)

        url = concat_url(self.url, subpath)

        sslcontext = None
        if self.cafile:
            try:
                sslcontext = ssl.create_default_context(cafile=self.cafile)
            except FileNotFoundError as e:
                raise FileNotFoundException(
                    f"Failed to find certificate file, "
                    f"'{os.path.abspath(self.cafile)}' does not exist."
                ) from e

        async with shared_session(self).request(
            method,
            url,
            headers=headers,
            params=self.combine_parameters(kwargs),
            compress=compress,
            ssl=sslcontext,
            **kwargs,
        ) as response:
            if response.status >= 400:
                raise ClientResponseError(
                    response.status,
                    response.reason,
                    await response.content.read(),
                )
            try:
                return await response.json()
            except ContentTypeError:
                return None


def keep_alive(endpoint: EndpointConfig | None) -> EndpointConfig | None:
    """The same endpoint settings as a `KeepAliveEndpointConfig` (None stays None)."""
    if endpoint is None or isinstance(endpoint, KeepAliveEndpointConfig):
        return endpoint
    copy = KeepAliveEndpointConfig(
        endpoint.url,
        endpoint.params,
        endpoint.headers,
        endpoint.basic_auth,
        endpoint.token,
        endpoint.token_name,
        endpoint.cafile,
        **endpoint.kwargs,
    )
    copy.type = endpoint.type
    return copy


_original_init = RemoteAction.__init__


def _init(self: RemoteAction, name: str, action_endpoint: EndpointConfig | None) -> None:
    _original_init(self, name, keep_alive(action_endpoint))


def install() -> None:
    """Every `RemoteAction` of this process calls its endpoint with keep-alive (idempotent)."""
    RemoteAction.__init__ = _init
