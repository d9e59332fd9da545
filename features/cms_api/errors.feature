Feature: Clear errors for every mistake our CMS can make
  As the developer of a newsroom CMS
  I want every failed request answered with a problem document that says what went wrong
  So that our integration can log it, fix it or retry it, and never lose a story

  Background:
    Given our CMS has an API key

  Scenario Outline: A bad submission is answered with a problem, never a server error
    When the CMS posts <what> to /api/v1/articles
    Then the API answers <status> with a problem

    Examples:
      | what                                 | status |
      | malformed JSON                       | 400    |
      | JSON without a body                  | 422    |
      | JSON whose body is a number          | 422    |
      | JSON with an unknown field           | 422    |
      | a blank story                        | 422    |
      | binary bytes as text                 | 422    |
      | a story over the 2 MB limit          | 413    |
      | an XML document                      | 415    |
      | a PDF upload                         | 415    |
      | JSON with a number of 4,400 digits   | 400    |
      | JSON nested 100,000 deep             | 400    |

  Scenario Outline: Numbers out of range in a URL are answered with a problem
    When the CMS fetches <path>
    Then the API answers <status> with a problem

    Examples:
      | path                                        | status |
      | /api/v1/articles/99999999999999999999999    | 404    |
      | /api/v1/articles?page=99999999999999999999  | 422    |
      | /api/v1/claims?article_id=1e20              | 422    |

  Scenario: A search of thousands of words is refused at once
    When the CMS searches claims for 20,000 words
    Then the API answers 422 with a problem

  Scenario: A story that takes longer to analyse than the time budget
    Given the API analyses a story for at most a millisecond
    When the CMS submits a long story
    Then the API answers 422 with a problem
    And the problem says "time budget"

  Scenario: Malformed JSON is answered with where it breaks
    When the CMS posts malformed JSON to /api/v1/articles
    Then the API answers 400 with a problem
    And the problem says "not valid JSON" and where

  Scenario: A validation problem names the field at fault
    When the CMS posts JSON with an unknown field to /api/v1/articles
    Then the API answers 422 with a problem
    And the problem names the field "byline_html"

  Scenario: A story that does not exist
    When the CMS fetches /api/v1/articles/9999
    Then the API answers 404 with a problem

  Scenario: A write without an API key
    When the CMS submits a story without its API key
    Then the API answers 401 with a problem

  Scenario: Too many requests
    Given the API allows 2 requests a minute
    When the CMS fetches /api/v1/claims 3 times
    Then the API answers 429 with a problem
    And the answer says when to retry

  Scenario: A story submitted while another writer holds the database too long
    Given another writer holds the database longer than the API waits for it
    When the CMS submits "The mayor said the bridge opens in May." as JSON
    Then the API answers 503 with a problem
    And the answer says to retry shortly

  Scenario: One allowance covers the whole API
    Given the API allows 2 requests a minute
    When the CMS fetches /api/v1/claims, /api/v1/articles and /api/v1/sources
    Then the API answers 429 with a problem

  Scenario: Failed requests never lose a stored story
    Given the CMS has stored a story
    When the CMS posts malformed JSON to /api/v1/articles
    And the CMS posts a story over the 2 MB limit to /api/v1/articles
    Then the stored story is unchanged
