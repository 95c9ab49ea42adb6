"""`rasa_addons.action_http`: the action server's calls reuse one connection, and answer as
Rasa's own `EndpointConfig.request` does."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiohttp import web
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import ClientResponseError, EndpointConfig

import rasa_addons  # noqa: F401  (installs the keep-alive endpoint)
from rasa_addons.action_http import KeepAliveEndpointConfig, close_sessions, keep_alive


async def serve(handler: Any) -> tuple[web.AppRunner, str, list[int]]:
    """A local HTTP server on a free port; the list collects the client's port per request."""
    peers: list[int] = []

    async def handle(request: web.Request) -> web.StreamResponse:
        peers.append(request.transport.get_extra_info("peername")[1])  # type: ignore[union-attr]
        return await handler(request)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}/webhook", peers


async def echo(request: web.Request) -> web.Response:
    body = await request.json()
    return web.json_response(
        {"got": body, "token": request.query.get("token"), "ct": request.content_type}
    )


def test_three_action_calls_share_one_connection_and_get_the_same_answers() -> None:
    async def run() -> tuple[list[Any], list[Any], list[int]]:
        runner, url, peers = await serve(echo)
        try:
            plain = EndpointConfig(url, token="geheim")
            kept = keep_alive(plain)
            assert kept is not None
            ours = [await kept.request(json={"n": n}, method="post") for n in range(3)]
            theirs = [await plain.request(json={"n": n}, method="post") for n in range(3)]
            return ours, theirs, peers
        finally:
            await close_sessions()
            await runner.cleanup()

    ours, theirs, peers = asyncio.run(run())
    assert (
        ours
        == theirs
        == [{"got": {"n": n}, "token": "geheim", "ct": "application/json"} for n in range(3)]
    )
    assert len(set(peers[:3])) == 1  # keep-alive: one connection
    assert len(set(peers[3:])) == 3  # Rasa's own: a connection per request


def test_an_error_status_raises_rasas_client_response_error_with_the_body() -> None:
    async def bad(request: web.Request) -> web.Response:
        return web.json_response({"action_name": "action_turn", "error": "no"}, status=400)

    async def run() -> ClientResponseError:
        runner, url, _ = await serve(bad)
        try:
            with pytest.raises(ClientResponseError) as caught:
                await KeepAliveEndpointConfig(url).request(json={}, method="post")
            return caught.value
        finally:
            await close_sessions()
            await runner.cleanup()

    error = asyncio.run(run())
    assert error.status == 400
    assert b"action_turn" in error.text  # type: ignore[operator]


def test_an_answer_that_is_not_json_is_none() -> None:
    async def text(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    async def run() -> Any:
        runner, url, _ = await serve(text)
        try:
            return await KeepAliveEndpointConfig(url).request(json={}, method="post")
        finally:
            await close_sessions()
            await runner.cleanup()

    assert asyncio.run(run()) is None


def test_every_remote_action_calls_its_endpoint_with_keep_alive() -> None:
    endpoint = EndpointConfig("http://127.0.0.1:5055/webhook", headers={"x": "1"}, token="t")
    action = RemoteAction("action_turn", endpoint)
    assert isinstance(action.action_endpoint, KeepAliveEndpointConfig)
    assert action.action_endpoint == endpoint
    assert RemoteAction("action_turn", None).action_endpoint is None
