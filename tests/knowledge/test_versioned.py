"""A value read from the whole index is read again only when the index changes
(knowledge/search/versioned.py)."""

import threading

from knowledge.search.versioned import PerIndexVersion


class Index:
    version = 1


def test_a_value_is_read_once_per_index_version_even_by_readers_at_once():
    index, reads = Index(), []

    started = threading.Barrier(8)

    def read():
        reads.append(index.version)
        return f"read at {index.version}"

    value = PerIndexVersion(index, read)

    def ask():  # eight readers asking at the same moment, before anything was read
        started.wait()
        value.get()

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert value.get() == "read at 1" and reads == [1]
    index.version = 2  # another process ingested documents
    assert value.get() == "read at 2" and reads == [1, 2]
