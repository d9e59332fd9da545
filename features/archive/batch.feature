Feature: Analyse a whole archive at once and load it into the service
  As an archive editor with years of stories on disk
  I want to extract the claims of every story in one run, on every core or on our cluster
  So that reviewers can search who said what across the back catalogue

  Background:
    Given a folder of archived stories, plain text and web pages, with one empty file among them

  Scenario: Every readable story's claims land in one table, and the bad file is listed apart
    When the archive editor runs the batch over the folder
    Then the claims table has one row per claim, each naming its story
    And those claims are the ones "factcheck analyze" finds in the same files
    And the errors file names the empty file
    And the run's manifest counts 3 stories and 1 error

  Scenario: Running the batch again gives the same rows
    When the archive editor runs the batch over the folder
    And the archive editor runs the batch over the folder again
    Then both runs wrote the same rows

  Scenario: The CMS integrator loads the batch into the service, twice without duplicates
    When the archive editor runs the batch over the folder
    And the CMS integrator imports the batch into the service database
    And the CMS integrator imports the batch into the service database again
    Then the API holds 3 stories
    And the API finds the claims of "Ines Moreau"
