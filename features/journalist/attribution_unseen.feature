Feature: Who said what, right on publishers we have never seen
  As a journalist checking copy from British, wire, broadcast, sports and business desks
  I want the extractor to keep the reporter's words out of quotes and to find the real speaker
  So that I never put a quotation in the wrong mouth

  Scenario: The reporter's words between two quotations are never part of a quote
    Given the article:
      """
      "We are ready," Ms Asha Patel said. The club has lost four of its last five games under the new coach, who joined in the summer. "We will win on Saturday."
      """
    When I break the article into claims
    Then "Asha Patel" is reported as saying "We are ready"
    And the reported words leave out "The club has lost"
    And "Asha Patel" is reported as saying "We will win on Saturday"
    And the claim is a direct quote
    And no claim contains "The club has lost"

  Scenario: Two speakers alternating in one paragraph each keep their own words
    Given the article:
      """
      "The deal is done," said Karl Brenner. "It is nothing of the sort," Mr Ivo Sandoval said. "We signed it last night," Brenner added.
      """
    When I break the article into claims
    Then "Karl Brenner" is reported as saying "The deal is done"
    And "Ivo Sandoval" is reported as saying "It is nothing of the sort"
    And "Karl Brenner" is reported as saying "We signed it last night"

  Scenario: A programme or broadcaster the speaker talks to is a listener, not a speaker
    Given the article:
      """
      Baroness Hale told BBC One's Breakfast with Frost programme: "The court will not be rushed into a decision."

      Mr Joseph Ferry told CNN's State of the Union that the bill would pass.
      """
    When I break the article into claims
    Then "Baroness Hale" is reported as saying "The court will not be rushed into a decision."
    And the claim is a direct quote
    And "Joseph Ferry" is reported as saying "the bill would pass"
    And "Frost" is reported as saying nothing
    And "Union" is reported as saying nothing

  Scenario: "He" is the subject of the last attribution, not a name inside the reported words
    Given the article:
      """
      Mr Alan Ebbs rejected claims he pressured Mr Tom Sull. Mr Sull "made the decisions," he told the court.
      """
    When I break the article into claims
    Then "Alan Ebbs" is reported as saying "Mr Sull"
    And the speaker is identified by a pronoun

  Scenario: Nouns and passive participles are not reporting verbs
    Given the article:
      """
      The tax claim made by ministers was discussed at length. A report by the auditors found 12 errors. People accused of plotting the attack were released on bail.
      """
    When I break the article into claims
    Then "People" is reported as saying nothing
    And no claim contains "discussed at length"
    And no claim contains "plotting the attack"

  Scenario: An inverted attribution with a role takes the person's name
    Given the article:
      """
      Interest rates will rise again in the spring, the central bank said. "We expect inflation to stay above target," said DZ Bank economist Jane Roe.
      """
    When I break the article into claims
    Then "Jane Roe" is reported as saying "We expect inflation to stay above target"
    And the speaker is mentioned as "DZ Bank economist Jane Roe"

  Scenario: A spokesman for a company, named after a comma, is one speaker
    Given the article:
      """
      A spokesman for Fenwick Motors, Dr Peter Hall, said the plant would stay open until 2027.
      """
    When I break the article into claims
    Then "Peter Hall" is reported as saying "the plant would stay open until 2027"
    And the speaker's title mentions "spokesman"

  Scenario: A quotation that lost its closing mark does not swallow the next paragraph
    Given the article:
      """
      Colin Reid said staff were working "flat out to bring the numbers down. He said winter would be difficult.

      "We are short of 300 nurses," Mr Reid told the board meeting.
      """
    When I break the article into claims
    Then "Colin Reid" is reported as saying "We are short of 300 nurses"
    And the claim is a direct quote
    And the reported words leave out "winter"

  Scenario: A quotation opening a paragraph belongs to the speaker named in the next sentence
    Given the article:
      """
      "I just closed my eyes and jumped," said Luis Ortega.

      "We gave away two soft goals and that is on me." United boss Mark Fenwick said after the final whistle.
      """
    When I break the article into claims
    Then "Mark Fenwick" is reported as saying "We gave away two soft goals"
    And "Luis Ortega" is reported as saying nothing about "soft goals"

  Scenario: A quotation split by a long attribution sentence stays one quote
    Given the article:
      """
      "We moved every bus we could," Mrs. Jane Orr said in an interview at the depot on Tuesday. "The rest stayed in the yard."
      """
    When I break the article into claims
    Then "Jane Orr" is reported as saying "We moved every bus we could, … The rest stayed in the yard."
    And the claim was read by the rule "split-quote"
    And the claim is a direct quote

  Scenario: Reported words go on past "but" when the speaker's clause does
    Given the article:
      """
      The chairman, Colin Marsh, said the club was once deep in debt, but is now turning a profit.
      """
    When I break the article into claims
    Then "Colin Marsh" is reported as saying "but is now turning a profit"

  Scenario: Two reported clauses joined by "and that" are one claim
    Given the article:
      """
      Ada Novak said the pier would reopen in May and that mooring fees would not rise.
      """
    When I break the article into claims
    Then "Ada Novak" is reported as saying "the pier would reopen in May … mooring fees would not rise"

  Scenario: A party label after a name is part of the speaker, and a host told is a listener
    Given the article:
      """
      "The budget is a fantasy," said Rep. Dana Whitlow (D-Ore.), a member of the budget committee.

      Senator Marcus Bell told host Priya Rao that the vote would be close.
      """
    When I break the article into claims
    Then "Dana Whitlow" is reported as saying "The budget is a fantasy"
    And the speaker is mentioned as "Rep. Dana Whitlow (D-Ore.)"
    And "Marcus Bell" is reported as saying "the vote would be close"
    And the reported words leave out "Priya Rao"

  Scenario: A platform the speaker posts on is where, not who
    Given the article:
      """
      On Saturday, Ms Carla Dent said on Instagram: "We are not selling the club."

      Mr Liam Tobin posted a Facebook comment that the vote was rigged.
      """
    When I break the article into claims
    Then "Carla Dent" is reported as saying "We are not selling the club."
    And "Instagram" is reported as saying nothing
    And "Facebook" is reported as saying nothing
    And no claim contains "On Saturday"

  Scenario: A second "said" joined by "and" keeps the first speaker
    Given the article:
      """
      The head of the ferry union said the Harbour Board should pay its crews more and said any strike would start on Monday.
      """
    When I break the article into claims
    Then "Harbour Board" is reported as saying nothing
    And no claim contains "said any strike"
    And the article has a claim reading "any strike would start on Monday"
    And the speaker is mentioned as "The head of the ferry union"

  Scenario: The speaker is the person a prepositional phrase describes, not the place in it
    Given the article:
      """
      The head of the water agency in Cumbria said the reservoirs were full.
      """
    When I break the article into claims
    Then "Cumbria" is reported as saying nothing
    And the article has a claim reading "the reservoirs were full"
    And the speaker is mentioned as "The head of the water agency in Cumbria"

  Scenario: A quotation inside the reporter's own sentence does not continue the last speaker
    Given the article:
      """
      "Ferries will run every hour," said Owen Pike.

      Later the minister toured what is left of "the last working dock on this coast" with the mayor.
      """
    When I break the article into claims
    Then "Owen Pike" is reported as saying nothing about "the last working dock"

  Scenario: A closing mark whose opening mark was lost starts no quotation
    Given the article:
      """
      The board will meet again in May, and we will win the vote,” Mr Tobin says.

      “We have the numbers,” Mr Tobin adds.
      """
    When I break the article into claims
    Then "Tobin" is reported as saying "We have the numbers"
    And the claim is a direct quote
    And no claim contains "Mr Tobin says"

  Scenario: News reports that reveal something are the source of what they reveal
    Given the article:
      """
      The ferry company says its boats are safe.

      Local news reports reveal that two engine fires were never reported to the coastguard.
      """
    When I break the article into claims
    Then "Local news reports" is reported as saying "two engine fires were never reported to the coastguard"

  Scenario: A news outlet, a relative with its own speaker and a speaker who goes on speaking are all found
    Given the article:
      """
      The ferry company raised fares on Monday.

      The new timetable will start in June, the Harbour Gazette reported.

      Fares have doubled, which critics say will drive visitors away.

      Ms Ada Novak went on to say that the pier was safe. She's predicting a busy summer for the ferries.

      Nearly a third say they will drive instead.
      """
    When I break the article into claims
    Then the article has a claim reading "The new timetable will start in June"
    And the speaker is mentioned as "the Harbour Gazette"
    And the article has a claim reading "will drive visitors away"
    And the speaker is mentioned as "critics"
    And "Ada Novak" is reported as saying "the pier was safe"
    And "Ada Novak" is reported as saying "a busy summer for the ferries"
    And the article has a claim reading "they will drive instead"
    And the speaker is mentioned as "Nearly a third"

  Scenario: A claim or promise named after its owner is the owner's claim
    Given the article:
      """
      The council met on Monday.

      Councillors welcomed Ms Lena Vogt's promise to reopen the pier by May. The harbour crews doubted her claim that the pier was safe.
      """
    When I break the article into claims
    Then "Lena Vogt" is reported as saying "to reopen the pier by May"
    And "Lena Vogt" is reported as saying "the pier was safe"

  Scenario: The answers of a question-and-answer interview are the interviewee's words, though not in quotation marks
    Given the article:
      """
      Mara Lindqvist runs the tram company. She said the new line would open in June.

      Why did you choose June?

      Because the rails arrive in May and we need four weeks of tests.

      Will you ride it on the first day?

      I will be driving the first tram myself.

      The line cost £90m, according to the council.
      """
    When I break the article into claims
    Then "Mara Lindqvist" is reported as saying "Because the rails arrive in May and we need four weeks of tests."
    And the claim is reported speech
    And "Mara Lindqvist" is reported as saying "I will be driving the first tram myself."
    And "Mara Lindqvist" is reported as saying nothing about "Will you ride it"
    And "Mara Lindqvist" is reported as saying nothing about "The line cost"

  Scenario: What a party says right after rejecting a claim is its denial
    Given the article:
      """
      Mr Tom Reyes said the harbour survey had never been published.

      Cllr Ada Pugh rejected that. The survey, she said, was published in March and sent to every member.
      """
    When I break the article into claims
    Then "Ada Pugh" is reported as saying "was published in March and sent to every member"
    And the claim is a denial
    And "Tom Reyes" is reported as saying "the harbour survey had never been published"
    And the claim is disputed by "Ada Pugh"

  Scenario: "He" after a speaker known only by a role is that role holder
    Given the article:
      """
      Ms Ada Novak, who runs a café in the square, said her cellar had flooded twice.

      The Prime Minister said the government would pay for the repairs. Speaking in Downing Street, he said: "Nobody will be left to pay alone."
      """
    When I break the article into claims
    Then "Prime Minister" is reported as saying "Nobody will be left to pay alone."
    And the speaker is identified by a pronoun

  Scenario: A place named like a person is nobody a pronoun can mean
    Given the article:
      """
      Severe flood warnings are in force for rivers in County Durham.

      "The water came up through the floor in ten minutes," he told us.
      """
    When I break the article into claims
    Then "County Durham" is reported as saying nothing

  Scenario: A subject who then does something else is the one "she" means next
    Given the article:
      """
      Ms Nadia Petrova wrote on X that every album would be back within two days. "Users forgive a bug," said analyst Priya Raman.

      Petrova later posted a short video. "We will not rest until every photo is back," she said.
      """
    When I break the article into claims
    Then "Nadia Petrova" is reported as saying "We will not rest until every photo is back"

  Scenario: A "his" in a lead that names the man only in the next paragraph is that man
    Given the article:
      """
      WESTBROOK, Ohio — A jury on Thursday convicted a former county treasurer of fraud, rejecting his claim that the missing money was an accounting error.

      Raymond Kessler, 61, faces up to 20 years in prison.
      """
    When I break the article into claims
    Then "Raymond Kessler" is reported as saying "the missing money was an accounting error"
    And the claim is disputed by "jury"

  Scenario: Denied allegations make the party that alleged them disputed
    Given the article:
      """
      Minister Arvind Khurana on Monday denied allegations that his family had bought public land cheaply.

      The Harbour Party had alleged on Sunday that the land was sold to a firm owned by his brother-in-law.
      """
    When I break the article into claims
    Then "Harbour Party" is reported as saying "the land was sold to a firm owned by his brother-in-law"
    And the claim is disputed by "Arvind Khurana"

  Scenario: A title that runs on with "of the" stays out of the speaker's name
    Given the article:
      """
      Leader of the Opposition Sunita Verma said the sale was cleared in a single day.
      """
    When I break the article into claims
    Then "Sunita Verma" is reported as saying "the sale was cleared in a single day"
    And the speaker is mentioned as "Leader of the Opposition Sunita Verma"

  Scenario: When and where the words were given, with no "that" after them, are not part of the words
    Given the article:
      """
      Dana Cole said Tuesday her client would plead not guilty. Tom Hale said in a statement the deal was dead.
      """
    When I break the article into claims
    Then "Dana Cole" is reported as saying "her client would plead not guilty"
    And the reported words leave out "Tuesday"
    And "Tom Hale" is reported as saying "the deal was dead"
    And the reported words leave out "statement"

  Scenario: Jurors or analysts who are told something are listeners, and an age does not hide the subject
    Given the article:
      """
      Defense attorney Jo Wallace told jurors that the money was never traced.

      Her neighbour, Tom Pike, 71, agreed. "Nobody asked us," he said.
      """
    When I break the article into claims
    Then "Jo Wallace" is reported as saying "the money was never traced"
    And the reported words leave out "jurors"
    And "Tom Pike" is reported as saying "Nobody asked us,"

  Scenario: A minister dismissing the Opposition's claims denies them, and a shadow minister is someone else
    Given the article:
      """
      Finance Minister Nirmala Seth said the economy would grow this year. She dismissed Opposition claims that unemployment was at a record high.

      The shadow finance minister said the figures were "smoke and mirrors".
      """
    When I break the article into claims
    Then "Nirmala Seth" is reported as saying "unemployment was at a record high"
    And the claim is a denial
    And "Opposition" is reported as saying "unemployment was at a record high"
    And the claim is disputed by "Nirmala Seth"
    And "Nirmala Seth" is reported as saying nothing about "smoke and mirrors"

  Scenario: An Indian dateline and a denial told to reporters somewhere
    Given the article:
      """
      MUMBAI: Opposition Leader Kate Bell said the tunnel was "a shambles".

      Mr Dan Miles rejected that, telling reporters in Parramatta the cost had risen by only 4 per cent.
      """
    When I break the article into claims
    Then "Kate Bell" is reported as saying "the tunnel was"
    And the reported words leave out "MUMBAI"
    And the claim is disputed by "Dan Miles"
    And "Dan Miles" is reported as saying "the cost had risen by only 4 per cent"
    And the reported words leave out "Parramatta"
    And the claim is a denial
