Feature: Who said what in court sketches, tribunal reports, live blogs, podcast write-ups and state politics pages
  As a journalist checking copy from hearings, live blogs, podcasts and regional politics pages
  I want what a witness granted, what a barrister put, and what a paper or a group said found with the right speaker
  So that a tribunal, a time stamp or a figure is never read as part of who spoke or of what they said

  Scenario: A tribunal or inquiry that was told is the listener, not the start of what was said
    Given the article:
      """
      A nurse told an employment tribunal in Cardiff she had been bullied by her ward manager.

      The farmer told a public inquiry last week the road would flood every winter.
      """
    When I break the article into claims
    Then "A nurse" is reported as saying "she had been bullied by her ward manager"
    And the reported words leave out "tribunal"
    And "The farmer" is reported as saying "the road would flood every winter"
    And the reported words leave out "inquiry"

  Scenario: What a barrister put to a witness, and what the witness granted, are claims
    Given the article:
      """
      The council's barrister, Ian Moss, put it to Mr Hale that he had known about the cracks since 2019.

      Under cross-examination, Ms Ruth Ellery agreed that two inspections had been missed. She accepted that the report had been late.
      """
    When I break the article into claims
    Then "Ian Moss" is reported as saying "he had known about the cracks since 2019"
    And "Ruth Ellery" is reported as saying "two inspections had been missed"
    And "Ruth Ellery" is reported as saying "the report had been late"

  Scenario: A live blog's time stamp is neither the speaker nor the words
    Given the article:
      """
      Count night in Harlow North

      00:31 Police at the count say they have received no complaints.

      01:20 Turnout was 58 per cent, the council says.
      """
    When I break the article into claims
    Then "Police at the count" is reported as saying "they have received no complaints"
    And "the council" is reported as saying "Turnout was 58 per cent"
    And the reported words leave out "01:20"

  Scenario: A name set off by commas after a description says nothing of the description
    Given the article:
      """
      A residents' group, the Harbour Watch Forum, has called on the port to publish its accounts.

      Dana Pryor worked at the port shop for six years. She told the hearing on Monday that her supervisor, Alan Reyes, had shouted at her in front of customers.
      """
    When I break the article into claims
    Then "Harbour Watch Forum" is reported as saying "the port to publish its accounts"
    And nobody is reported as saying "A residents' group"
    And "Dana Pryor" is reported as saying "her supervisor, Alan Reyes, had shouted at her in front of customers"
    And "Alan Reyes" is reported as saying nothing

  Scenario: A paper that reported a finding, and a laboratory named with where it is, are speakers
    Given the article:
      """
      The journal has retracted a 2021 paper which reported that the vaccine halved hospital stays.

      The second laboratory, at the Rowan Institute, said it had never been sent the raw data.

      The opposition chairman, who told a rally that more than 3,000 families had been left out, called for an inquiry.
      """
    When I break the article into claims
    Then "a 2021 paper" is reported as saying "the vaccine halved hospital stays"
    And "The second laboratory" is reported as saying "it had never been sent the raw data"
    And "opposition chairman" is reported as saying "more than 3,000 families had been left out"

  Scenario: A scene described is no claim, a judgement described is
    Given the article:
      """
      Residents described long queues at the only petrol station.

      The mayor described the closure as "a disgrace".

      It is widely reported that the mine will close.
      """
    When I break the article into claims
    Then nobody is reported as saying "long queues"
    And "The mayor" is reported as saying "the closure as"
    And nobody is reported as saying "the mine will close"

  Scenario: A decision a council or both sides agreed is no claim, while a point one witness granted is
    Given the article:
      """
      Both leaders agreed that talks would resume next week. The council agreed that the road would close.

      Under cross-examination, Mr Hale accepted that the survey was late and apologised to the court.
      """
    When I break the article into claims
    Then nobody is reported as saying "talks would resume next week"
    And nobody is reported as saying "the road would close"
    And "Hale" is reported as saying "the survey was late"

  Scenario: A figure opening a paragraph outside a live blog stays in the words, and a place spoken in is no speaker
    Given the article:
      """
      22.15 Kilometres of road were closed, officials said.

      Speaking to reporters in Leeds, the mayor said the road would reopen.
      """
    When I break the article into claims
    Then "officials" is reported as saying "22.15 Kilometres of road were closed"
    And "the mayor" is reported as saying "the road would reopen"
    And "Leeds" is reported as saying nothing
