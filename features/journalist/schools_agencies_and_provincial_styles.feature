Feature: Who said what in school stories, aid agency reports, analyst notes and provincial politics
  As a journalist checking a school story that names pupils and parents by first name, a UN agency's report,
  a markets story built on analysts' notes and a provincial legislature story
  I want every "he" and "she" traced to the child or parent the story just named, and every body known by its initials
  So that a pupil's words are not shown as a classmate's, and no agency's words go unclaimed

  Scenario: A "she" after a parent named by first name alone is that parent
    Given the article:
      """
      Another mother, Priya, said her daughter had struggled at her old school. "She knows every teacher by name," she said.
      """
    When I break the article into claims
    Then "Priya" is reported as saying "She knows every teacher by name"

  Scenario: A "he" after a father named by first name alone at the start of a sentence is that father
    Given the article:
      """
      Some parents support the plan. Mark, whose daughter moved to the larger school last year, said the new site had a science lab. "It was the best thing we did," he said.
      """
    When I break the article into claims
    Then "Mark" is reported as saying "It was the best thing we did"

  Scenario: A pupil introduced with a label and an age is the "she" of the quotation after
    Given the article:
      """
      Ten-year-old Oscar said he wanted the councillors to visit the school.

      His classmate Maisie, 9, was more worried about her friends. "I don't want to go on a big bus," she said.
      """
    When I break the article into claims
    Then "Oscar" is reported as saying "he wanted the councillors to visit the school"
    And "Maisie" is reported as saying "I don't want to go on a big bus"

  Scenario: A body known by initials that spell a common word still speaks
    Given the article:
      """
      Cholera cases in the camps have doubled in a month. The WHO said 14 people had died of the disease since January.
      """
    When I break the article into claims
    Then "WHO" is reported as saying "14 people had died of the disease since January"

  Scenario: Whom a speaker told is not what they told them, with or without "that"
    Given the article:
      """
      The singer told her two million followers that the tour was cancelled. Her manager told his staff the venues had been paid.
      """
    When I break the article into claims
    Then "The singer" is reported as saying "the tour was cancelled"
    And "Her manager" is reported as saying "the venues had been paid"
    And nobody is reported as saying "followers that the tour was cancelled"
    And nobody is reported as saying "staff the venues had been paid"

  Scenario: What a video posted online shows is the video's claim
    Given the article:
      """
      A video posted on Sunday showed lorries were being turned back at a checkpoint south of the provincial capital.
      """
    When I break the article into claims
    Then "A video" is reported as saying "lorries were being turned back at a checkpoint"

  Scenario: A courtroom live blog's time stamps are not part of what witnesses said
    Given the article:
      """
      Jury hears from the accused on day four

      10:42 a.m. — The prosecutor, Dana Whitfield, told jurors the defendant lied to police three times.

      10:47 a.m. — "I never touched her," Marcus Bell testified.
      """
    When I break the article into claims
    Then "Dana Whitfield" is reported as saying "the defendant lied to police three times"
    And nobody is reported as saying "jurors the defendant lied"
    And "Marcus Bell" is reported as saying "I never touched her"
    And the claim is a direct quote
