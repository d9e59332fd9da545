"""Running a batch on a Dask cluster: parts analysed by the workers, written where they run, summed up here.

The registry index is shipped to every worker once (`Client.scatter(..., broadcast=True)`), not with each
task. Each part writes its own files of the output tables (`tables.py`), so no article travels back;
the workers return counts and per-record errors, which are written to OUT/errors.jsonl. Nothing a record
does stops the run: an unreadable record, a failed analysis, even a lost part become errors. The run
ends with OUT/manifest.json: inputs, counts, versions and times.
"""
import json
import platform
import time
from importlib.metadata import version
from pathlib import Path

from distributed import Client, as_completed
from tqdm import tqdm

from factcheck.batch.inputs import expand, plan_parts, read_part
from factcheck.batch.rows import article_rows
from factcheck.batch.tables import TABLES, write_part
from factcheck.storage import utc_now
from sources import RegistryIndex

VERSIONED = ("factcheck", "dask", "distributed", "pyarrow")


def run_batch(client: Client, inputs: list[str], out: Path, index: RegistryIndex | None, output_format: str = "parquet",
              registry: str | None = None, progress: bool = False) -> dict:
    """Analyse every article in the files `inputs` name (`inputs.expand`) on `client`'s cluster into the tables
    under `out`; the manifest.

    `registry` says in the manifest which registry `index` is (None: no registry matching).
    """
    started_at, clock = utc_now(), time.perf_counter()
    parts = plan_parts(expand(inputs), workers=cluster_threads(client))
    prepare(out)
    results = analyse_parts(client, parts, index, out, output_format, progress)
    errors = [error for result in results for error in result["errors"]]
    with (out / "errors.jsonl").open("w", encoding="utf-8") as file:
        file.writelines(json.dumps(error, ensure_ascii=False) + "\n" for error in errors)
    seconds = time.perf_counter() - clock
    articles = sum(result["articles"] for result in results)
    manifest = {
        "inputs": list(inputs), "format": output_format, "registry": registry,
        "registry_revision": index.revision if index is not None else None,
        "articles": articles, "claims": sum(result["claims"] for result in results), "errors": len(errors),
        "parts": len(parts), "scheduler": client.scheduler.address, "worker_threads": cluster_threads(client),
        "started_at": started_at, "finished_at": utc_now(), "seconds": round(seconds, 3),
        "articles_per_second": round(articles / seconds, 2) if seconds else None,
        "versions": {"python": platform.python_version(), **{name: version(name) for name in VERSIONED}},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def analyse_parts(client: Client, parts: list[tuple], index: RegistryIndex | None, out: Path, output_format: str,
                  progress: bool) -> list[dict]:
    """Each part's result, in part order, from tasks on the cluster; the index is sent to every worker once."""
    shipped = client.scatter(index, broadcast=True) if index is not None else None
    futures = {client.submit(analyse_part, number, part, shipped, str(out), output_format, pure=False): number
               for number, part in enumerate(parts)}
    results = [None] * len(parts)
    with tqdm(total=len(parts), unit="part", desc="analysing", disable=not progress) as bar:
        for future in as_completed(futures):
            results[futures[future]] = part_result(future, parts[futures[future]])
            bar.update()
    return results


def cluster_threads(client: Client) -> int:
    """How many tasks the cluster runs at once."""
    return sum(worker["nthreads"] for worker in client.scheduler_info()["workers"].values()) or 1


def prepare(out: Path) -> None:
    """Create the output folders and remove the part files of an earlier run, so a re-run leaves exactly its own."""
    for table in TABLES:
        (out / table).mkdir(parents=True, exist_ok=True)
        for stale in (out / table).glob("part-*"):
            stale.unlink()


def part_result(future, part: tuple) -> dict:
    """What a part's task returned; a task that failed as a whole counts as one error naming its part."""
    if future.status == "finished":
        return future.result()
    cause = repr(future.exception()) if future.status == "error" else future.status  # e.g. cancelled: its worker was lost
    where = part[1] if isinstance(part[1], str) else " ".join(part[1])
    return {"articles": 0, "claims": 0, "errors": [{"input": where, "id": None, "error": f"part failed: {cause}"}]}


def analyse_part(number: int, part: tuple, index: RegistryIndex | None, out: str, output_format: str) -> dict:
    """Read, analyse and write one part (on a worker); its counts and errors."""
    records, errors = read_part(part)
    articles, claims = [], []
    for record in records:
        try:
            article, rows = article_rows(record, index)
        except Exception as exc:  # noqa: BLE001 — one article's failure is reported, never the end of the run
            errors.append({"input": record["input"], "id": record["id"], "error": f"analysis failed: {exc!r}"})
            continue
        articles.append(article)
        claims.extend(rows)
    write_part(Path(out), "articles", number, articles, output_format)
    write_part(Path(out), "claims", number, claims, output_format)
    return {"articles": len(articles), "claims": len(claims), "errors": errors}
