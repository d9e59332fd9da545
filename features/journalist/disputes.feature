Feature: See who disputes what in an article
  As a journalist checking a story before it goes out
  I want every denial read as a denial and every disputed claim linked to who disputes it
  So that I never print a denial as an admission, and I know which claims are contested

  Scenario: A denial verb makes a claim a denial and disputes what it denies
    Given the article:
      """
      Greta Holm, the harbour master, said the east pier had been closed for repairs.

      The port company denied that the east pier had been closed.
      """
    When I break the article into claims
    Then "The port company" is reported as saying "the east pier had been closed"
    And the claim is a denial
    And "Greta Holm" is reported as saying "the east pier had been closed for repairs"
    And the claim is disputed by "The port company"

  Scenario: Declining to deny is not a denial
    Given the article:
      """
      Asked about the audit, Lars Ek declined to deny that the accounts had been rewritten.
      """
    When I break the article into claims
    Then no claim is a denial

  Scenario: Words that deny point back at the claim they answer
    Given the article:
      """
      Rosa Vidal, a city councillor, said the library budget had been cut by a third.

      "That is absolutely not true," said Tomas Lind, the finance chief.
      """
    When I break the article into claims
    Then "Tomas Lind" is reported as saying "That is absolutely not true"
    And the claim is a denial
    And "Rosa Vidal" is reported as saying "the library budget had been cut by a third"
    And the claim is disputed by "Tomas Lind"

  Scenario: A quotation that opens by denying keeps the denial apart from the words after it
    Given the article:
      """
      Rosa Vidal, a city councillor, said the library had lost half its books in the flood.

      "That is a complete fiction," Tomas Lind said. "We moved the books upstairs the night before, and the reading room is open again."
      """
    When I break the article into claims
    Then "Tomas Lind" is reported as saying "That is a complete fiction"
    And the claim is a denial
    And no claim contains "fiction, … We moved"
    And "Rosa Vidal" is reported as saying "the library had lost half its books in the flood"
    And the claim is disputed by "Tomas Lind"

  Scenario: Denying reports that something happened makes that something a claim of the reports
    Given the article:
      """
      The mining company Karst Metals rejected reports that it had dumped waste in the river.
      """
    When I break the article into claims
    Then "reports" is reported as saying "it had dumped waste in the river"
    And the claim is disputed by "Karst Metals"
    And "Karst Metals" is reported as saying "it had dumped waste in the river"
    And the claim is a denial

  Scenario: The holder of the reports speaks the reported proposition when the article names it
    Given the article:
      """
      Mayor Ilse Brandt dismissed a report in the Valley Courier that she would resign before the summer.
      """
    When I break the article into claims
    Then "the Valley Courier" is reported as saying "she would resign before the summer"
    And the claim is disputed by "Ilse Brandt"

  Scenario: A counter-claim opened by "But" disputes the claim it answers
    Given the article:
      """
      Ana Ruiz, the transport minister, said the new rail link had halved commuting times.

      But the commuters' association chairman, Piet Claes, said commuting times on the rail link had not changed.
      """
    When I break the article into claims
    Then "Piet Claes" is reported as saying "commuting times on the rail link had not changed"
    And the claim is a denial
    And "Ana Ruiz" is reported as saying "the new rail link had halved commuting times"
    And the claim is disputed by "Piet Claes"

  Scenario: "X disagreed" opens the counter-claim that follows
    Given the article:
      """
      Ana Ruiz said the rail link had halved commuting times. Piet Claes disagreed.

      "Commuting times on the rail link are exactly what they were," he said.
      """
    When I break the article into claims
    Then "Ana Ruiz" is reported as saying "the rail link had halved commuting times"
    And the claim is disputed by "Piet Claes"

  Scenario: Another point after "But" is not a dispute
    Given the article:
      """
      Ana Ruiz said the rail link had halved commuting times.

      But Piet Claes said the station car park would be rebuilt next spring.
      """
    When I break the article into claims
    Then "Ana Ruiz" is reported as saying "the rail link had halved commuting times"
    And the claim is not disputed
    And no claim is a denial

  Scenario: The grounds given for a denial are the denier's claim too
    Given the article:
      """
      The Northern Ledger reported that the water board had missed its leak targets.

      The water board denied the report, saying its leak targets for this year would be met.
      """
    When I break the article into claims
    Then "The water board" is reported as saying "its leak targets for this year would be met"
    And the claim is a denial
    And "Northern Ledger" is reported as saying "the water board had missed its leak targets"
    And the claim is disputed by "The water board"

  Scenario: The article's own words dispute a claim
    Given the article:
      """
      Senator Hal Moss falsely claimed that the state had run out of vaccine.

      Moss also said, without evidence, that the clinics were turning patients away.
      """
    When I break the article into claims
    Then "Hal Moss" is reported as saying "the state had run out of vaccine"
    And the publication disputes the claim with "falsely"
    And "Hal Moss" is reported as saying "the clinics were turning patients away"
    And the publication disputes the claim with "without evidence"

  Scenario: Whoever the article names as calling a claim false disputes it
    Given the article:
      """
      Mayor Ivo Lind said the ferry would run all winter, a claim local skippers say is false.
      """
    When I break the article into claims
    Then "Ivo Lind" is reported as saying "the ferry would run all winter"
    And the claim is disputed by "local skippers"

  Scenario: A proposition a speaker calls untrue is a claim disputed by that speaker
    Given the article:
      """
      "This notion that the tunnel is unsafe is simply not true," said Ola Berg, the chief engineer.
      """
    When I break the article into claims
    Then "This notion" is reported as saying "the tunnel is unsafe"
    And the claim is disputed by "Ola Berg"

  Scenario: A denial that is contradicted in turn is disputed too
    Given the article:
      """
      Nina Roos said the ferry had been cancelled.

      The ferry company denied that the ferry had been cancelled.

      But Erik Dahl, who was waiting on the quay, said the ferry company had cancelled the ferry without notice.
      """
    When I break the article into claims
    Then "The ferry company" is reported as saying "the ferry had been cancelled"
    And the claim is a denial
    And the claim is disputed by "Erik Dahl"

  Scenario: Saying the opposite of what another party just said disputes it
    Given the article:
      """
      Karin Olsen, the city engineer, said the flood barrier had been finished on time.

      "The barrier is not finished, and it will not be before winter," said Jonas Berg, who chairs the residents' group.
      """
    When I break the article into claims
    Then "Jonas Berg" is reported as saying "The barrier is not finished"
    And the claim is a denial
    And "Karin Olsen" is reported as saying "the flood barrier had been finished on time"
    And the claim is disputed by "Jonas Berg"

  Scenario: Two parties who deny each other are each disputed by the other
    Given the article:
      """
      Maja Holt said the clinic had closed its night service.

      The health board denied that the clinic had closed its night service.

      "That denial is simply not true," said Maja Holt.
      """
    When I break the article into claims
    Then "The health board" is reported as saying "the clinic had closed its night service"
    And the claim is disputed by "Maja Holt"
    And "Maja Holt" is reported as saying "That denial is simply not true"
    And the claim is disputed by "The health board"

  Scenario: The one who disagrees is who "he" is in the quotation that follows
    Given the article:
      """
      Tomas Berg, the mayor, said the ferry would stop running in winter.

      His deputy, Karl Veit, disagreed.

      "The winter timetable was agreed with the operator last week," he said.
      """
    When I break the article into claims
    Then "Karl Veit" is reported as saying "The winter timetable was agreed with the operator last week"
    And the claim is a denial
    And "Tomas Berg" is reported as saying "the ferry would stop running in winter"
    And the claim is disputed by "Karl Veit"

  Scenario: A reply that only denies answers the claim just made
    Given the article:
      """
      Ida Lund said the school roof was leaking.

      "Rubbish," Sven Holm shot back.
      """
    When I break the article into claims
    Then "Sven Holm" is reported as saying "Rubbish"
    And the claim is a denial
    And "Ida Lund" is reported as saying "the school roof was leaking"
    And the claim is disputed by "Sven Holm"

  Scenario: Denying someone bail or entry is no denial of anything said
    Given the article:
      """
      Judge Mara Quist denied bail to the two men on Tuesday.

      The border agency has been denying entry to journalists since March.
      """
    When I break the article into claims
    Then no claim is a denial

  Scenario: The publication's aside is no part of the claim it disputes
    Given the article:
      """
      Senator Hal Moss said, without evidence, that the ballots had been printed abroad.
      """
    When I break the article into claims
    Then "Hal Moss" is reported as saying "the ballots had been printed abroad"
    And the publication disputes the claim with "without evidence"
    And nobody is reported as saying "without evidence, that the ballots"

  Scenario: Calling the other party wrong by name disputes what they said
    Given the article:
      """
      Senator Nadia Okafor said the tourist levy had emptied the town's hotels.

      "Nadia Okafor simply does not understand how the levy works," said Ruben Castell, who runs the tourist board.
      """
    When I break the article into claims
    Then "Ruben Castell" is reported as saying "Nadia Okafor simply does not understand how the levy works"
    And the claim is a denial
    And "Nadia Okafor" is reported as saying "the tourist levy had emptied the town's hotels"
    And the claim is disputed by "Ruben Castell"

  Scenario: "By contrast" sets a claim against the one just before it
    Given the article:
      """
      Ines Moreau said the tram line had made the old town quieter.

      By contrast, the shopkeepers' spokesman, Pavel Novak, argued that trade near the stops had fallen.
      """
    When I break the article into claims
    Then "Pavel Novak" is reported as saying "trade near the stops had fallen"
    And the claim is a denial
    And "Ines Moreau" is reported as saying "the tram line had made the old town quieter"
    And the claim is disputed by "Pavel Novak"

  Scenario: Rebuking a party for what it suggested disputes the suggestion
    Given the article:
      """
      The nurses' union on Friday rebuked the hospital trust for its repeated suggestion that the night wards were fully staffed.
      """
    When I break the article into claims
    Then "the hospital trust" is reported as saying "the night wards were fully staffed"
    And the claim is disputed by "The nurses' union"

  Scenario: Contradicting someone's remarks disputes what the remarks said
    Given the article:
      """
      Chief engineer Hanna Sorensen said the turbines had been running at half speed since March.

      But she also flatly contradicted Minister Paul Grant's remarks, made at a press briefing on Monday, that the plant was at full output.
      """
    When I break the article into claims
    Then "Paul Grant" is reported as saying "the plant was at full output"
    And the claim is disputed by "Hanna Sorensen"

  Scenario: Saying a group was wrong in what it believes disputes that belief, held by the group
    Given the article:
      """
      Professor Aiko Tanaka said the villagers were mistaken in their belief that the spring water cured fevers.
      """
    When I break the article into claims
    Then "the villagers" is reported as saying "the spring water cured fevers"
    And the claim is disputed by "Aiko Tanaka"
    And "Aiko Tanaka" is reported as saying "the villagers were mistaken in their belief that the spring water cured fevers"
    And the claim is a denial

  Scenario: A denial that quotes back the other side's word answers the claim that used it
    Given the article:
      """
      Opposition leader Karl Vik said on Sunday that the council's flood plan was "reckless."

      Union chief Ida Lund said council staff had not been paid for overtime in a year.

      "Last week he called it 'careless.' Now he says 'reckless.' It is the same false attack," said Mona Dahl, the council leader.
      """
    When I break the article into claims
    Then "Karl Vik" is reported as saying "the council's flood plan was"
    And the claim is disputed by "Mona Dahl"
    And "Ida Lund" is reported as saying "council staff had not been paid for overtime in a year"
    And the claim is not disputed

  Scenario: The story's next sentence calling a claim false is the publication disputing it
    Given the article:
      """
      Senator Marit Holm said the new ferry terminal had been finished under budget. That is false: the final accounts show it ran 40 percent over.
      """
    When I break the article into claims
    Then "Marit Holm" is reported as saying "the new ferry terminal had been finished under budget"
    And the publication disputes the claim with "That is false"

  Scenario: Saying a claim has no evidence behind it is the publication disputing it
    Given the article:
      """
      Senator Marit Holm said the ferry tickets had been sold to foreign buyers, though there is no evidence to support that.
      """
    When I break the article into claims
    Then "Marit Holm" is reported as saying "the ferry tickets had been sold to foreign buyers"
    And the publication disputes the claim with "there is no evidence"

  Scenario: A denial the story tells without quoting it disputes the claim just before
    Given the article:
      """
      Harbour master Jonas Berg said the breakwater had been strengthened last winter.

      The coastal agency flatly rejected that account.
      """
    When I break the article into claims
    Then "Jonas Berg" is reported as saying "the breakwater had been strengthened last winter"
    And the claim is disputed by "The coastal agency"

  Scenario: "…, but X said" answers the claim earlier in the same sentence
    Given the article:
      """
      Mayor Ruth Adler said the city's water pipes had all been replaced, but engineer Omar Haddad said most of the old water pipes were still in the ground.
      """
    When I break the article into claims
    Then "Omar Haddad" is reported as saying "most of the old water pipes were still in the ground"
    And the claim is a denial
    And "Ruth Adler" is reported as saying "the city's water pipes had all been replaced"
    And the claim is disputed by "Omar Haddad"

  Scenario: Denying allegations "first reported by" a newspaper makes the newspaper hold them
    Given the article:
      """
      The port director has denied allegations, first reported by the Coastal Herald, that she sold dock permits.
      """
    When I break the article into claims
    Then "the Coastal Herald" is reported as saying "she sold dock permits"
    And the claim is disputed by "The port director"

  Scenario: Rejecting allegations "by" the people who made them makes them hold the allegations
    Given the article:
      """
      Harbour officials rejected allegations by two dock workers that the night shift had been cancelled.
      """
    When I break the article into claims
    Then "two dock workers" is reported as saying "the night shift had been cancelled"
    And the claim is disputed by "Harbour officials"
    And "Harbour officials" is reported as saying "the night shift had been cancelled"
    And the claim is a denial

  Scenario: "Denied the allegations" answers what was alleged, not what was said last
    Given the article:
      """
      A former aide accused Mayor Tom Reyes of taking money from a builder.

      The council said the budget vote would be held on Friday.

      Reyes denied the allegations.
      """
    When I break the article into claims
    Then "A former aide" is reported as saying "Mayor Tom Reyes of taking money from a builder"
    And the claim is disputed by "Tom Reyes"
    And "The council" is reported as saying "the budget vote would be held on Friday"
    And the claim is not disputed

  Scenario: A denial verb the article quotes, with its adverb, still disputes what came before
    Given the article:
      """
      Tom Reyes, a ferry captain, said the harbour board had sold the old ferry terminal to a hotel group.

      The harbour board "categorically denies" the claims.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "the harbour board had sold the old ferry terminal"
    And the claim is disputed by "The harbour board"

  Scenario: A denial relayed by a spokesman answers the claim before, not the spokesman
    Given the article:
      """
      Tom Reyes, a ferry captain, said the harbour board had sold the old ferry terminal to a hotel group.

      The harbour board categorically denies the claims, a spokeswoman said.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "the harbour board had sold the old ferry terminal"
    And the claim is disputed by "The harbour board"
    And "a spokeswoman" is reported as saying "The harbour board categorically denies the claims"
    And the claim is not disputed

  Scenario: Denying any wrongdoing answers the accusation
    Given the article:
      """
      Tom Reyes accused the harbour board of hiding repair costs.

      Lena Vogt said the ferry would run on Sunday.

      The harbour board denied any wrongdoing.
      """
    When I break the article into claims
    Then "The harbour board" is reported as saying "any wrongdoing"
    And the claim is a denial
    And "Tom Reyes" is reported as saying "the harbour board of hiding repair costs"
    And the claim is disputed by "The harbour board"
    And "Lena Vogt" is reported as saying "the ferry would run on Sunday"
    And the claim is not disputed

  Scenario: Saying a short word the other way round disputes the claim
    Given the article:
      """
      Tom Reyes said the old ferry terminal had been sold.

      "The terminal has not been sold," said Lena Vogt.
      """
    When I break the article into claims
    Then "Lena Vogt" is reported as saying "The terminal has not been sold"
    And the claim is a denial
    And "Tom Reyes" is reported as saying "the old ferry terminal had been sold"
    And the claim is disputed by "Lena Vogt"

  Scenario: A party called wrong by name and the one who calls it wrong dispute each other
    Given the article:
      """
      Judge Anna Berg ruled that the fishing quota law broke the constitution.

      "Judge Berg does not understand what the law protects," said Governor Olof Lind.

      Berg wrote that the law was written to favour two large fleets.
      """
    When I break the article into claims
    Then "Olof Lind" is reported as saying "Judge Berg does not understand what the law protects"
    And the claim is a denial
    And the claim is disputed by "Anna Berg"
    And "Anna Berg" is reported as saying "the law was written to favour two large fleets"
    And the claim is disputed by "Olof Lind"

  Scenario: A denial that names whose account it rejects answers that party
    Given the article:
      """
      Tom Reyes said the harbour board had sold the old ferry terminal.

      Lena Vogt said the ferry would run on Sunday.

      A board spokesman called Reyes's account "pure fiction."
      """
    When I break the article into claims
    Then "A board spokesman" is reported as saying "Reyes's account"
    And the claim is a denial
    And "Tom Reyes" is reported as saying "the harbour board had sold the old ferry terminal"
    And the claim is disputed by "A board spokesman"
    And "Lena Vogt" is reported as saying "the ferry would run on Sunday"
    And the claim is not disputed

  Scenario: Whoever repeats a claim the article calls false holds it
    Given the article:
      """
      Tom Reyes repeated his baseless claim that the harbour board had sold the old ferry terminal.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "the harbour board had sold the old ferry terminal"
    And the publication disputes the claim with "baseless"

  Scenario: A spokeswoman relaying her organisation's denial disputes the claim it answers
    Given the article:
      """
      Tom Reyes, a ferry captain, said the harbour board had sold the old ferry terminal to a hotel group.

      A spokeswoman for the board said it "categorically denies" the claims.
      """
    When I break the article into claims
    Then "A spokeswoman for the board" is reported as saying "categorically denies"
    And the claim is a denial
    And "Tom Reyes" is reported as saying "the harbour board had sold the old ferry terminal"
    And the claim is disputed by "A spokeswoman for the board"

  Scenario: The publication finding no evidence for what a claim says disputes it
    Given the article:
      """
      Tom Reyes said the harbour board had sold the old ferry terminal to a hotel group. There is no evidence that the terminal was ever sold.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "the harbour board had sold the old ferry terminal"
    And the publication disputes the claim with "There is no evidence that "

  Scenario: Pushing back on a claim, with nothing quoted, disputes it
    Given the article:
      """
      Tom Reyes said the harbour board had sold the old ferry terminal to a hotel group.

      The harbour board pushed back on that claim.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "the harbour board had sold the old ferry terminal"
    And the claim is disputed by "The harbour board"

  Scenario: Refusing to grant that critics are right disputes what the critics said
    Given the article:
      """
      Mayor Tom Reyes refused to concede that critics had a point in warning that the harbour tax would drive visitors away.
      """
    When I break the article into claims
    Then "critics" is reported as saying "the harbour tax would drive visitors away"
    And the claim is disputed by "Tom Reyes"
    And the claim is not a denial

  Scenario: Another estimate of a figure disputes the figure
    Given the article:
      """
      The housing ministry said 4,000 homes would be built this year. Independent estimates put the number closer to 1,500.
      """
    When I break the article into claims
    Then "The housing ministry" is reported as saying "4,000 homes would be built this year"
    And the claim is disputed by "Independent estimates"

  Scenario: The story saying a position was never taken disputes the claim that it was
    Given the article:
      """
      "Why does nobody ask the mayor why she wants every ferry sold to private owners?" Tom Reyes said.

      The mayor has backed a lease of the ferry terminal, but she has never said she wants every ferry sold to private owners.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "Why does nobody ask the mayor"
    And the publication disputes the claim with "has never said she wants every ferry sold to private owners"

  Scenario: The story setting against a boast what its speaker left out disputes it
    Given the article:
      """
      Mayor Lena Vogt boasted on Monday that the harbour works had "cost the town nothing."

      However, she failed to mention the two million crowns the council borrowed for them.
      """
    When I break the article into claims
    Then "Lena Vogt" is reported as saying "the harbour works had"
    And the publication disputes the claim with "However, she failed to mention"

  Scenario: A disputed claim said again in the same words is disputed again
    Given the article:
      """
      Mayor Lena Vogt said, without evidence, that the harbour works had "cost the town nothing."

      "The works cost the town nothing at all," Vogt told the council on Tuesday.
      """
    When I break the article into claims
    Then "Lena Vogt" is reported as saying "The works cost the town nothing at all"
    And the publication disputes the claim with "without evidence"

  Scenario: "…, but X says" after a denial in the same sentence disputes the denial
    Given the article:
      """
      Port officials deny any links to smuggling groups, but critics say the harbour's accounts show payments to firms suspected of ties to the ring.
      """
    When I break the article into claims
    Then "critics" is reported as saying "the harbour's accounts show payments"
    And the claim is a denial
    And "Port officials" is reported as saying "any links to smuggling groups"
    And the claim is disputed by "critics"

  Scenario: The story stating the opposite fact right after a claim disputes it
    Given the article:
      """
      Tom Reyes said the north pier had been closed all week. In fact, the north pier was not closed at all.
      """
    When I break the article into claims
    Then "Tom Reyes" is reported as saying "the north pier had been closed all week"
    And the publication disputes the claim with "In fact, the north pier was not closed at all"

  Scenario: A claim the story says was later retracted is disputed by the publication
    Given the article:
      """
      Lena Vogt said the ferry would stop running in May. She later retracted the claim.
      """
    When I break the article into claims
    Then "Lena Vogt" is reported as saying "the ferry would stop running in May"
    And the publication disputes the claim with "She later retracted the claim"

  Scenario: An organisation that later walks back what it said is disputed by the publication
    Given the article:
      """
      The harbour board's press office said the ferry would stop running in May. It later walked back that statement.
      """
    When I break the article into claims
    Then "The harbour board's press office" is reported as saying "the ferry would stop running in May"
    And the publication disputes the claim with "It later walked back that statement"

  Scenario: A denial describing what it answers disputes that claim, even several paragraphs back
    Given the article:
      """
      Opponents argued that the harbour levy would undermine the morale of ferry crews.

      Ola Berg said the levy would be paid from April. Tom Reyes said the ferry would run on Sundays.

      But the ferry crews' union took issue with the prediction of looming morale problems.
      """
    When I break the article into claims
    Then "Opponents" is reported as saying "the harbour levy would undermine the morale of ferry crews"
    And the claim is disputed by "the ferry crews' union"
    And "Tom Reyes" is reported as saying "the ferry would run on Sundays"
    And the claim is not disputed

  Scenario: A claim rejected in the passive is disputed by whoever rejected it
    Given the article:
      """
      The claim that the ferry terminal was up for sale was rejected by the port authority, which owns the land under it.
      """
    When I break the article into claims
    Then "The claim" is reported as saying "the ferry terminal was up for sale"
    And the claim is disputed by "the port authority"

  Scenario: A spokeswoman's quotation that ends by calling the report wrong disputes the report
    Given the article:
      """
      The Harbour Gazette reported on Monday that the ferry company had been sold for 90 million crowns.

      "There is no buyer and there are no talks," a company spokeswoman said. "The report is wrong."
      """
    When I break the article into claims
    Then "Harbour Gazette" is reported as saying "the ferry company had been sold for 90 million crowns"
    And the claim is disputed by "spokeswoman"

  Scenario: Saying that no such thing happened disputes the claim that it did
    Given the article:
      """
      The opposition leader claimed that ministers had ordered hospitals to hold back their waiting times.

      The health ministry said it had never issued any such instruction.
      """
    When I break the article into claims
    Then "The health ministry" is reported as saying "it had never issued any such instruction"
    And the claim is a denial
    And "The opposition leader" is reported as saying "ministers had ordered hospitals to hold back their waiting times"
    And the claim is disputed by "The health ministry"

  Scenario: A spokesman disputing "that" on a given day disputes the claim before
    Given the article:
      """
      Councillor Amira Shah said the flood report had been finished in March.

      A spokesman for the water board disputed that on Tuesday.
      """
    When I break the article into claims
    Then "Amira Shah" is reported as saying "the flood report had been finished in March"
    And the claim is disputed by "spokesman"

  Scenario: An accusation called nonsense in an appositive is disputed, and keeps only its own words
    Given the article:
      """
      Opposition councillors have accused the council of hiding a flood report for eight months, a charge the council's leader called "complete nonsense".
      """
    When I break the article into claims
    Then "Opposition councillors" is reported as saying "the council of hiding a flood report for eight months"
    And the claim is not a denial
    And the claim is disputed by "leader"
    And no claim contains "months, a charge"

  Scenario: A claim whose sentence goes on to say another party rejects it is disputed by that party
    Given the article:
      """
      The landlords' lobby group insists that business rates are killing small shops, and the Treasury rejects that.
      """
    When I break the article into claims
    Then "The landlords' lobby group" is reported as saying "business rates are killing small shops"
    And the claim is disputed by "the Treasury"

  Scenario: The publication's verdict a sentence further on disputes the claim
    Given the article:
      """
      The retail consultant Martin Doyle told a conference that one in three shops would stand empty by 2030. It is a striking figure. It is also wrong.
      """
    When I break the article into claims
    Then "Martin Doyle" is reported as saying "one in three shops would stand empty by 2030"
    And the publication disputes the claim with "It is also wrong"

  Scenario: An idea called nonsense with an aside is disputed by the publication
    Given the article:
      """
      But the idea that our town centres are about to die is, quite simply, nonsense.
      """
    When I break the article into claims
    Then "the idea" is reported as saying "our town centres are about to die"
    And the claim is disputed by "the publication"

  Scenario: An allegation denied in the passive is disputed by whoever denied it
    Given the article:
      """
      The Valley Post reported that the mayor had taken gifts from a developer. The allegation was denied by the mayor's office.
      """
    When I break the article into claims
    Then "Valley Post" is reported as saying "the mayor had taken gifts from a developer"
    And the claim is disputed by "the mayor's office"

  Scenario: What a spokeswoman says after calling a claim untrue is her counter-claim
    Given the article:
      """
      The union said the mine would close in June.

      A spokeswoman for the owner called the claim "categorically untrue" and said the mine would stay open until 2030.
      """
    When I break the article into claims
    Then "A spokeswoman for the owner" is reported as saying "the mine would stay open until 2030"
    And the claim is a denial
    And "The union" is reported as saying "the mine would close in June"
    And the claim is disputed by "spokeswoman"
