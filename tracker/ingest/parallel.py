"""Reading many inputs in order, optionally in worker processes while the caller stores.

Reading and cleaning (trafilatura for HTML) is most of the CPU an ingest costs, and storing is
the rest: with a worker process reading ahead, the two run side by side on two cores. Results
come back in input order, in small chunks with a bounded number in flight, so memory stays flat
however many files there are. A feed (``.jsonl``), stdin and path failures are read in the
calling process: they stream line by line and need no worker.

``read_items`` yields, per input, an iterator over what reading it gave (``ArticleDraft`` or
``ReadFailure``). A reader bug becomes a ``ReadFailure`` with :func:`unexpected_reason` for the
rest of that file, in a worker as in the calling process; a worker that dies (a crash in a C
library) fails the files it was reading, and a fresh worker takes the rest.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.ingest import (
    _STREAMED_SUFFIXES,
    STDIN_NAME,
    ArticleDraft,
    ReadFailure,
    read_file,
)
from tracker.ingest.base import unexpected_reason

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

Item = Path | ReadFailure
Read = ArticleDraft | ReadFailure

WORKERS_ENV = "TRACKER_INGEST_WORKERS"
MIN_POOLED = 32  # fewer inputs than this are read in-process: a worker costs ~50 ms to start
CHUNK = 8  # inputs per task: amortises the inter-process round trip (~0.2 ms)
AHEAD = 4  # tasks in flight: bounds memory to CHUNK * AHEAD documents


def worker_count(inputs: int, env: dict[str, str] | None = None) -> int:
    """How many reader processes to use for ``inputs`` inputs (0: read in this process).

    ``$TRACKER_INGEST_WORKERS`` decides when set (0 turns workers off, N forces N workers even
    for a few inputs); otherwise one core is left to the caller, which stores while the workers
    read, and small batches are read in-process.
    """
    value = (os.environ if env is None else env).get(WORKERS_ENV, "").strip()
    if value:
        try:
            return max(0, int(value))
        except ValueError:
            pass
    if inputs < MIN_POOLED:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(0, min((cores or 1) - 1, 4))


def read_one(item: Item, max_bytes: int) -> Iterator[Read]:
    """Read one input lazily; a reader bug ends the file with a ``ReadFailure``, not the batch."""
    if isinstance(item, ReadFailure):
        yield item
        return
    reads = read_file(item, max_bytes=max_bytes)
    while True:
        try:
            found = next(reads, None)
        except Exception as exc:  # a reader bug: the rest of this file is lost, not the batch
            name = STDIN_NAME if str(item) == "-" else str(item)
            yield ReadFailure(name, unexpected_reason(exc))
            return
        if found is None:
            return
        yield found


def _read_chunk(paths: list[Path], max_bytes: int) -> list[list[Read]]:
    """The work a reader process does: read each file completely."""
    return [list(read_one(path, max_bytes)) for path in paths]


def _pooled(item: Item) -> bool:
    return (
        isinstance(item, Path)
        and str(item) != "-"
        and item.suffix.lower() not in _STREAMED_SUFFIXES
    )


def _plan(items: Sequence[Item], chunk: int) -> Iterator[tuple[bool, list[Item]]]:
    """(pooled?, inputs): consecutive pooled inputs grouped by ``chunk``, the others one by one."""
    group: list[Item] = []
    for item in items:
        if _pooled(item):
            group.append(item)
            if len(group) == chunk:
                yield True, group
                group = []
            continue
        if group:
            yield True, group
            group = []
        yield False, [item]
    if group:
        yield True, group


def read_items(
    items: Sequence[Item],
    *,
    max_bytes: int,
    workers: int = 0,
    chunk: int = CHUNK,
    ahead: int = AHEAD,
) -> Reads:
    """For each input, in order, an iterator over what reading it gave.

    With ``workers`` the first tasks are submitted (and the workers started) before this returns:
    start the worker processes before any thread (a progress bar) is running.
    """
    if workers <= 0:
        return Reads(read_one(item, max_bytes) for item in items)
    pool = _Pool(workers)
    ahead = max(ahead, 2 * workers)
    pending: deque[tuple[list[Item], Future[list[list[Read]]] | None]] = deque()
    plan = _plan(items, chunk)

    def top_up() -> None:
        while len(pending) < ahead:
            step = next(plan, None)
            if step is None:
                return
            pooled, group = step
            pending.append((group, pool.submit(group, max_bytes) if pooled else None))

    try:
        top_up()
    except BaseException:
        pool.close()
        raise
    return Reads(_in_order(pool, pending, top_up, max_bytes), pool)


class Reads:
    """What ``read_items`` returns: ``close()`` stops the workers, even before the first read."""

    def __init__(
        self, reads: Generator[Iterator[Read], None, None], pool: _Pool | None = None
    ) -> None:
        self._reads = reads
        self._pool = pool

    def __iter__(self) -> Reads:
        return self

    def __next__(self) -> Iterator[Read]:
        return next(self._reads)

    def close(self) -> None:
        self._reads.close()
        if self._pool is not None:
            self._pool.close()


def _in_order(
    pool: _Pool,
    pending: deque[tuple[list[Item], Future[list[list[Read]]] | None]],
    top_up: Callable[[], None],
    max_bytes: int,
) -> Generator[Iterator[Read], None, None]:
    try:
        while pending:
            group, future = pending.popleft()
            top_up()  # keep the worker busy while this input is stored
            if future is None:
                yield read_one(group[0], max_bytes)
                continue
            for reads in pool.results(group, future, max_bytes, pending):
                yield iter(reads)
    finally:
        pool.close()


class _Pool:
    """A process pool that survives a worker's death (each such file fails on its own)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self.executor is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # fork: the worker starts at once with the readers already imported, and needs no
            # importable __main__; elsewhere the platform's default (spawn) works as well.
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(
                "fork" if sys.platform == "linux" and "fork" in methods else None
            )
            self.executor = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_ignore_interrupts
            )
        return self.executor

    def submit(self, group: list[Item], max_bytes: int) -> Future[list[list[Read]]]:
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._executor().submit(_read_chunk, group, max_bytes)
        except BrokenProcessPool as exc:  # noticed when this group's turn comes
            failed: Future[list[list[Read]]] = Future()
            failed.set_exception(exc)
            return failed

    def results(
        self,
        group: list[Item],
        future: Future[list[list[Read]]],
        max_bytes: int,
        pending: deque[tuple[list[Item], Future[list[list[Read]]] | None]],
    ) -> list[list[Read]]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return future.result()
        except BrokenProcessPool:
            pass
        # The worker died: start a fresh one, read this group one file per task to find the
        # file that kills it, and resubmit the groups that were in flight.
        self._restart()
        found: list[list[Read]] = []
        for item in group:
            try:
                found.append(self._executor().submit(_read_chunk, [item], max_bytes).result()[0])
            except BrokenProcessPool as exc:
                self._restart()
                reason = f"the reader process crashed on this file ({exc})"
                found.append([ReadFailure(str(item), reason)])
        for index, (other, other_future) in enumerate(pending):
            if other_future is not None:
                pending[index] = (other, self.submit(other, max_bytes))
        return found

    def _restart(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None

    def close(self) -> None:
        if self.executor is not None:
            # On an error or Ctrl-C the queued work is dropped; the running task ends soon.
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


def _ignore_interrupts() -> None:
    """Ctrl-C reaches the whole process group: the caller handles it and stops the workers."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
