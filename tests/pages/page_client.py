"""A Flask test client used like a browser: it reads pages, sends forms with their CSRF token, logs in."""
from bs4 import BeautifulSoup

from newsroom_users import PASSWORD


class PageClient:
    """A Flask test client used like a browser: it reads pages and sends forms with their CSRF token."""

    def __init__(self, client):
        self.client = client

    def get(self, path, **kwargs):
        return self.client.get(path, **kwargs)

    def page(self, path, status=200) -> BeautifulSoup:
        response = self.client.get(path)
        assert response.status_code == status, response.text
        return BeautifulSoup(response.text, "html.parser")

    def csrf_token(self, path="/") -> str:
        return self.page(path).select_one("input[name=csrf_token]")["value"]

    def submit(self, path, data, form_page=None, **kwargs):
        """POST a form as the browser would after opening `form_page` (the form's own page by default)."""
        return self.client.post(path, data={"csrf_token": self.csrf_token(form_page or path), **data}, **kwargs)

    def log_in(self, name: str, password: str = PASSWORD) -> "PageClient":
        response = self.submit("/login", {"name": name, "password": password})
        assert response.status_code == 302, response.text
        return self
