Feature: Publish our verdicts as ClaimReview
  As a reviewer on the standards desk
  I want each claim we resolve to appear in a ClaimReview feed in our organisation's name
  So that search engines and fact-check aggregators show our verdict beside the claim

  Background:
    Given I am logged in as a reviewer
    And the article "Tram line figures" has been checked:
      """
      The transport ministry said the new tram line had cut car traffic by a fifth.

      Motorists' association chair Dana Oyelaran denied that the tram line had cut car traffic.
      """

  Scenario: A claim appears in the feed once it is resolved with a verdict
    Given the ClaimReview feed is empty
    When I resolve "the new tram line had cut car traffic by a fifth" as "unsupported"
    Then the ClaimReview feed has one review, of "the new tram line had cut car traffic by a fifth"
    And the review is published by our organisation with the verdict "unsupported" rated 3 from 1 to 6
    And the review's address is the claim's review page
    And the review says "The transport ministry" made the claim in "Tram line figures"

  Scenario: Reopening a claim takes its review out of the feed
    Given I have resolved "the new tram line had cut car traffic by a fifth" as "false"
    When I take "the new tram line had cut car traffic by a fifth" into review again
    Then the ClaimReview feed is empty
