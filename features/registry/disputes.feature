Feature: See whether a claim is disputed on record
  As a journalist about to repeat a claim
  I want to know when the statement it comes from is disputed or rated false by a fact-checker
  So that I do not repeat a disputed claim as if it were settled

  Background:
    Given an empty source registry
    And the person "Ada Novak", registered as "ada-novak"
    And the organisation "Velmont Council", registered as "velmont-council"
    And "ada-novak" said "Harbour fees have risen 40% in a year." (interview, 2025-03-02), on record as "ada-fees"

  Scenario: A disputed statement makes a matching claim disputed
    Given "velmont-council" disputes the statement "ada-fees", saying "Fees rose 4%, not 40%."
    When "Ada Novak" is reported as saying "harbour fees had risen 40% in a year"
    Then the claim is disputed on record by "velmont-council", who says "Fees rose 4%, not 40%."

  Scenario: A fact-check rating the statement false makes the claim disputed
    Given the fact-checker "Harbour Facts" rated the statement "ada-fees" "False"
    When "Ada Novak" is reported as saying "harbour fees had risen 40% in a year"
    Then the claim is disputed, with the rating "False" on record

  Scenario: A fact-check rating the statement true does not
    Given the fact-checker "Harbour Facts" rated the statement "ada-fees" "True"
    When "Ada Novak" is reported as saying "harbour fees had risen 40% in a year"
    Then the claim is not disputed, with the rating "True" on record

  Scenario: A claim the article disputes stays disputed with nothing on record
    When "Ada Novak" is reported as saying "the pier will close", which "Velmont Council" disputes in the article
    Then the claim is disputed, with nothing on record
