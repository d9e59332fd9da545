"""A request's connection comes from the app's pool, the one put back last first, and goes back clean."""
from concurrent.futures import ThreadPoolExecutor

from factcheck.db import get_db


def connection_of_a_request(app):
    with app.app_context():
        return get_db()


def test_a_request_takes_the_connection_the_request_before_put_back_whatever_its_thread(app):
    first = connection_of_a_request(app)
    with ThreadPoolExecutor(1) as other_thread:
        assert other_thread.submit(connection_of_a_request, app).result() is first


def test_requests_at_the_same_time_have_a_connection_each_and_the_last_one_back_goes_out_first(app):
    with app.app_context():
        first = get_db()
        with app.app_context():
            second = get_db()
            assert second is not first and get_db() is second
    assert connection_of_a_request(app) is first  # put back after `second`


def test_a_transaction_a_request_left_open_is_rolled_back_before_its_connection_goes_back(app):
    with app.app_context():
        db = get_db()
        db.execute("BEGIN IMMEDIATE")
        db.execute("insert into articles (body, created_at, date) values ('left behind', 'now', 'now')")
    assert connection_of_a_request(app) is db and not db.conn.in_transaction
    assert db.execute("select count(*) from articles where body = 'left behind'").fetchone()[0] == 0


def test_a_connection_that_cannot_be_rolled_back_is_left_out_and_the_next_request_opens_another(app):
    with app.app_context():
        broken = get_db()
        broken.conn.close()
    replacement = connection_of_a_request(app)
    assert replacement is not broken
    assert replacement.execute("select count(*) from articles").fetchone()[0] >= 0
