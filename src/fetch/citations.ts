// What the sources ask of their users: a citation after each fetch, and where to get the files by
// hand when a fetch fails.

export function sipriCitation(date: string): string {
  return (
    `Source: SIPRI Arms Transfers Database, ${date}. ` +
    'Cite as: SIPRI Arms Transfers Database, Stockholm International Peace Research Institute.'
  );
}

export const UNGA_CITATION =
  'Source: Bailey, Strezhnev & Voeten, United Nations General Assembly Voting Data (ideal points), Harvard Dataverse, doi:10.7910/DVN/LEJUQZ. ' +
  'Cite as: Bailey, Michael A., Anton Strezhnev, and Erik Voeten. 2017. "Estimating Dynamic State Preferences from United Nations Voting Data." ' +
  'Journal of Conflict Resolution 61(2): 430-456.';

export function sipriByHand(out: string): string {
  return (
    'To get the SIPRI files by hand: open https://www.sipri.org/databases/armstransfers, go to the Arms Transfers Database, ' +
    'choose "Trade registers" (all suppliers, all recipients, the years you need) and export the CSV; for the official totals ' +
    'export the "Importer/Exporter TIV tables" as CSV too. Save the files under ' +
    `${out}/sipri/ (any name ending .csv), then run \`counterweight import\` or the brief again.`
  );
}

export function ungaByHand(out: string): string {
  return (
    'To get the UNGA file by hand: open https://doi.org/10.7910/DVN/LEJUQZ (Harvard Dataverse), download the ideal point ' +
    'estimates file (IdealpointestimatesAll… up to 2024, Idealpointestimates1946-… from 2025) and, from 2025, AgreementScores too, ' +
    `and save them under ${out}/unga/ (names ending .csv or .tab; the importer tells the files apart by their headers).`
  );
}
