"""Shared fixtures: an in-process client for a Blocks app, closed after the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from blocklite.testing import TestClient


@pytest.fixture
def client_for() -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def make(demo: object) -> TestClient:
        client = TestClient(demo)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
