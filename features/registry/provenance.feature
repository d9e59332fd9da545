Feature: Check a quote against the original
  As a journalist quoting what someone said
  I want each claim traced to the statement on record it comes from
  So that I can see where and when the words first appeared, and whether the article changed them or their meaning

  Background:
    Given an empty source registry
    And the person "Ada Novak", registered as "ada-novak"
    And "ada-novak" said "We will not close the pier before the summer, whatever the council says." (press conference, 2025-03-02), on record as "ada-pier"

  Scenario: A faithful quote is verbatim, with the original's date and medium
    When "Ada Novak" is quoted as saying "We will not close the pier before the summer"
    Then the claim's provenance is "verbatim", from the statement "ada-pier"
    And the original is a press conference of 2025-03-02

  Scenario: An altered quote is flagged with its word diff
    When "Ada Novak" is quoted as saying "We will not close the pier before the autumn"
    Then the claim's provenance is "altered", from the statement "ada-pier"
    And the diff shows "summer" replaced by "autumn"

  Scenario: Every changed word of a quote is shown, however many there are
    When "Ada Novak" is quoted as saying "They will not close our pier until the summer"
    Then the claim's provenance is "altered", from the statement "ada-pier"
    And the diff shows "We" replaced by "They"
    And the diff shows "the" replaced by "our"
    And the diff shows "before" replaced by "until"

  Scenario: A quote that drops a "not" says the opposite, and is flagged as contradicted
    When "Ada Novak" is quoted as saying "We will close the pier before the summer"
    Then the claim's provenance is "contradicted", from the statement "ada-pier"
    And the diff shows "not" dropped

  Scenario: Reported speech that turns a refusal into a promise is contradicted
    When "Ada Novak" is reported as saying "she would close the pier before the summer"
    Then the claim's provenance is "contradicted", from the statement "ada-pier"
    And the diff shows "will not" replaced by "she would"

  Scenario: Reported speech is a paraphrase of the statement
    When "Ada Novak" is reported as saying "she would never close the pier before the summer"
    Then the claim's provenance is "paraphrase", from the statement "ada-pier"

  Scenario: Words nobody has on record are unverified
    When "Ada Novak" is quoted as saying "The ferry timetable doubles in June"
    Then the claim's provenance is "unverified"

  Scenario: Someone else's words on record are not where the claim comes from
    Given the organisation "Velmont Council", registered as "velmont-council"
    And "velmont-council" said "The market hall will reopen in June." (statement, 2025-03-04), on record as "council-market"
    When "Ada Novak" is reported as saying "the market hall would reopen in June"
    Then the claim's provenance is "unverified"
    And the claim contradicts nothing on record

  Scenario: Denying someone else's words on record disputes them, without making the denial disputed
    Given the organisation "Velmont Council", registered as "velmont-council"
    And "velmont-council" said "The pier is unsafe for visitors." (statement, 2025-03-04), on record as "council-pier"
    And "ada-novak" disputes the statement "council-pier", saying "The pier is safe."
    When "Ada Novak" is reported as denying "the pier is unsafe for visitors"
    Then the claim's provenance is "unverified"
    And the claim contradicts the statement "council-pier" of "velmont-council"
    And the claim is not disputed

  Scenario: A statement on record settles which of two namesakes spoke
    Given the person "Ivan Novak", registered as "ivan-novak"
    And "ivan-novak" said "The ferry will run every hour from May." (interview, 2025-04-01), on record as "ivan-ferry"
    When "Novak" is reported as saying "the ferry would run every hour from May"
    Then the speaker is "ivan-novak", whose statement "ivan-ferry" is cited

  Scenario: Namesakes stay candidates when none of their statements matches
    Given the person "Ivan Novak", registered as "ivan-novak"
    When "Novak" is reported as saying "the ferry timetable doubles in June"
    Then the claim's provenance is "unverified"
    And the speaker could be "ada-novak" or "ivan-novak"

  Scenario: One namesake's statement is never cited for the other
    Given the person "Ivan Novak", registered as "ivan-novak"
    When "Ivan Novak" is reported as saying "she would not close the pier before the summer"
    Then the speaker is "ivan-novak", with nothing on record cited
