Feature: Break an article down into who said what
  As a journalist checking a story before it goes out
  I want every attributable claim with its speaker, its kind and its place in the text
  So that I can put each claim to the person or body it came from

  # Quote position

  Scenario: A quote that comes before the attribution
    Given the article:
      """
      "The reservoir is at its lowest level in forty years," said Ingrid Okafor of the Estavian Water Board.
      """
    When I break the article into claims
    Then "Ingrid Okafor" is reported as saying "The reservoir is at its lowest level in forty years"
    And the claim is a direct quote
    And the speaker is named
    And the quoted words are "The reservoir is at its lowest level in forty years"
    And the reported words leave out "said"
    And the claim's span points at its words

  Scenario: A quote that comes after the attribution
    Given the article:
      """
      Tomas Ferreira, the mayor of Velmont, said on Monday: "We will not close a single library this year."
      """
    When I break the article into claims
    Then "Tomas Ferreira" is reported as saying "We will not close a single library this year"
    And the claim is a direct quote
    And the reported words leave out "Ferreira"
    And the claim's span points at its words

  Scenario: A quote split around the attribution
    Given the article:
      """
      "The budget is balanced," Helena Marsh said, "and it will stay balanced until 2028."
      """
    When I break the article into claims
    Then "Helena Marsh" is reported as saying "The budget is balanced"
    And the claim is a direct quote
    And the reported words leave out "Helena Marsh said"
    And "Helena Marsh" is reported as saying "it will stay balanced until 2028"
    And the reported words leave out "Helena Marsh said"

  # Reported speech

  Scenario Outline: Reported speech with or without "that"
    Given the article:
      """
      <sentence>
      """
    When I break the article into claims
    Then "Oskar Bellamy" is reported as saying "inflation would fall below 3% by December"
    And the claim is reported speech
    And the reported words leave out "<cue>"
    And the claim's span points at its words

    Examples:
      | sentence                                                                              | cue          |
      | Oskar Bellamy said that inflation would fall below 3% by December.                    | said that    |
      | Oskar Bellamy said inflation would fall below 3% by December.                         | Bellamy said |
      | Oskar Bellamy said on Tuesday that inflation would fall below 3% by December.         | on Tuesday   |
      | Prices are cooling and inflation would fall below 3% by December, Oskar Bellamy said. | Bellamy said |

  Scenario: Reported speech with a quoted fragment
    Given the article:
      """
      Oskar Bellamy said the new fuel tax was "a fair price for cleaner air" and would raise 40 million crowns a year.
      """
    When I break the article into claims
    Then "Oskar Bellamy" is reported as saying "the new fuel tax was"
    And the claim is a partial quote
    And the quoted words are "a fair price for cleaner air"
    And the reported words leave out "Bellamy said"
    And the claim's span points at its words

  # Reporting verbs and punctuation

  Scenario Outline: Reporting verbs beyond "said"
    Given the article:
      """
      <sentence>
      """
    When I break the article into claims
    Then "<speaker>" is reported as saying "<words>"
    And the reporting cue is "<cue>"
    And the reported words leave out "<cue>"
    And the claim's span points at its words

    Examples:
      | sentence                                                                                     | speaker           | words                                            | cue          |
      | Ingrid Okafor told the council that the pipes under Market Street were a century old.        | Ingrid Okafor     | the pipes under Market Street were a century old | told         |
      | "The audit found nothing unusual," Ingrid Okafor added.                                      | Ingrid Okafor     | The audit found nothing unusual                  | added        |
      | Rafael Quintero wrote in a letter to shareholders that profits had doubled.                  | Rafael Quintero   | profits had doubled                              | wrote        |
      | According to Rafael Quintero, the bottling plant will reopen in March.                       | Rafael Quintero   | the bottling plant will reopen in March          | according to |
      | The bottling plant will reopen in March, according to Rafael Quintero.                       | Rafael Quintero   | bottling plant will reopen in March              | according to |
      | Priya Ramanathan warned that the hospital could run out of beds by winter.                   | Priya Ramanathan  | the hospital could run out of beds by winter     | warned       |
      | Priya Ramanathan insisted the ward closures had nothing to do with money.                    | Priya Ramanathan  | the ward closures had nothing to do with money   | insisted     |
      | Daniel Achterberg denied that he had met the contractor before the tender.                   | Daniel Achterberg | he had met the contractor before the tender      | denied       |
      | Priya Ramanathan complained about the delays, saying the builders had missed every deadline. | Priya Ramanathan  | the builders had missed every deadline           | saying       |

  Scenario Outline: Attribution by a colon or a dash
    Given the article:
      """
      <sentence>
      """
    When I break the article into claims
    Then "Lena Vogt" is reported as saying "every ferry will run on time this summer"
    And the reported words leave out "Vogt"
    And the claim's span points at its words

    Examples:
      | sentence                                                                             |
      | Harbour master Lena Vogt: "I promise you every ferry will run on time this summer."  |
      | "I promise you every ferry will run on time this summer" - harbour master Lena Vogt. |
      | "I promise you every ferry will run on time this summer" — harbour master Lena Vogt. |

  Scenario Outline: Each claim says which construction it was read from
    Given the article:
      """
      <sentence>
      """
    When I break the article into claims
    Then "Lena Vogt" is reported as saying "<words>"
    And the claim was read by the rule "<rule>"

    Examples:
      | sentence                                                                  | words                                       | rule                 |
      | "The pier will reopen in May," said Lena Vogt.                            | The pier will reopen in May                 | quote-said-speaker   |
      | Lena Vogt said the pier would reopen in May.                              | the pier would reopen in May                | speaker-said-that    |
      | The pier will reopen in May, according to Lena Vogt.                      | pier will reopen in May                     | content-according-to |
      | Lena Vogt closed the pier, saying the storm had damaged its supports.     | the storm had damaged its supports          | speaker-saying       |
      | "The pier will reopen in May," Lena Vogt said, "and the ferry in June."   | and the ferry in June                       | split-quote          |

  # Quote marks

  Scenario: A quote that runs over several paragraphs
    Given the article:
      """
      "We have rebuilt the harbour wall twice in ten years," Lena Vogt told the council. "Each time the sea took it back within a winter.

      "This time we are building it higher, and if the council will not pay for it, the fishing families will have to.

      "They cannot wait another season."

      The council meets again on Thursday.
      """
    When I break the article into claims
    Then "Lena Vogt" is reported as saying "Each time the sea took it back within a winter"
    And the claim is a direct quote
    And "Lena Vogt" is reported as saying "the fishing families will have to"
    And the claim is a direct quote
    And "Lena Vogt" is reported as saying "They cannot wait another season"
    And nobody is reported as saying "The council meets again on Thursday"

  Scenario Outline: Straight and curly quote marks
    Given the article:
      """
      <sentence>
      """
    When I break the article into claims
    Then "Mara Lindqvist" is reported as saying "The tram line will open in June"
    And the claim is a direct quote
    And the quoted words are "The tram line will open in June"

    Examples:
      | sentence                                                |
      | "The tram line will open in June," said Mara Lindqvist. |
      | “The tram line will open in June,” said Mara Lindqvist. |
      | Mara Lindqvist said: “The tram line will open in June.” |

  Scenario Outline: Single quotes nested inside a quote
    Given the article:
      """
      <sentence>
      """
    When I break the article into claims
    Then "Daniel Achterberg" is reported as saying "<words>"
    And the claim is a direct quote
    And the reported words leave out "councillor"

    Examples:
      | sentence                                                                                                       | words                               |
      | "When the inspector told me 'the bridge is safe', I believed him," said Daniel Achterberg, a local councillor. | the bridge is safe', I believed him |
      | “When the inspector told me ‘the bridge is safe’, I believed him,” said Daniel Achterberg, a local councillor. | the bridge is safe’, I believed him |

  Scenario: A quote paragraph with no attribution continues the previous speaker
    Given the article:
      """
      "Our nurses are exhausted," said Priya Ramanathan, who runs the emergency department at St Brennan's Hospital.

      "We have had three winters in a row without a proper break, and the rota simply does not add up."
      """
    When I break the article into claims
    Then "Priya Ramanathan" is reported as saying "three winters in a row without a proper break"
    And the claim is a direct quote

  # Who is speaking

  Scenario: A speaker introduced with an organisation and a description
    Given the article:
      """
      "Investors are nervous about the autumn election," said Karin Holt of Northgate Insight, an energy policy advisory.
      """
    When I break the article into claims
    Then "Karin Holt" is reported as saying "Investors are nervous about the autumn election"
    And the speaker's affiliation mentions "Northgate Insight"
    And the reported words leave out "Northgate"

  Scenario: A speaker introduced with a title, quoted later by surname
    Given the article:
      """
      Estavian Treasury Secretary Paul Renner said the deficit had narrowed to 2.1% of national output.

      Renner said the government would publish its spending review in October.
      """
    When I break the article into claims
    Then "Paul Renner" is reported as saying "the deficit had narrowed to 2.1% of national output"
    And the speaker's title mentions "Treasury Secretary"
    And the reported words leave out "Treasury Secretary"
    And "Paul Renner" is reported as saying "the government would publish its spending review in October"
    And the speaker is mentioned as "Renner"

  Scenario: A role mentioned later is the person named earlier
    Given the article:
      """
      Prime Minister Alma Kovacs of Valdoria flew to the northern border on Tuesday to meet farmers angry about a new grain levy.

      Agriculture Minister Jonas Brandt stayed in the capital, where protesters blocked the main road for two hours.

      The country's prime minister later told the farmers that the levy would be cut by half before the harvest.
      """
    When I break the article into claims
    Then "Alma Kovacs" is reported as saying "the levy would be cut by half before the harvest"
    And the speaker is mentioned as "prime minister"
    And the claim is reported speech

  Scenario: A pronoun refers back to a speaker named paragraphs earlier
    Given the article:
      """
      Health Minister Lucia Moreno opened the new clinic in Barrow on Friday.

      "This building will serve forty thousand people," she said.

      The clinic cost 12 million crowns, most of it from a regional development fund.

      She added that two more clinics would open in the valley next year.
      """
    When I break the article into claims
    Then "Lucia Moreno" is reported as saying "This building will serve forty thousand people"
    And the speaker is identified by a pronoun
    And the speaker is mentioned as "she"
    And "Lucia Moreno" is reported as saying "two more clinics would open in the valley next year"
    And the speaker is identified by a pronoun
    And the reported words leave out "added"

  Scenario: "He added" refers to the person, not to the body quoted in between
    Given the article:
      """
      Union leader Bruno Castell said the transport strike would go ahead on Monday.

      The transport ministry said in a statement that talks had broken down.

      Buses will not run in the capital for at least two days, he added.
      """
    When I break the article into claims
    Then "Bruno Castell" is reported as saying "Buses will not run in the capital for at least two days"
    And the speaker is identified by a pronoun
    And the speaker is mentioned as "he"

  Scenario Outline: Governments and institutions as speakers
    Given the article:
      """
      <sentence>
      """
    When I break the article into claims
    Then the article has a claim reading "<words>"
    And the speaker is an organisation
    And the speaker is mentioned as "<speaker>"
    And the claim's span points at its words

    Examples:
      | sentence                                                                     | words                                       | speaker        |
      | Canberra said on Thursday that it would not renew the fishing treaty.        | it would not renew the fishing treaty       | Canberra       |
      | The administration has said the new rules will cut emissions by a fifth.     | the new rules will cut emissions by a fifth | administration |
      | The health ministry said in a statement that the outbreak was under control. | the outbreak was under control              | ministry       |

  Scenario Outline: Anonymous sources
    Given the article:
      """
      <sentence>
      """
    When I break the article into claims
    Then the article has a claim reading "<words>"
    And the speaker is an anonymous source
    And the speaker is mentioned as "<speaker>"
    And the claim's span points at its words

    Examples:
      | sentence                                                                                      | words                                               | speaker                     |
      | The central bank will raise rates next week, according to sources familiar with its thinking. | The central bank will raise rates next week         | sources familiar with       |
      | A person briefed on the talks said the two sides were close to a deal.                        | the two sides were close to a deal                  | person briefed on the talks |
      | Officials said the border crossing at Lanek would reopen on Monday.                           | the border crossing at Lanek would reopen on Monday | Officials                   |

  # Claims inside claims, and disputes

  Scenario: A claim reported inside another claim
    Given the article:
      """
      Trade Minister Jonas Brandt said Nadia Serrano had said the border would stay open to lorries.
      """
    When I break the article into claims
    Then "Jonas Brandt" is reported as saying "Nadia Serrano had said the border would stay open"
    And "Nadia Serrano" is reported as saying "the border would stay open to lorries"
    And the claim is reported within the claim by "Jonas Brandt"

  Scenario: A figure that someone disputes
    Given the article:
      """
      Alma Kovacs criticised Estavia on Monday for what she said was a 300% duty on Valdorian cheese, a figure the Estavian government disputes.

      Kovacs said separately that the ferry link would be ready by spring.
      """
    When I break the article into claims
    Then "Alma Kovacs" is reported as saying "300% duty on Valdorian cheese"
    And the claim is disputed by "Estavian government"
    And the reported words leave out "a figure"
    And "Alma Kovacs" is reported as saying "the ferry link would be ready by spring"
    And the claim is not disputed

  Scenario: A denial later in the article disputes an earlier claim
    Given the article:
      """
      The administration has said Valdoria subsidises its steel makers to undercut foreign rivals.

      Steel prices fell 4% in the first quarter.

      Valdoria denies it subsidises its steel makers.
      """
    When I break the article into claims
    Then the article has a claim reading "Valdoria subsidises its steel makers to undercut foreign rivals"
    And the claim is disputed by "Valdoria"
    And the article has a claim reading "it subsidises its steel makers"
    And the claim is a denial
    And the speaker is mentioned as "Valdoria"

  # What is not a claim

  Scenario: Scare quotes and quoted titles are not claims
    Given the article:
      """
      The minister's so-called "reform agenda" has stalled in parliament since the spring.

      Critics point to his memoir, "A Life in Service", which sold fewer than 800 copies.
      """
    When I break the article into claims
    Then nobody is reported as saying "reform agenda"
    And nobody is reported as saying "A Life in Service"

  Scenario: The publication's own figures are kept apart from the claims, for checking
    Given the article:
      """
      By Anna Kerr

      Grain exports fell 18% in the first quarter, the steepest drop since 2009.

      The harbour was quiet on Sunday.

      © Northern Wire 2025
      """
    When I break the article into claims
    Then no claim contains "Grain exports fell 18%"
    And the publication's own statements are "Grain exports fell 18% in the first quarter, the steepest drop since 2009"
    And "Northern Wire" makes the publication's own statements

  Scenario: Headline, photo caption, byline and publisher are not claims
    Given the article:
      """
      Valdoria says grain levy will be halved after border protests

      Agriculture Minister Jonas Brandt speaks to farmers in Sorel on Tuesday.

      By Anna Kerr and Samuel Obi

      Jonas Brandt said the cut would take effect on the first of August.

      © Northern Wire 2025
      """
    When I break the article into claims
    Then the byline names "Anna Kerr" and "Samuel Obi"
    And the publisher is "Northern Wire"
    And no claim contains "grain levy will be halved"
    And no claim contains "speaks to farmers"
    And no claim contains "Samuel Obi"
    And no claim contains "Northern Wire"
    And "Jonas Brandt" is reported as saying "the cut would take effect on the first of August"

  Scenario: Declining to comment is not a claim
    Given the article:
      """
      Jonas Brandt declined to comment on the report.

      A spokeswoman for the ministry declined to comment, saying only that the review was continuing.
      """
    When I break the article into claims
    Then "Jonas Brandt" is reported as saying nothing
    And the article has a claim reading "the review was continuing"
    And no claim contains "declined to comment"

  Scenario: Every claim in a longer article points at its own words
    Given the article:
      """
      Velmont Reports

      By Anna Kerr

      "We were promised a bridge," said Teodor Lind, who farms on the east bank. "We got a ferry that breaks down."

      Regional Transport Director Ada Novak said the bridge would be finished by 2027, a date the farmers' union disputes.

      She added: "I understand their frustration. I share it."

      Officials said privately that the budget had already been cut twice, according to a person briefed on the plan.

      © Northern Wire 2025
      """
    When I break the article into claims
    Then the article has at least 4 claims
    And every claim points at its words in the article
    And every speaker is found where the article mentions them
