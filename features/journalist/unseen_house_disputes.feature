Feature: Denials in house styles the corpus had not seen
  As a journalist checking wire copy, parliamentary reports and Sunday-show write-ups
  I want a denial linked to the claim it names or points at, and the words that give its grounds read as a denial
  So that the right claim shows as disputed

  Scenario: A denial naming whose claim it answers, and what about, disputes that claim
    Given the article:
      """
      Victor Hume said the Senate had not sent a single written offer in nine days. Hume said House Republicans were open to a short-term bill.

      Lorraine Caldwell disputed Hume's claim about the offers.
      """
    When I break the article into claims
    Then "Victor Hume" is reported as saying "the Senate had not sent a single written offer in nine days"
    And the claim is disputed by "Caldwell"
    And "Victor Hume" is reported as saying "House Republicans were open to a short-term bill"
    And the claim is not disputed

  Scenario: A quotation after a denial that only points back gives its grounds
    Given the article:
      """
      Two people with knowledge of the matter said workers had been told to keep the leak quiet.

      Calder denied the account. "There has been no leak, and there has been no attempt to hide anything," a company spokesperson said.
      """
    When I break the article into claims
    Then "a company spokesperson" is reported as saying "There has been no leak"
    And the claim is a denial
    And "Two people with knowledge of the matter" is reported as saying "workers had been told to keep the leak quiet"
    And the claim is disputed by "Calder"

  Scenario: Rejecting "the figure" disputes the claim that gave a figure
    Given the article:
      """
      Ms Angela Hartley said the list had dropped below 9,000 patients. "This is what happens when you fund the nurses," she told the House.

      Opposition Leader Grant Moffat rejected the figure, saying thousands of patients had been moved onto another list.
      """
    When I break the article into claims
    Then "Angela Hartley" is reported as saying "the list had dropped below 9,000 patients"
    And the claim is disputed by "Moffat"

  Scenario: "That is not possible" after the claim it answers is a denial
    Given the article:
      """
      Some online posts claim the shot can cause the illness it prevents. That is not possible, says Dr Kwame Asante.
      """
    When I break the article into claims
    Then "Kwame Asante" is reported as saying "not possible"
    And the claim is a denial
    And "Some online posts" is reported as saying "the shot can cause the illness it prevents"
    And the claim is disputed by "Asante"

  Scenario: Where a denial was made is not what it denies
    Given the article:
      """
      Rosa Quispe said farmers had sent photographs to the company in January.

      Martin Feld rejected her claim in a call with analysts on Wednesday, saying the company had received no complaint.
      """
    When I break the article into claims
    Then "Martin Feld" is reported as saying "her claim"
    And the claim is a denial
    And nobody is reported as saying "her claim in a call"

  Scenario: "Disputed that figure" points back at the claim that gave it
    Given the article:
      """
      Tom Kowal, the federation's president, said at least 12 projects had been paused.

      Housing Minister Paul Girard disputed that figure.
      """
    When I break the article into claims
    Then "Paul Girard" is reported as saying "that figure"
    And the claim is a denial
    And "Tom Kowal" is reported as saying "at least 12 projects had been paused"
    And the claim is disputed by "Girard"
