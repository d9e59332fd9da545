Feature: Read every dispute, and every denial as a denial
  As a reviewer on the standards desk
  I want each dispute listed with the claim and who made it, who disputes it, their cue and their words
  So that I never correct or repeat a denial as if its speaker had said what they deny

  Background:
    Given I am logged in as a reviewer
    And the article "Harbour dredging" has been checked:
      """
      Port director Ilse Brandt said the dredging had doubled the harbour's traffic.

      The fishermen's cooperative denied that the dredging had brought any new traffic.
      """

  Scenario: Each dispute is a row saying who disputes the claim, with what cue and words
    When I open the disputed claims report
    Then the report has a row for "the dredging had doubled the harbour's traffic" by "Ilse Brandt"
    And that row says "The fishermen's cooperative" disputes it with the cue "denied"
    And that row quotes the disputing words "the dredging had brought any new traffic"

  Scenario: The denial reads as a denial in the article
    When I open the article "Harbour dredging"
    Then the claims table shows "the dredging had brought any new traffic" as a denial with the cue "denied"
    And the claims table does not show "the dredging had doubled the harbour's traffic" as a denial

  Scenario: From the report to the denial in the article, and back to the claim it denies
    When I open the disputed claims report
    And I follow who disputes "the dredging had doubled the harbour's traffic"
    Then I am at the denial "the dredging had brought any new traffic" in the article "Harbour dredging"
    And the denial leads back to the claim "the dredging had doubled the harbour's traffic"

  Scenario: The spreadsheet says who disputes, with what cue, and which claim is the denial
    When I download the disputed claims report as CSV
    Then the CSV row for "the dredging had doubled the harbour's traffic" says "The fishermen's cooperative" disputes it with the cue "denied"
    And that CSV row points at the denial "the dredging had brought any new traffic"

  Scenario: A denial that is disputed in turn is listed as a denial
    Given an article where "Velmont council" denied "the span was unsafe", which "Bo Ekberg" rejected
    When I open the disputed claims report
    Then the report has a row for "the span was unsafe" by "Velmont council"
    And that row shows the claim as a denial with the cue "denied"
    And that row says "Bo Ekberg" disputes it with the cue "rejected"

  Scenario: Another estimate set against a figure is listed as its dispute
    Given the article "Housing figures" has been checked:
      """
      The housing ministry said 4,000 homes would be built this year.

      Independent estimates put the number closer to 1,500.
      """
    When I open the disputed claims report
    Then the report has a row for "4,000 homes would be built this year" by "The housing ministry"
    And that row says "Independent estimates" disputes it with the cue "put"
    And that row quotes the disputing words "the number closer to 1,500"
