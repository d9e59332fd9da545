Feature: Check a quote against the original
  As a journalist quoting what someone said
  I want each claim traced to the statement on record it comes from
  So that I can see where and when the words first appeared, and whether the article changed them

  Background:
    Given an empty source registry
    And the person "Ada Novak", registered as "ada-novak"
    And "ada-novak" said "We will not close the pier before the summer, whatever the council says." (press conference, 2025-03-02), on record as "ada-pier"

  Scenario: A faithful quote is verbatim, with the original's date and medium
    When "Ada Novak" is quoted as saying "We will not close the pier before the summer"
    Then the claim's provenance is "verbatim", from the statement "ada-pier"
    And the original is a press conference of 2025-03-02

  Scenario: An altered quote is flagged with its word diff
    When "Ada Novak" is quoted as saying "We will close the pier before the autumn"
    Then the claim's provenance is "altered", from the statement "ada-pier"
    And the diff shows "not" dropped
    And the diff shows "summer" replaced by "autumn"

  Scenario: Reported speech is a paraphrase of the statement
    When "Ada Novak" is reported as saying "she would not close the pier before the summer"
    Then the claim's provenance is "paraphrase", from the statement "ada-pier"

  Scenario: Words nobody has on record are unverified
    When "Ada Novak" is quoted as saying "The ferry timetable doubles in June"
    Then the claim's provenance is "unverified"
