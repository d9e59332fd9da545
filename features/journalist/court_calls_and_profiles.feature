Feature: Who said what in court filings, earnings calls, profiles, showbiz copy and interpreted interviews
  As a journalist checking copy written in house styles the service has not read before
  I want each claim to hold only what was said, given to the one who said it
  So that the reporter's asides, the things that were posted and the people named later never take the words

  Scenario: A friend named after a role in lower case is who speaks
    Given the article:
      """
      The couple's friend, the presenter Toby Greaves, said he was sad to hear the news. "They will always be a family," he said.
      """
    When I break the article into claims
    Then "Toby Greaves" is reported as saying "he was sad to hear the news"
    And "Toby Greaves" is reported as saying "They will always be a family"

  Scenario: The reporter's summing-up after the reported words is not part of them
    Given the article:
      """
      In 2021 a magazine reported that they had separated, a claim the couple laughed off on breakfast television.
      """
    When I break the article into claims
    Then the article has a claim reading "they had separated"
    And the reported words leave out "a claim the couple laughed off"

  Scenario: A company that cut its forecast speaks through the participle after it
    Given the article:
      """
      Halvorsen Foods lowered its full-year profit forecast on Tuesday, saying shoppers were buying cheaper meals.
      """
    When I break the article into claims
    Then "Halvorsen Foods" is reported as saying "shoppers were buying cheaper meals"

  Scenario: What a speaker adds after a video they posted is theirs, not the video's
    Given the article:
      """
      Tom Reyes criticised the plan in a video posted on Sunday, adding that the repairs would start too late.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "the repairs would start too late"

  Scenario: A figure's source does not take the words of the speaker after it
    Given the article:
      """
      Asked about the economy, which shrank by 3% last year according to the statistics office, Dragov said through an interpreter that sanctions had hurt ordinary people.
      """
    When I break the article into claims
    Then "the statistics office" is reported as saying "which shrank by 3% last year"
    And the reported words leave out "sanctions"
    And "Dragov" is reported as saying "sanctions had hurt ordinary people"

  Scenario: What a report found ends where the sentence goes on about the report
    Given the article:
      """
      A report that found the pier was unsafe was published on Monday.
      """
    When I break the article into claims
    Then "A report" is reported as saying "the pier was unsafe"
    And the reported words leave out "published"

  Scenario: A title with "for" in it stays out of the speaker's name
    Given the article:
      """
      Commissioner For Human Rights Jane Roe said the camps were overcrowded. Minister for Health Ann Kelly said the beds were ready.
      """
    When I break the article into claims
    Then "Jane Roe" is reported as saying "the camps were overcrowded"
    And "Ann Kelly" is reported as saying "the beds were ready"

  Scenario: A first name after a relation is whom "he" and "she" mean in a profile
    Given the article:
      """
      Elena Ruiz, 54, runs the shop. Her father, Tomás, opened it in 1971. He insisted that she learn every step.

      Ruiz's daughter, Lucía, trained as an architect. She says she has not decided whether to take it over.
      """
    When I break the article into claims
    Then "Tomás" is reported as saying "she learn every step"
    And "Lucía" is reported as saying "she has not decided whether to take it over"
