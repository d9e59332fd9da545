Feature: Call the API from our CMS's pages in the browser
  As the developer of a browser plugin for our CMS
  I want the API to let scripts from our CMS's own address call it, and nobody else's
  So that editors see claims beside the story they are editing, without opening the API to every site

  Background:
    Given the API allows calls from browsers at "https://cms.example-news.org"

  Scenario: A script on our CMS may update a story
    When a script at "https://cms.example-news.org" asks whether it may PUT a story with its API key and an If-Match
    Then the browser is allowed to send it from "https://cms.example-news.org"
    And the script may read the ETag of the answer

  Scenario: A script on our CMS may read claims
    When a script at "https://cms.example-news.org" fetches /api/v1/claims
    Then the browser is allowed to send it from "https://cms.example-news.org"

  Scenario: A script on any other site may not
    When a script at "https://elsewhere.example" fetches /api/v1/claims
    Then the browser is not allowed to give the answer to the script

  Scenario: Without an allowlist no site may
    Given the API allows calls from no browsers
    When a script at "https://cms.example-news.org" fetches /api/v1/claims
    Then the browser is not allowed to give the answer to the script
