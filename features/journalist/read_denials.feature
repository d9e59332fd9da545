Feature: Read a denial as a denial
  As a journalist checking a story before it goes out
  I want a denial shown with its denying words wherever I read the claims
  So that I never quote someone as saying what they deny

  Background:
    Given I am logged in as a journalist
    And I paste this article:
      """
      The transport ministry said the new tram line had cut car traffic by a fifth.

      Motorists' association chair Dana Oyelaran denied that the tram line had cut car traffic.
      """

  Scenario: On the article page a denial has its cue and leads to the claim it denies
    When I submit it for checking
    Then the claims table shows "the tram line had cut car traffic" as a denial with the cue "denied"
    And the claim "the new tram line had cut car traffic by a fifth" is marked as disputed
    And its dispute evidence leads to the denial "the tram line had cut car traffic"
    And the denial "the tram line had cut car traffic" leads back to the claim "the new tram line had cut car traffic by a fifth"

  Scenario: On the command line a denial reads "speaker — cue — words"
    When I check it on the command line as text
    Then a line reads "Dana Oyelaran — denied — the tram line had cut car traffic"
    And the line of "the new tram line had cut car traffic by a fifth" ends with "[DISPUTED by Dana Oyelaran]"
