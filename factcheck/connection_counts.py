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
# Turns of a worker's loop are counted modulo this (the largest slot value), and compared as differences.
TURNS_MODULO = 2**31 - 1
# A sibling has let a waiting connection pass when its loop has turned this often since: its poller woke on the
# connection in the last turn at the latest.
TURNS_TO_PASS = 2


class ConnectionCounts:
    """One count per worker slot, shared by the processes forked after it was made, and the turns of each slot's
    worker's loop so far (`turn`), which tell a worker whether a sibling has had its chance to take a connection."""

    def __init__(self, slots: int):
        initial = array("i", [ABSENT] * slots + [0] * slots)
        self._memory = mmap.mmap(-1, len(initial) * initial.itemsize)  # anonymous and shared: inherited by a fork
        self._memory.write(initial.tobytes())
        slot_values = memoryview(self._memory).cast("i")
        self._counts, self._turns = slot_values[:slots], slot_values[slots:]

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

    def turn(self, slot: int | None) -> None:
        """Count one more turn of the loop of the worker in `slot` (nothing when it has none)."""
        if slot is not None:
            self._turns[slot] = (self._turns[slot] + 1) % TURNS_MODULO

    def turns(self) -> list[int]:
        """The turns of every slot so far, for `passed`."""
        return list(self._turns)

    def passed(self, since: list[int], slot: int | None, held: int) -> bool:
        """Whether every worker but the one in `slot` that holds fewer than `held` connections has turned its loop
        TURNS_TO_PASS times since the turns `since` (it had its chance to take a connection waiting then, and left it)."""
        return all((self._turns[other] - since[other]) % TURNS_MODULO >= TURNS_TO_PASS
                   for other, count in enumerate(self._counts) if other != slot and count != ABSENT and count < held)
