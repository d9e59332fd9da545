Feature: Disputes in fact-checks, lawsuits, political rows and denied transfer stories
  As a journalist checking a fact-check, a court story, a political row or a sports exclusive
  I want the claims the story contests shown as disputed, by whom, and the denials read as denials
  So that a reader sees both sides of every dispute

  Scenario: A fact-checker's verdict line disputes the claim it rates
    Given the article:
      """
      CLAIM: Ferry fares on the island have "tripled in two years," councillor Maia Strand said on Friday.

      VERDICT: False.
      """
    When I break the article into claims
    Then "Maia Strand" is reported as saying "tripled in two years"
    And the publication disputes the claim with "VERDICT: False"

  Scenario: A verdict line that upholds the claim disputes nothing
    Given the article:
      """
      CLAIM: Ferry fares on the island have "tripled in two years," councillor Maia Strand said on Friday.

      VERDICT: True.
      """
    When I break the article into claims
    Then "Maia Strand" is reported as saying "tripled in two years"
    And the claim is not disputed

  Scenario: A fact-check finding no evidence for a claim it restates disputes it, a paragraph or two on
    Given the article:
      """
      Councillor Maia Strand said 40 bus routes had been cut since the election.

      The transport authority said 12 routes had been withdrawn.

      There is no evidence that 40 routes were cut.
      """
    When I break the article into claims
    Then "Maia Strand" is reported as saying "40 bus routes had been cut"
    And the publication disputes the claim with "There is no evidence that 40 routes were cut"
