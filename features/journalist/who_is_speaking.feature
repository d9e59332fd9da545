Feature: The right speaker, however the sentence names them
  As a journalist checking copy from desks and publishers the extractor has never seen
  I want each claim given to the person or group the sentence says is speaking
  So that a clause about someone else never puts words in their mouth

  Scenario: A participle after a clause of its own speaks for that clause's subject
    Given the article:
      """
      The vote split the council, with Cllr Ruth Aldred saying the budget was reckless.

      Turnout was low, with 40 per cent of voters saying they had never heard of the election.

      It was a tense evening at the town hall, but the treasurer, Mr Sam Okafor, stayed calm, insisting the figures were correct.
      """
    When I break the article into claims
    Then "Ruth Aldred" is reported as saying "the budget was reckless"
    And the article has a claim reading "they had never heard of the election"
    And the speaker is mentioned as "40 per cent of voters"
    And "Sam Okafor" is reported as saying "the figures were correct"

  Scenario: A clause or comment about the speaker never hands the claim to someone inside it
    Given the article:
      """
      The striker, who joined from Hartley Town in May, said the dressing room was united.

      Shopkeepers who spoke to the Evening Gazette said trade had fallen by half since the bypass opened.

      Residents interviewed by the council said the noise from the quarry was unbearable.

      Those surveyed say the parking charges are unfair.

      "We will appeal the ruling," said a lawyer who represents the Dunmore families.
      """
    When I break the article into claims
    Then the article has a claim reading "the dressing room was united"
    And the speaker is mentioned as "The striker"
    And the article has a claim reading "trade had fallen by half since the bypass opened"
    And the speaker is mentioned as "Shopkeepers"
    And the article has a claim reading "the noise from the quarry was unbearable"
    And the speaker is mentioned as "Residents"
    And the article has a claim reading "the parking charges are unfair"
    And the speaker is an anonymous source
    And the article has a claim reading "We will appeal the ruling"
    And the speaker is mentioned as "a lawyer"
    And "Evening Gazette" is reported as saying nothing
    And "Hartley Town" is reported as saying nothing

  Scenario: A quotation introduced by a colon belongs to the subject of the sentence before the colon
    Given the article:
      """
      "The harbour wall is perfectly safe," said the port manager, Ms Ada Cole.

      The fishermen's leader, Tom Reyes, had a blunt reply: "That wall is crumbling and everyone on this quay knows it."
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "That wall is crumbling and everyone on this quay knows it."
    And the claim is a direct quote
    And "Ada Cole" is reported as saying nothing about "crumbling"

  Scenario: The share of voters in a poll speaks through the poll
    Given the article:
      """
      In a Westbury Echo survey released on Monday, 51 per cent of respondents said the pier should close.
      """
    When I break the article into claims
    Then "a Westbury Echo survey" is reported as saying "the pier should close"
    And the speaker is mentioned as "51 per cent of respondents"
    And the speaker is an anonymous source

  Scenario: A description refers back to the person or company it was given to
    Given the article:
      """
      Ruth Okonjo, the Labour candidate, toured the Fenwick plant with Dale Marsh, the mayor of Hartley, on Monday.

      The candidate said the plant would stay open.

      Brightwell Foods Ltd, the Derby baker, reported a loss on Tuesday. The baker said flour prices had doubled.
      """
    When I break the article into claims
    Then "Ruth Okonjo" is reported as saying "the plant would stay open"
    And the speaker is mentioned as "The candidate"
    And "Brightwell Foods Ltd" is reported as saying "flour prices had doubled"
    And the speaker is an organisation

  Scenario: An unnamed group or a share of people is the speaker when it opens the clause
    Given the article:
      """
      The ferry company raised fares again on Monday.

      Some say the new timetable is a shambles. About four in 10 say they will drive instead.

      The fares will rise again next year, investigators said.

      Ms Hale, the harbour master, did say she would back a lower toll.
      """
    When I break the article into claims
    Then the article has a claim reading "the new timetable is a shambles"
    And the speaker is mentioned as "Some"
    And the speaker is an anonymous source
    And the article has a claim reading "they will drive instead"
    And the speaker is mentioned as "About four in 10"
    And the article has a claim reading "The fares will rise again next year"
    And the speaker is mentioned as "investigators"
    And "Hale" is reported as saying "she would back a lower toll"

  Scenario: People who share a surname are told apart by first name and title
    Given the article:
      """
      Omar Reyes, the harbour master, opened the new quay on Monday. His sister, Lucia Reyes, runs the ferry company.

      Mr. Reyes said the quay had cost less than planned.

      Lucia Reyes added that fares would not rise.
      """
    When I break the article into claims
    Then "Omar Reyes" is reported as saying "the quay had cost less than planned"
    And "Lucia Reyes" is reported as saying "fares would not rise"
    And "Omar Reyes" is reported as saying nothing about "fares"

  Scenario: A place and the day after it are never a person that "he" or "she" refers to
    Given the article:
      """
      Dale Marsh won the seat on Monday.

      His rival campaigned in North Dakota Tuesday. He said the count was fair.
      """
    When I break the article into claims
    Then "Dale Marsh" is reported as saying "the count was fair"
    And "North Dakota Tuesday" is reported as saying nothing

  Scenario: A participle that opens the sentence belongs to the subject after its comma
    Given the article:
      """
      Since announcing in May that he would stand down, Tom Reed has kept a low profile.

      The departments declined to release the files, saying they could not discuss the case.
      """
    When I break the article into claims
    Then "Tom Reed" is reported as saying "he would stand down"
    And the article has a claim reading "they could not discuss the case"
    And the speaker is mentioned as "The departments"

  Scenario: A comment after a dash is no speaker of the quotation inside the clause before it
    Given the article:
      """
      The mayor dismissed the plan as a "toy railway" — a jibe at the council.

      "Every ferry will run on time this summer" — harbour master Lena Vogt.
      """
    When I break the article into claims
    Then "Lena Vogt" is reported as saying "Every ferry will run on time this summer"
    And "a jibe at the council" is reported as saying nothing

  Scenario: A gerund after "about" or "of" belongs to the words right before it
    Given the article:
      """
      The host will ask Ada Novak about the mayor calling the ferry plan a sham.
      """
    When I break the article into claims
    Then the article has a claim reading "the ferry plan a sham"
    And the speaker is mentioned as "the mayor"
    And "Ada Novak" is reported as saying nothing

  Scenario: Those who deny and those who accuse are named as the article names them
    Given the article:
      """
      The Republic of Ruritania denies that the election was rigged.

      Mayor Tom Lutz said the bridge was safe. But prosecutors said the inspections had been faked.

      Observers from the former Soviet Republic said they saw nothing wrong.
      """
    When I break the article into claims
    Then "Republic of Ruritania" is reported as saying "the election was rigged"
    And the claim is a denial
    And "prosecutors" is reported as saying "the inspections had been faked"
    And the speaker is an anonymous source

  Scenario: A live blog's bylines and headings run together are nobody's name
    Given the article:
      """
      Lena Vogt Hints Tom Reyes Is Next

      8:50 PM Ann LeeFlagShareLikeReplyPaige Lavender

      Lena Vogt said the pier would reopen in May. Tom Reyes said it would not.
      """
    When I break the article into claims
    Then "Lena Vogt" is reported as saying "the pier would reopen in May"
    And "Tom Reyes" is reported as saying "it would not"

  Scenario: Reports that reveal something are the source of what they reveal
    Given the article:
      """
      Mayor Ann Lee said the council had "full transparency" over its budget, but several reports reveal that's untrue.

      Multiple reports reveal that the council borrowed twice.
      """
    When I break the article into claims
    Then "several reports" is reported as saying "that's untrue"
    And the claim is a denial
    And "Multiple reports" is reported as saying "the council borrowed twice"

  Scenario: "He" or "she" is the person the sentence before was about
    Given the article:
      """
      Budget row deepens

      Speaking on radio Monday, Mayor Tom Lutz refrained from attacking his rivals, particularly Govs. Bo Crane and Tim Ray, who say the budget is too small.

      He dismissed criticism of the plan, saying it was "the best budget in a decade."

      The judges wanted to move on, but Governor Bo Crane wasn't having it.

      "That is simply false," he said.
      """
    When I break the article into claims
    Then "Tim Ray" is reported as saying "the budget is too small"
    And "Tom Lutz" is reported as saying "the best budget in a decade"
    And the speaker is identified by a pronoun
    And "Bo Crane" is reported as saying "That is simply false"

  Scenario: Refusing to grant the critics' point denies it, and the critics are who warned
    Given the article:
      """
      Senator Bernie Hale defended his call for a higher minimum wage. And he refused, generally, to concede that critics had a point in warning that shops might hire fewer workers.
      """
    When I break the article into claims
    Then "critics" is reported as saying "shops might hire fewer workers"
    And the speaker is an anonymous source
    And "Bernie Hale" is reported as saying "critics had a point in warning that shops might hire fewer workers"
    And the claim is a denial

  Scenario: A name inside an appositive is not the speaker, even with an adverb before the verb
    Given the article:
      """
      Ruth Hart, mother of the trawlerman Paul Hart, forcefully rejected the coastguard's account.
      """
    When I break the article into claims
    Then "Ruth Hart" is reported as saying "the coastguard's account"

  Scenario: A surname alone is the namesake who has spoken, not a relative only mentioned
    Given the article:
      """
      The trawlerman Paul Hart drowned in March.

      Ruth Hart, his mother, said the boat had no working radio.

      "Nobody from the coastguard ever called us back," Hart said.
      """
    When I break the article into claims
    Then "Ruth Hart" is reported as saying "Nobody from the coastguard ever called us back"

  Scenario: People described in a relative clause are named by the words that describe them
    Given the article:
      """
      The mayor's speech echoed some harbour campaigners who have argued that the ferries should be free.
      """
    When I break the article into claims
    Then "some harbour campaigners" is reported as saying "the ferries should be free"

  Scenario: Praise or blame that quotes the words is a claim; praise without them is not
    Given the article:
      """
      At the hustings, Cllr Ruth Aldred blasted the council for its "reckless" parking plan.

      The mayor praised the volunteers who cleared the beach on Sunday.

      Mr Sam Okafor hailed the ferry deal as "the best day for the harbour in fifty years".
      """
    When I break the article into claims
    Then "Ruth Aldred" is reported as saying "reckless"
    And "Sam Okafor" is reported as saying "the best day for the harbour in fifty years"
    And nobody is reported as saying "the volunteers who cleared the beach"

  Scenario: "As the speaker said" and "led the speaker to say" give the words to the speaker
    Given the article:
      """
      The ferry will not run this winter, as Cllr Ruth Aldred noted in the Evening Gazette.

      The vote prompted Mr Sam Okafor to say that the council had betrayed the islanders.

      The pier will close, as residents responded to the new tolls.
      """
    When I break the article into claims
    Then "Ruth Aldred" is reported as saying "The ferry will not run this winter"
    And "Sam Okafor" is reported as saying "the council had betrayed the islanders"
    And nobody is reported as saying "The pier will close"

  Scenario: "As she put it" gives the quotation to her, not to "it"
    Given the article:
      """
      As Professor Marsh put it: "The new stand will change the club."
      """
    When I break the article into claims
    Then "Marsh" is reported as saying "The new stand will change the club."
    And "it" is reported as saying nothing

  Scenario: Readers' quotations listed one a line, each signed after a dash
    Given the article:
      """
      What readers told us

      We asked readers what they thought of the new ferry timetable.

      “The early boat is gone. Nobody asked the people who work on the mainland.”― Pamela Hale
      “We want the old timetable back.” ― Tom Reyes.

      The council will meet on Monday, Lena Vogt said.
      """
    When I break the article into claims
    Then "Pamela Hale" is reported as saying "Nobody asked the people who work on the mainland."
    And "Tom Reyes" is reported as saying "We want the old timetable back."
    And "Pamela Hale" is reported as saying nothing about "old timetable"
