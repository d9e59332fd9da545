Feature: Fetch only what changed
  As the developer of a newsroom CMS
  I want to ask whether a story or a list has changed since we last fetched it
  So that our sync jobs and editor dashboards stay fast and light on the API

  Background:
    Given our CMS has an API key

  Scenario: Fetching an unchanged story again costs no body
    Given the CMS has sent story "news-5002" with the text:
      """
      “The new library opens in March,” the council said.
      """
    When the CMS fetches the story and then fetches it again with its ETag
    Then the second answer is 304 Not Modified with no body
    And both answers carry the same ETag

  Scenario: A changed story is sent in full
    Given the CMS has sent story "news-5002" with the text:
      """
      “The new library opens in March,” the council said.
      """
    And the CMS remembers the story's ETag
    And another editor's change to story "news-5002" has been sent since
    When the CMS fetches the story with the remembered ETag
    Then the API answers 200 OK
    And the story holds the other editor's text

  Scenario Outline: Each resource says how long it may be cached
    When the CMS fetches <path>
    Then the answer may be cached as "<cache>"

    Examples:
      | path                  | cache                |
      | /api/v1/articles      | public, no-cache     |
      | /api/v1/claims        | public, no-cache     |
      | /api/v1/claimreviews  | public, max-age=300  |
      | /api/v1/openapi.json  | public, max-age=3600 |
      | /healthz              | no-store             |
