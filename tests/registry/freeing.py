"""Whether an object is freed by its count of references alone, as one that `gc.freeze` froze must be."""
import gc
import weakref
from collections.abc import Callable


def freed_without_the_collector(build: Callable[[], object]) -> bool:
    """Whether what `build` returns, held by nothing else, is freed at once with the cycle collector off."""
    gc.disable()
    try:
        return weakref.ref(build())() is None
    finally:
        gc.enable()
