"""What a person does in the real browser (the `page` fixture of conftest.py): log in, submit an article."""
from newsroom_users import PASSWORD


def log_in(page, server_url: str, role: str = "journalist") -> None:
    """Log in through the login page as the server's user with `role` (see conftest's `server_url`)."""
    page.goto(server_url + "/login")
    page.fill("input[name=name]", f"{role}-one")
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("main button[type=submit]")
    assert page.locator(".site-header .who").count() == 1, page.inner_text("body")[:2000]


def submit(page, server_url: str, text: str, title: str) -> None:
    """Paste the article and its title into the submit form, send it, and land on the article's page
    (logging in as a journalist first if no one is)."""
    page.goto(server_url + "/")
    if page.locator(".site-header .who").count() == 0:
        log_in(page, server_url)
        page.goto(server_url + "/")
    page.fill("textarea[name=body]", text)
    page.fill("input[name=title]", title)
    with page.expect_navigation():
        page.click("main button[type=submit]")
    assert page.locator("#article-text").count() == 1, page.inner_text("body")[:2000]
