"""What a person does in the real browser (the `page` fixture of conftest.py): submit an article through the form."""


def submit(page, server_url: str, text: str, title: str) -> None:
    """Paste the article and its title into the submit form, send it, and land on the article's page."""
    page.goto(server_url + "/")
    page.fill("textarea[name=body]", text)
    page.fill("input[name=title]", title)
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.locator("#article-text").count() == 1, page.inner_text("body")[:2000]
