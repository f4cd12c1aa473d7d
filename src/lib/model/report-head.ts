/** What every list of reports (the RSS feed, the data changelog, the awards) names a report by. */
export interface ReportHead {
  readonly library: string;
  readonly libraryName: string;
  readonly year: number;
  readonly title: string;
}
