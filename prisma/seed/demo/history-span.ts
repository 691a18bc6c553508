// How far back the demo centre's records go: two full years and three weeks, so that every
// report's period before (the twelve months to tonight, the calendar or fiscal year in
// progress) is covered whatever the date, and every comparison the report shows is real
// (lib/reports/comparable.ts). The centre's spreadsheets, imported, cover the year before that.
export const HISTORY_DAYS = 750;

/** The same span in years, for what the demo does a number of times a year. */
export const HISTORY_YEARS = HISTORY_DAYS / 365;
