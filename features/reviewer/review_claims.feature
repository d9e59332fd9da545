Feature: Review a disputed claim from the queue to a verdict
  As a reviewer on the standards desk
  I want a queue of the disputed claims nobody has reviewed yet, and a verdict with a note on each
  So that every dispute ends in a recorded decision, with who made it and when

  Background:
    Given I am logged in as a reviewer
    And the article "Harbour dredging" has been checked:
      """
      Port director Ilse Brandt said the dredging had doubled the harbour's traffic.

      The fishermen's cooperative denied that the dredging had brought any new traffic.
      """

  Scenario: The queue lists the open dispute, and a verdict takes it out
    When I open the review queue
    Then the queue lists "the dredging had doubled the harbour's traffic" as open
    When I take "the dredging had doubled the harbour's traffic" into review
    And I resolve it as "misleading" with the note "Port figures show a 12% rise, not a doubling."
    Then the claim's page shows it resolved as "misleading" by "reviewer-one"
    And its history shows "in review" then "resolved" by "reviewer-one"
    And the queue of open claims no longer lists "the dredging had doubled the harbour's traffic"
    And the queue of resolved claims lists "the dredging had doubled the harbour's traffic"

  Scenario: A verdict must come from the rating scale
    When I open the review queue
    And I resolve "the dredging had doubled the harbour's traffic" without a verdict
    Then I am told that resolving needs a verdict
    And the claim is still open

  Scenario: A journalist can read a review but not give one
    Given I am logged in as a journalist
    When I open the review page of "the dredging had doubled the harbour's traffic"
    Then I see no review form
    And a review I send anyway is refused

  Scenario: The article page and the report lead to the claim's review
    When I open the article "Harbour dredging"
    Then the claim "the dredging had doubled the harbour's traffic" leads to its review page
    When I open the disputed claims report
    Then the report's row for "the dredging had doubled the harbour's traffic" leads to its review page
