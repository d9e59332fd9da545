Feature: Read a denial as a denial
  As a journalist checking a story before it goes out
  I want a denial shown with its denying words wherever I read the claims
  So that I never quote someone as saying what they deny

  Background:
    Given I am logged in as a journalist

  Scenario: On the article page a denial has its cue and leads to the claim it denies
    Given I paste this article:
      """
      The transport ministry said the new tram line had cut car traffic by a fifth.

      Motorists' association chair Dana Oyelaran denied that the tram line had cut car traffic.
      """
    When I submit it for checking
    Then the claims table shows "the tram line had cut car traffic" as a denial with the cue "denied"
    And the claim "the new tram line had cut car traffic by a fifth" is marked as disputed
    And its dispute evidence leads to the denial "the tram line had cut car traffic"
    And the denial "the tram line had cut car traffic" leads back to the claim "the new tram line had cut car traffic by a fifth"

  Scenario: On the command line a denial reads "speaker — cue — words"
    Given I paste this article:
      """
      The transport ministry said the new tram line had cut car traffic by a fifth.

      Motorists' association chair Dana Oyelaran denied that the tram line had cut car traffic.
      """
    When I check it on the command line as text
    Then a line reads "Dana Oyelaran — denied — the tram line had cut car traffic"
    And the line of "the new tram line had cut car traffic by a fifth" ends with "[DISPUTED by Dana Oyelaran]"

  Scenario: A claim rejected in the passive reads as disputed by whoever rejected it
    Given I paste this article:
      """
      The claim that the tram depot was up for sale was rejected by the city transport board.
      """
    When I check it on the command line as text
    Then the line of "the tram depot was up for sale" ends with "[DISPUTED by the city transport board]"

  Scenario: A claim taken back reads as what was said, disputed, without the words that take it back
    Given I paste this article:
      """
      Councillor Ivo Lang said the tram line would close in May, before reversing himself.
      """
    When I check it on the command line as text
    Then a line reads "Ivo Lang — indirect — the tram line would close in May  [DISPUTED by the publication]"
