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

  Scenario: A club's denial contradicted by emails the newspaper has seen is itself disputed
    Given the article:
      """
      Harbour United have denied reports that they agreed a fee with Rovers for their striker, but emails seen by this newspaper show the two clubs had settled on terms by the end of June.
      """
    When I break the article into claims
    Then "Harbour United" is reported as saying "they agreed a fee with Rovers"
    And the claim is a denial
    And the publication disputes the claim with "but emails seen by this newspaper show"
    And "reports" is reported as saying "they agreed a fee with Rovers"
    And the claim is disputed by "Harbour United"

  Scenario: A spokeswoman named only by her company's name gives the grounds of its denial
    Given the article:
      """
      Two pilots said the board had hidden cracks in the pier.

      Calder Mining rejected the account. "Not one pilot raised this with us before today," a Calder spokeswoman said.
      """
    When I break the article into claims
    Then "a Calder spokeswoman" is reported as saying "Not one pilot raised this with us"
    And the claim is a denial

  Scenario: What a spokesperson says after their side's bare denial gives its reasons
    Given the article:
      """
      The Ferry Union says more than 300 crossings were cancelled last winter.

      The harbour board says that is not the case. A spokesperson told us the union had counted delayed crossings as cancelled.
      """
    When I break the article into claims
    Then "A spokesperson" is reported as saying "the union had counted delayed crossings as cancelled"
    And the claim is a denial
    And "Ferry Union" is reported as saying "more than 300 crossings were cancelled"
    And the claim is disputed by "spokesperson"

  Scenario: "But X said people were telling a different story" answers the claim just before
    Given the article:
      """
      "Every school is getting more money per pupil than it did two years ago," the minister, Rachel Osei, said.

      But Daniel Frost, the union's general secretary, said head teachers were telling a different story.
      """
    When I break the article into claims
    Then "Daniel Frost" is reported as saying "head teachers were telling a different story"
    And the claim is a denial
    And "Rachel Osei" is reported as saying "Every school is getting more money per pupil"
    And the claim is disputed by "Frost"

  Scenario: A quotation after "X stands by the research" answers the attack on it
    Given the article:
      """
      "These numbers are made up," the health secretary, Daniel Reyes, said.

      Care Watch's director, Helen Marsh, stands by the research. "We have checked every line," she says.
      """
    When I break the article into claims
    Then "Helen Marsh" is reported as saying "We have checked every line"
    And the claim is a denial

  Scenario: Where a chairman dismissed the story is not part of what he denied
    Given the article:
      """
      Two newspapers reported that the club had agreed a fee for its striker.

      The club's chairman, Ray Booth, dismissed the story as "fantasy" in a radio interview.
      """
    When I break the article into claims
    Then "Ray Booth" is reported as saying "the story as"
    And the claim is a denial
    And no claim contains "radio interview"

  Scenario: A chairman dismissing "the story" answers the reports his club denied, not the claim just before
    Given the article:
      """
      Harbour United denied reports that they had agreed a fee for the striker.

      The striker's agent said her client was happy at the club.

      The club's chairman, Ray Booth, dismissed the story as "fantasy".
      """
    When I break the article into claims
    Then "reports" is reported as saying "they had agreed a fee for the striker"
    And the claim is disputed by "Ray Booth"
    And "The striker's agent" is reported as saying "her client was happy at the club"
    And the claim is not disputed

  Scenario: After "The figure was quickly challenged", the next party's claim is the challenge
    Given the article:
      """
      The education minister, Rachel Osei, told parliament that school budgets had risen by 8 per cent since 2022.

      The figure was quickly challenged. The teachers' union said spending per pupil had in fact fallen.
      """
    When I break the article into claims
    Then "The teachers' union" is reported as saying "spending per pupil had in fact fallen"
    And the claim is a denial
    And "Rachel Osei" is reported as saying "school budgets had risen by 8 per cent"
    And the claim is disputed by "union"

  Scenario: The player an agent spoke for, telling a different story himself, disputes the agent
    Given the article:
      """
      Pavel Novak's agent, Ines Moreau, insisted her client was settled in Lyon and had never asked to leave. However, Novak himself told a radio station in May that he wanted a fresh start abroad.
      """
    When I break the article into claims
    Then "Ines Moreau" is reported as saying "her client was settled in Lyon and had never asked to leave"
    And the claim is disputed by "Novak himself"

  Scenario: A union's officer giving its own figures after it disputes management's makes the union's denial
    Given the article:
      """
      The chief executive, Mara Quill, said the pay offer was worth 6 per cent. The harbour union disputed management's figures. Its regional officer, Tom Vey, said the offer amounted to 3 per cent once overtime cuts were counted.
      """
    When I break the article into claims
    Then "Tom Vey" is reported as saying "the offer amounted to 3 per cent once overtime cuts were counted"
    And the claim is a denial

  Scenario: A maker rejecting an engineer's analysis disputes what the engineer found
    Given the article:
      """
      An engineer who examined the hinge, Anna Brant, said the locking pin wore out within months. The maker rejected her analysis as "guesswork".
      """
    When I break the article into claims
    Then "Anna Brant" is reported as saying "the locking pin wore out within months"
    And the claim is disputed by "The maker"

  Scenario: A federation rejecting an athlete's account disputes everything she told
    Given the article:
      """
      Lena Vogt insisted the sample was clean and said it must have been spoiled at the laboratory.

      The federation rejected the athlete's account.
      """
    When I break the article into claims
    Then "Lena Vogt" is reported as saying "the sample was clean"
    And the claim is disputed by "The federation"
    And "Lena Vogt" is reported as saying "it must have been spoiled at the laboratory"
    And the claim is disputed by "The federation"
