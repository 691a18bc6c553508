// The tag of the end-to-end tests that create or compare dated records (nights, follow-ups, dose
// series, shifts, workshops, stock). `npm test` runs them again with the shared test clock at
// 23:30, 02:30 and on a daylight-saving night (scripts/test.ts): tag a new test that does so.
export const DATED = { tag: "@dated" } as const;
