"""The connections each gunicorn worker process holds, in memory the processes share, so that each can tell whether a
sibling holds fewer (`factcheck.server.Worker` leaves new connections to it, and hands it some of its own).

The master process makes the counts before it forks the workers, gives each worker a slot of its own as it forks it
(`assign`), and marks the slot empty when the worker has ended (`release`); a worker writes its own slot and reads
the others'. A slot is one aligned machine word, written whole, so a reader sees an old count or a new one, never a
mix of the two.
"""
import mmap
from array import array

ABSENT = -1  # a slot with no worker in it


class ConnectionCounts:
    """One count per worker slot, shared by the processes forked after it was made."""

    def __init__(self, slots: int):
        initial = array("i", [ABSENT] * slots)
        self._memory = mmap.mmap(-1, len(initial) * initial.itemsize)  # anonymous and shared: inherited by a fork
        self._memory.write(initial.tobytes())
        self._counts = memoryview(self._memory).cast("i")

    def assign(self, arbiter, worker) -> None:
        """gunicorn's `pre_fork` hook, in the master: the worker about to be forked gets the first slot that no living
        worker holds (none when all are taken: more workers than slots, after a `TTIN` signal), empty until the worker
        has loaded the app and writes its count: its siblings leave no connection to a worker that cannot take it
        yet."""
        taken = {getattr(living, "slot", None) for living in arbiter.WORKERS.values()}
        worker.slot = next((slot for slot in range(len(self._counts)) if slot not in taken), None)
        self.set(worker.slot, ABSENT)

    def release(self, _arbiter, worker) -> None:
        """gunicorn's `child_exit` hook, in the master: the ended worker's slot holds nobody."""
        self.set(getattr(worker, "slot", None), ABSENT)

    def set(self, slot: int | None, count: int) -> None:
        """Write the count of the worker in `slot` (nothing when it has none)."""
        if slot is not None:
            self._counts[slot] = count

    def fewest_besides(self, slot: int | None) -> int | None:
        """The fewest connections a worker other than the one in `slot` holds; None when there is no other (a worker
        without a slot leaves the others alone too)."""
        if slot is None:
            return None
        return min((count for other, count in enumerate(self._counts) if other != slot and count != ABSENT), default=None)
