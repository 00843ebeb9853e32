from __future__ import annotations

import pytest

from tests.knowledge.conftest import write_kb
from tests.support.botapi import BotApiStandIn

TOKEN = "123456789:AAHpanduE2eTestTokenSecret_abcdefgh"
USER = 5151


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return write_kb(tmp_path_factory.mktemp("kb"))


@pytest.fixture
def server():
    with BotApiStandIn(token=TOKEN) as stand_in:
        yield stand_in
