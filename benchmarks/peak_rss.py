"""Analyse the article on stdin in a fresh process and print its max RSS in KB, before and after analysis."""
import resource
import sys

from claims import analyse


def max_rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux


if __name__ == "__main__":
    text = sys.stdin.read()
    before = max_rss_kb()
    analyse(text)
    print(before, max_rss_kb())
