Feature: Quotations in single marks, as British papers print them
  As a journalist checking copy from British, Irish, Australian and New Zealand desks, which quote in single marks
  I want quotations in single marks read as quotations, and apostrophes never taken for them
  So that every quote keeps its speaker and its words exactly as printed

  Scenario: A quotation in curly single marks is a direct quote by its speaker
    Given the article:
      """
      ‘The nurses’ efforts this winter have been extraordinary,’ said the health minister, Joan Aske.
      """
    When I break the article into claims
    Then "Joan Aske" is reported as saying "The nurses’ efforts this winter have been extraordinary,"
    And the claim is a direct quote
    And the claim's span points at its words

  Scenario: A quote in straight single marks split around its attribution keeps both halves
    Given the article:
      """
      'We will,' Ms Kiri Tane said, 'win this by Christmas.'
      """
    When I break the article into claims
    Then "Kiri Tane" is reported as saying "We will"
    And "Kiri Tane" is reported as saying "win this by Christmas."
    And the reported words leave out "Tane said"

  Scenario: A quoted denial in single marks denies the claim it answers
    Given the article:
      """
      Mr Dale Ruck said the council had sold the harbour land in secret.

      ‘That is simply untrue,’ said council leader Mair Owen. ‘Every sale was voted on in public.’
      """
    When I break the article into claims
    Then "Mair Owen" is reported as saying "That is simply untrue"
    And the claim is a denial
    And "Dale Ruck" is reported as saying "the council had sold the harbour land in secret"
    And the claim is disputed by "Mair Owen"

  Scenario: Double marks inside single ones are a quote within the quote
    Given the article:
      """
      ‘He was told, “You’re on the list,” and nobody rang him again,’ said Ms Rhian Hale.
      """
    When I break the article into claims
    Then "Rhian Hale" is reported as saying "He was told, “You’re on the list,” and nobody rang him again,"
    And the claim is a direct quote

  Scenario: Apostrophes in names, possessives and elisions are not quotation marks
    Given the article:
      """
      Mr Tom O'Hara, who played for Hawke's Bay in the '90s, said the players' union had backed the plan. 'It's rock 'n' roll, ma'am, and the fans' money pays for it,' he said.
      """
    When I break the article into claims
    Then "Tom O'Hara" is reported as saying "the players' union had backed the plan"
    And "Tom O'Hara" is reported as saying "It's rock 'n' roll, ma'am, and the fans' money pays for it,"
    And the claim is a direct quote

  Scenario: A quote in single marks runs over paragraphs until its closing mark
    Given the article:
      """
      ‘We will rebuild the pier,’ said Ms Ada Novak. ‘It has stood for a century.

      ‘No storm has beaten it yet.’

      The pier closed in March after a storm.
      """
    When I break the article into claims
    Then "Ada Novak" is reported as saying "No storm has beaten it yet."
    And the claim is a direct quote
    And no claim contains "The pier closed in March"

  Scenario: Copy that quotes in double marks keeps its single marks as quotes within quotes
    Given the article:
      """
      "He told me 'no way' last week," said Senator Ann Price.
      """
    When I break the article into claims
    Then "Ann Price" is reported as saying "He told me 'no way' last week,"
    And the claim is a direct quote
