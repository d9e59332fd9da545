"""The disputed report's speakers and their counts (table report_speakers), and each claim's count of disputes
(claims.dispute_count), stay those of the claims through every write: articles stored, replaced with other claims,
speakers and disputes, and deleted; and databases from before are counted as they upgrade."""
import pytest

from benchmarks import synthetic_db
from factcheck import storage
from factcheck.db import open_database
from factcheck.migrations import REPORT_SPEAKERS_COUNTED


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "report.db")
    synthetic_db.build(path, 40, seed=3, progress=lambda line: None)
    return open_database(path)


def kept_and_counted(db) -> tuple[set, set]:
    return set(db.execute("select * from report_speakers").fetchall()), set(db.execute(REPORT_SPEAKERS_COUNTED).fetchall())


def miscounted_claims(db) -> int:
    return db.execute("""select count(*) from claims c where dispute_count !=
                         (select count(*) from disputes d where d.article_id = c.article_id and d.claim_id = c.claim_id)
                      """).fetchone()[0]


def claims_of(db, article_id: int) -> list[dict]:
    return storage.get_article(db, article_id)["claims"]


def test_stored_articles_are_counted(db):
    kept, counted = kept_and_counted(db)
    assert kept == counted and {kind for kind, *_ in kept} == {"dispute", "misquote", "any"}
    assert miscounted_claims(db) == 0 and db.execute("select max(dispute_count) from claims").fetchone()[0] > 0


def reported_articles(db) -> list[int]:
    return [row[0] for row in db.execute("select distinct article_id from claims where report_kind is not null "
                                         "order by article_id")]


def test_replaced_articles_move_their_claims_and_disputes(db):
    first, second, third, fourth = reported_articles(db)[:4]
    undisputed = [{**claim, "disputed": False, "disputes": []} for claim in claims_of(db, second)]
    renamed = [{**claim, "speaker": {**claim["speaker"], "name": "Zed New", "source": None}} for claim in claims_of(db, third)]
    replacements = {first: claims_of(db, fourth), second: undisputed, third: renamed, fourth: claims_of(db, fourth)[::2]}
    for article_id, claims in replacements.items():
        storage.replace_article(db, {"body": storage.get_article(db, article_id)["body"]}, claims, article_id=article_id)
    kept, counted = kept_and_counted(db)
    assert kept == counted and any(grp == "n:Zed New" for _, grp, *_ in kept) and miscounted_claims(db) == 0
    assert storage.get_article(db, second)["claims"] == undisputed  # changed in place, ids kept


def test_deleted_articles_take_their_counts_with_them(db):
    for article_id in range(1, 41, 2):
        storage.delete_article(db, article_id)
    kept, counted = kept_and_counted(db)
    assert kept == counted and miscounted_claims(db) == 0
    for article_id in range(2, 41, 2):
        storage.delete_article(db, article_id)
    assert db.execute("select count(*) from report_speakers").fetchone()[0] == 0


def test_a_database_from_before_counts_its_claims_as_it_upgrades(db, tmp_path):
    before = kept_and_counted(db)[0]
    for (trigger,) in db.execute("select name from sqlite_master where type = 'trigger' and name like 'report_speakers%'"):
        db.execute(f'drop trigger "{trigger}"')
    db.execute("drop table report_speakers")
    db.execute("delete from _sqlite_migrations where name = 'create_report_speakers'")
    db.conn.commit()
    assert kept_and_counted(open_database(str(tmp_path / "report.db")))[0] == before


def test_a_database_from_before_counts_each_claims_disputes_as_it_upgrades(db, tmp_path):
    before = db.execute("select article_id, claim_id, dispute_count from claims where dispute_count").fetchall()
    for statement in ("drop index claims_report_disputes", "drop trigger claims_dispute_count_insert",
                      "drop trigger claims_dispute_count_delete", "alter table claims drop column dispute_count",
                      "delete from _sqlite_migrations where name = 'count_disputes_per_claim'"):
        db.execute(statement)
    db.conn.commit()
    upgraded = open_database(str(tmp_path / "report.db"))
    assert upgraded.execute("select article_id, claim_id, dispute_count from claims where dispute_count").fetchall() == before
    assert before and miscounted_claims(upgraded) == 0
