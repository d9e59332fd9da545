Feature: Keep a story up to date from our CMS
  As the developer of a newsroom CMS
  I want to send a story again under our own id for it whenever an editor changes it
  So that the fact-checkers' work on it carries over, and nobody's edit is silently lost

  Background:
    Given our CMS has an API key

  Scenario: The first send of a story under our id creates it
    When the CMS sends story "news-4471" with the text:
      """
      “The ferry will run every hour from May,” said Harriet Olsen, the transport director.
      """
    Then the API answers 201 Created
    And the story is at revision 1

  Scenario: An edited story keeps its id and the reviews of the claims it still makes
    Given the CMS has sent story "news-4471" with the text:
      """
      “The ferry will run every hour from May,” said Harriet Olsen, the transport director.

      Councillor Ben Achterberg said the timetable had never been costed.
      """
    And a reviewer has resolved the claim "The ferry will run every hour from May," as "misleading"
    When the CMS sends story "news-4471" with the text:
      """
      “We have waited a year for answers,” said Mia Brandt, who crosses the fjord to work.

      “The ferry will run every hour from May,” said Harriet Olsen, the transport director.

      Councillor Ben Achterberg said the timetable had never been costed, and that fares would rise by 10%.
      """
    Then the API answers 200 OK
    And the story keeps its id and is at revision 2
    And the claim "The ferry will run every hour from May," keeps its id, its verdict "misleading" and its history
    And no other claim has a review

  Scenario: Sending the same story again changes nothing
    Given the CMS has sent story "news-4471" with the text:
      """
      “We will not close the harbour,” the port authority said in a statement.
      """
    When the CMS sends story "news-4471" again unchanged
    Then the API answers 200 OK
    And the story is at revision 1

  Scenario: A write based on an old copy of the story is refused
    Given the CMS has sent story "news-4471" with the text:
      """
      “Fares stay frozen this year,” said Harriet Olsen.
      """
    And the CMS remembers the story's ETag
    And another editor's change to story "news-4471" has been sent since
    When the CMS sends its change to story "news-4471" with the remembered ETag in If-Match
    Then the API answers 412 with a problem
    And the story holds the other editor's text

  Scenario: A write based on the current copy goes through
    Given the CMS has sent story "news-4471" with the text:
      """
      “Fares stay frozen this year,” said Harriet Olsen.
      """
    And the CMS remembers the story's ETag
    When the CMS sends its change to story "news-4471" with the remembered ETag in If-Match
    Then the API answers 200 OK
    And the story is at revision 2

  Scenario: Our id cannot be given to a second story
    Given the CMS has sent story "news-4471" with the text:
      """
      “Fares stay frozen this year,” said Harriet Olsen.
      """
    When the CMS posts a new story with the external id "news-4471"
    Then the API answers 409 with a problem
