Feature: Send articles from our CMS and get their claims back
  As the developer of a newsroom CMS
  I want to send each story to the fact-checking API and keep what comes back
  So that editors see who said what, and what is disputed, beside the story

  Background:
    Given our CMS has an API key

  Scenario: A submitted story comes back with its claims and a link to fetch it again
    When the CMS submits a news story as JSON
    Then the API answers 201 Created
    And the story comes back with claims that have speakers, kinds and spans into its text
    And two of its claims are marked as disputed
    And fetching the link in the Location header returns the same story

  Scenario: A retried submission with the same Idempotency-Key is not stored twice
    When the CMS submits "“We will win,” said Jane Doe." with the Idempotency-Key "story-1001"
    And the CMS submits "“We will win,” said Jane Doe." with the Idempotency-Key "story-1001" again
    Then both answers carry the same story id
    And the API holds 1 story

  Scenario: Reusing an Idempotency-Key for a different story is refused
    When the CMS submits "“We will win,” said Jane Doe." with the Idempotency-Key "story-1001"
    And the CMS submits "“We will lose,” said Jane Doe." with the Idempotency-Key "story-1001"
    Then the API answers 422 with a problem
    And the API holds 1 story

  Scenario: An uploaded web page is reduced to the story's text
    When the CMS uploads the file "story.html" containing:
      """
      <html><head><script>steal(document.cookie)</script></head>
      <body><nav>Home | World | Business</nav>
      <article><h1>Libraries stay open</h1>
      <p>“We will not close a single library this year,” said Tomas Ferreira, the mayor of Velmont.</p>
      <p>The council meets again on Friday.</p></article></body></html>
      """
    Then the API answers 201 Created
    And the story's text contains "said Tomas Ferreira"
    And the story's text does not contain "steal"

  Scenario: Markup written inside a story is kept as plain text
    When the CMS submits "<script>alert(1)</script> “It is fine,” said Jane Doe." as JSON
    Then the API answers 201 Created
    And the story's text contains "<script>alert(1)</script>"

  Scenario: A story is deleted with its claims
    When the CMS submits "“We will win,” said Jane Doe." as JSON
    And the CMS deletes that story
    Then fetching that story answers 404 with a problem
    And the API holds 0 stories

  Scenario: A submission can be traced in the server's log by the CMS's own request id
    When the CMS submits "“We will win,” said Jane Doe." with the request id "cms-story-1001-try-1"
    Then the API answers 201 Created
    And the answer carries the request id "cms-story-1001-try-1"
