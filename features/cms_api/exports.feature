Feature: Export checked stories in the formats other systems read
  As the developer of a newsroom CMS
  I want disputed claims as schema.org ClaimReview, provenance as W3C PROV, and a CSV report
  So that search engines, archives and our reviewers' spreadsheets can use them

  Background:
    Given the API holds these claims:
      | story  | date       | speaker | claim              | disputed by |
      | Bridge | 2025-04-14 | Ann Lee | the bridge is safe | City Hall   |
      | Bridge | 2025-04-14 | Bo Chan | it needs repairs   |             |

  Scenario: ClaimReview markup for the disputed claims
    When the CMS fetches the story "Bridge" with "format=claimreview"
    Then it gets one ClaimReview of "the bridge is safe" by Ann Lee, disputed by City Hall

  Scenario: Links in an export point at the service's public address, whatever Host the request named
    When the CMS fetches the story "Bridge" with "format=claimreview" through a proxy that names the host "attacker.example"
    Then every URL in the ClaimReview starts with the service's public address

  Scenario: PROV-JSON attributes each quote to its speaker
    When the CMS fetches the story "Bridge" with "format=prov"
    Then the PROV document attributes "the bridge is safe" to "Ann Lee"
    And the PROV document attributes "it needs repairs" to "Bo Chan"

  Scenario: The disputed-claims report as a spreadsheet
    When the CMS downloads the disputed-claims report as CSV
    Then the CSV has a row for "the bridge is safe" said by "Ann Lee" and disputed by "City Hall"

  Scenario: A denial keeps its meaning in ClaimReview and PROV
    Given the CMS has checked the story "Harbour dredging":
      """
      Port director Ilse Brandt said the dredging had doubled the harbour's traffic.

      The fishermen's cooperative denied that the dredging had brought any new traffic.
      """
    When the CMS fetches the story "Harbour dredging" with "format=claimreview"
    Then it gets one ClaimReview of "the dredging had doubled the harbour's traffic" by Ilse Brandt, disputed by The fishermen's cooperative
    When the CMS fetches the story "Harbour dredging" with "format=prov"
    Then the PROV document labels "the dredging had brought any new traffic" "The fishermen's cooperative denied: the dredging had brought any new traffic"
    And the PROV document says "the dredging had brought any new traffic" disagrees with "the dredging had doubled the harbour's traffic"

  Scenario: A denial in the speaker's own words is rated as denying in ClaimReview
    Given the CMS has checked the story "Dredging row":
      """
      Port director Ilse Brandt said the dredging had doubled the harbour's traffic.

      Senator Jon Dahl: "That is nonsense."
      """
    When the CMS fetches the story "Dredging row" with "format=claimreview"
    Then it gets one ClaimReview of "the dredging had doubled the harbour's traffic" by Ilse Brandt, disputed by Jon Dahl
    And the review is rated "Disputed (denies)"
