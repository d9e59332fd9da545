Feature: Who said what in house styles the corpus had not seen
  As a journalist checking magazine features, parliamentary reports, Sunday-show write-ups, health explainers and press releases
  I want the speaker found behind a description, a programme title or a participle of saying
  So that a place, a broadcaster or "nobody" is never shown as the one who spoke

  Scenario: A name after a description that ends in a place or an organisation is the speaker
    Given the article:
      """
      Independent member for Coastal Ridge, Jo Fenwick, said she would move a motion next week.

      The president of the state branch of the Nurses Federation, Dr Ines Marlow, said wards were short of staff.
      """
    When I break the article into claims
    Then "Jo Fenwick" is reported as saying "she would move a motion next week"
    And "Ines Marlow" is reported as saying "wards were short of staff"
    And "Coastal Ridge" is reported as saying nothing
    And "Nurses Federation" is reported as saying nothing

  Scenario: A participle of saying that opens the sentence reports its speaker's words too
    Given the article:
      """
      Noting that the crossbench held the balance of power, Ms Jo Fenwick said the motion was likely to pass.
      """
    When I break the article into claims
    Then "Jo Fenwick" is reported as saying "the crossbench held the balance of power"
    And "Jo Fenwick" is reported as saying "the motion was likely to pass"

  Scenario: A speaker set off by a programme title with its comma inside the closing mark still speaks
    Given the article:
      """
      Lorraine Caldwell, appearing later on ABC's "This Week," said the offers had been sent on Tuesday.
      """
    When I break the article into claims
    Then "Lorraine Caldwell" is reported as saying "the offers had been sent on Tuesday"

  Scenario: Nobody, a bare object and an amount make no claim
    Given the article:
      """
      Neither side said when talks would resume.

      We asked three specialists.

      Mr Victor Hume said the Senate had not sent a single written offer in nine days.

      Linda Perez, the county auditor, said the farm would add about $900,000 a year in tax revenue.
      """
    When I break the article into claims
    Then nobody is reported as saying "when talks would resume"
    And nobody is reported as saying "three specialists"
    And "Victor Hume" is reported as saying "the Senate had not sent a single written offer in nine days"
    And "a single" is reported as saying nothing
    And "Linda Perez" is reported as saying "the farm would add about $900,000 a year in tax revenue"
    And "the farm" is reported as saying nothing

  Scenario: A programme's title in quotation marks is where the words were given, not what was said
    Given the article:
      """
      Rep. Dolores Ybarra told CNN's "State of the Union" that the border money was a poison pill.

      Mr Victor Hume said on NBC's "Meet the Press" that negotiators would stay all week.
      """
    When I break the article into claims
    Then "Dolores Ybarra" is reported as saying "the border money was a poison pill"
    And the claim is reported speech
    And nobody is reported as saying "State of the Union"
    And "Victor Hume" is reported as saying "negotiators would stay all week"
    And nobody is reported as saying "Meet the Press"

  Scenario: A relative clause without its pronoun is said by its own subject
    Given the article:
      """
      The province would extend rent controls, a move landlords warned would choke off new building.
      """
    When I break the article into claims
    Then "landlords" is reported as saying "would choke off new building"
    And "a move landlords" is reported as saying nothing
