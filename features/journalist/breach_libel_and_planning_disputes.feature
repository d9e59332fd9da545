Feature: Disputes in data-breach, libel, planning and explainer stories
  As a journalist checking a company's answer to a breach, a star's answer to a tabloid, a council's answer to residents
  or an explainer's answer to a viral post
  I want the warning, the claims and the account each side rejects linked to whoever rejects them
  So that the right claim shows as disputed, and by whom

  Scenario: Rejecting a named party's warning disputes what it warned
    Given the article:
      """
      The water regulator warned that the new filters could fail in a heatwave. Brook Water rejected the regulator's warning as "alarmist".
      """
    When I break the article into claims
    Then "Brook Water" is reported as saying "the regulator's warning"
    And the claim is a denial
    And "The water regulator" is reported as saying "the new filters could fail in a heatwave"
    And the claim is disputed by "Brook Water"

  Scenario: Claims from named researchers set against a denial by "despite" are the researchers' claim, disputed by the denier
    Given the article:
      """
      The ticket site has denied that card numbers were stolen, despite claims from security researchers that the stolen files held card details.
      """
    When I break the article into claims
    Then "The ticket site" is reported as saying "card numbers were stolen"
    And the claim is a denial
    And nobody is reported as saying "card numbers were stolen, despite"
    And "security researchers" is reported as saying "the stolen files held card details"
    And the claim is disputed by "ticket site"

  Scenario: What the contradicting side says next spells out its denial
    Given the article:
      """
      The ticket site said no card details were kept on the server. Researchers at the security firm Halden Labs contradicted the company's account. They said a sample posted online held card numbers.
      """
    When I break the article into claims
    Then "Researchers at the security firm Halden Labs" is reported as saying "a sample posted online held card numbers"
    And the claim is a denial

  Scenario: Calling the evidence not genuine is a denial
    Given the article:
      """
      Researchers said a sample posted online held card numbers. The company's technology chief, Ana Ruiz, said the sample was not genuine.
      """
    When I break the article into claims
    Then "Ana Ruiz" is reported as saying "the sample was not genuine"
    And the claim is a denial
    And "Researchers" is reported as saying "a sample posted online held card numbers"
    And the claim is disputed by "Ruiz"

  Scenario: A body only described answers a claim made about it
    Given the article:
      """
      The residents' chair, Linda Okoro, claimed the council had ignored a second traffic survey. The council said no second survey had ever been sent to it.
      """
    When I break the article into claims
    Then "The council" is reported as saying "no second survey had ever been sent to it"
    And the claim is a denial
    And "Linda Okoro" is reported as saying "the council had ignored a second traffic survey"
    And the claim is disputed by "council"

  Scenario: An explainer's own question answered "No" disputes the claim it asks about
    Given the article:
      """
      Posts shared on social media claim that a kettle left on standby costs £40 a year. Is it true? No.
      """
    When I break the article into claims
    Then "Posts shared on social media" is reported as saying "a kettle left on standby costs £40 a year"
    And the publication disputes the claim with "Is it true? No."
