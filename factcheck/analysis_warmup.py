"""Imported by the analysis workers' fork server (`factcheck.analysis`): one analysis of a short article, so that the
data the extractor loads on first use (the first-name gender table above all, about half a second of CPU) is in
memory before the workers are forked. Each worker inherits it, instead of loading it again whenever a worker is
replaced (every TASKS_PER_WORKER articles)."""
from claims import analyse

# A pronoun that needs a person's gender, a named speaker with a title, a denial: the paths a news story takes.
ARTICLE = """Talks resume in Lisbon

Maria Costa, the trade minister, met union leaders on Monday. "We will not cut wages," she said.
The union denied that any agreement had been reached, according to a spokesman.
"""

analyse(ARTICLE)
