"""The update inbox's queries on both stores: a claim takes the head of a chat once, the oldest
waiting chat first; ``done`` says whether the chat has another update waiting."""

from __future__ import annotations

import json
import threading

from storage import inbox
from storage.clock import FixedClock
from storage.db import create_tables, make_engine, session_scope
from tests.bot.conftest import TODAY

NOW = FixedClock(TODAY).now()


def stored(url: str, updates: list[tuple[int, int]]):
    engine = make_engine(url)
    create_tables(engine)
    with session_scope(engine) as session:
        rows = [(u, chat, json.dumps({"update_id": u})) for u, chat in updates]
        inbox.store(session, updates=rows, now=NOW)
    return engine


def claim(engine, worker: str = "w") -> inbox.InboxUpdate | None:
    with session_scope(engine) as session:
        return inbox.claim(session, worker=worker, now=NOW)


def done(engine, update_id: int) -> bool:
    with session_scope(engine) as session:
        return inbox.done(session, update_id=update_id, now=NOW)


def test_a_claim_takes_the_head_of_a_chat_and_counts_the_attempt(database_url):
    engine = stored(database_url, [(1, 10), (2, 10), (3, 20)])
    first, second = claim(engine), claim(engine)
    assert (first.update_id, first.attempts, first.claimed_by) == (1, 1, "w")
    assert json.loads(first.payload_json) == {"update_id": 1}
    assert second.update_id == 3  # update 2 waits until its chat's update 1 is done
    assert claim(engine) is None
    assert done(engine, 1) is True  # chat 10 has update 2 waiting
    assert claim(engine).update_id == 2
    assert done(engine, 2) is False and done(engine, 3) is False
    with session_scope(engine) as session:
        assert inbox.pending(session) == []
    engine.dispose()


def test_a_chat_just_served_goes_to_the_back_of_the_line(database_url):
    engine = stored(database_url, [(1, 10), (2, 10), (3, 20), (4, 20)])
    assert claim(engine).update_id == 1
    done(engine, 1)
    assert claim(engine).update_id == 3  # chat 20 waited longer than chat 10's next update
    engine.dispose()


def test_concurrent_claims_take_each_update_once(database_url):
    chats = 40
    engine = stored(database_url, [(u, u % chats) for u in range(1, 201)])
    handled: list[inbox.InboxUpdate] = []
    lock = threading.Lock()

    def worker(name: str) -> None:
        own = make_engine(database_url)  # its own connections, as another process would have
        misses = 0
        while misses < 20:
            row = claim(own, name)
            if row is None:
                misses += 1
                continue
            misses = 0
            with lock:
                handled.append(row)
            done(own, row.update_id)
        own.dispose()

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.update_id for r in handled) == list(range(1, 201))
    for chat in range(chats):  # one chat's updates in order, whichever worker took them
        ids = [r.update_id for r in handled if r.chat_key == chat]
        assert ids == sorted(ids)
    engine.dispose()
