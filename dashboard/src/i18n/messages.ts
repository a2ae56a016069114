import type { ChartLanguage, Completed, FeedbackContext, SignInError } from '@feedbackinstrument/shared';

export type UiLanguage = 'nl' | 'en';

/** The page-wide texts of the dashboard, in plain language. A function where numbers or names go in. */
export interface PageMessages {
  lang: UiLanguage;
  locale: string;
  /** Numbers and words in the charts' text alternatives. */
  charts: ChartLanguage;
  appName: string;
  dashboard: string;
  skipToContent: string;
  switchLanguage: { label: string; lang: UiLanguage };
  signOut: string;
  signedInAs: (name: string) => string;
  adminRole: string;
  loading: string;
  errorTitle: string;
  errorText: string;
  tryAgain: string;
  sessionExpired: string;
  signedOut: string;

  // Sign-in
  signInTitle: string;
  signInIntro: string;
  signInWithProvider: (provider: string | null) => string;
  or: string;
  tokenHeading: string;
  tokenLabel: string;
  tokenHint: string;
  tokenSubmit: string;
  tokenBusy: string;
  tokenInvalid: string;
  tokenRequired: string;
  signInErrors: Record<SignInError, (provider: string | null) => string>;

  // No access
  noAccessTitle: string;
  noAccessText: string;
  noAccessUnknown: (organisation: string) => string;
  noAccessNoClaim: string;
  noAccessNoRole: string;
  noAccessWhatNow: string;
  signInAgain: string;

  notFoundTitle: string;
  notFoundService: string;
  notFoundPage: string;
  backToOverview: string;
  overview: string;
  breadcrumb: string;
  summary: string;
  onThisPage: string;

  // Overview
  overviewTitle: (year: number) => string;
  /** The banner over the made-up demo data of a first start; the command goes in a code element. */
  demoData: { title: string; text: string; removeWith: string };
  organisationLabel: string;
  yearLabel: string;
  overviewSummary: (p: { responses: string; services: number; organisation: string; year: number; soFar: boolean }) => string;
  overviewSatisfied: (satisfied: string) => string;
  overviewNoResponses: (year: number) => string;
  servicesHeading: string;
  /** Recurring problems that several services of the organisation share. */
  sharedProblems: { heading: string; intro: (year: number) => string; remarks: (count: string) => string };
  servicesCaption: (year: number) => string;
  sortBy: (column: string) => string;
  col: { service: string; responses: string; satisfied: string; mean: string; responseRate: string; change: string; trend: string };
  trendSummary: (points: string) => string;
  noServices: string;

  // Key figures
  kf: {
    responses: string;
    satisfied: string;
    dissatisfied: string;
    mean: string;
    responseRate: string;
    remarks: string;
    shown: (displays: string) => string;
    margin: (low: string, high: string) => string;
    outOf5: string;
    lastYear: (value: string, year: number, wholeYear: boolean) => string;
  };
  change: {
    pointsUp: (points: string, year: number) => string;
    pointsDown: (points: string, year: number) => string;
    same: (year: number) => string;
    none: (year: number) => string;
    short: { up: (points: string) => string; down: (points: string) => string; same: string; none: string };
  };
  whatFiguresMean: string;
  definitions: readonly { term: string; definition: string }[];

  // Exports
  exportsHeading: string;
  exportsIntro: (year: number) => string;
  exportExcel: string;
  exportExcelHint: string;
  exportCsv: string;
  exportCsvHint: string;
  exportPrint: string;
  exportPrintHint: string;
  opensInNewTab: string;

  // Service page
  serviceLead: (p: { satisfied: string; responses: string; year: number }) => string;
  serviceNoResponses: (year: number) => string;
  marginSentence: (low: string, high: string) => string;
  distributionHeading: string;
  distributionTitle: (year: number) => string;
  monthsHeading: string;
  satisfiedPerMonthTitle: string;
  responsesPerMonthTitle: string;
  monthColumn: string;
  marginLegend: string;
  breakdownHeading: string;
  byContextCaption: string;
  byChannelCaption: string;
  contextColumn: string;
  channelColumn: string;
  followUpsHeading: string;
  easeTitle: string;
  easeSummary: (mean: string, answered: string) => string;
  completedTitle: string;
  completedCaption: string;
  answerColumn: string;
  shareColumn: string;
  countColumn: string;
  noFollowUps: string;
  scoreColumn: string;
  scoreLabels: readonly string[];
  easeLabels: readonly string[];
  contextLabels: Record<FeedbackContext, string>;
  completedLabels: Record<Completed, string>;
  legend: { satisfied: string; neutral: string; dissatisfied: string };
  monthsShort: readonly string[];
  monthsLong: readonly string[];

  // Topics
  topicsHeading: string;
  comparisonHeading: string;
  comparisonNoProduct: string;
  comparisonTooFew: (p: { organisations: string; year: number; minOrganisations: number; minResponses: number }) => string;
  comparisonLead: (p: { organisations: string; productId: string; year: number; p25: string; median: string; p75: string }) => string;
  comparisonOwn: (p: { own: string; standing: 'below_p25' | 'between' | 'above_p75' }) => string;
  comparisonNoOwn: (year: number) => string;
  comparisonTitle: (year: number) => string;
  comparisonNote: string;
  comparisonRows: { p25: string; median: string; p75: string; own: string };
  comparisonLegend: { middleHalf: string; median: string; own: string };
  comparisonValueColumn: string;
  topicsIntro: (remarks: string) => string;
  topicsNone: string;
  topicCount: (count: string, share: string) => string;
  topicMeanScore: (mean: string) => string;
  /** now, was: its share this year and last year, both counted alike (the remarks that say two of its terms). */
  topicTrend: {
    new: string;
    up: (now: string, was: string) => string;
    down: (now: string, was: string) => string;
    stable: (now: string, was: string) => string;
  };
  topicExamples: string;
  /** Before one example under a topic's label, so a one-word label says what it is about. */
  forExample: string;
  topicReadAll: string;

  // Remarks
  remarksHeading: string;
  remarksIntro: string;
  searchLabel: string;
  searchHint: string;
  scoresLegend: string;
  periodLegend: string;
  periodOrder: string;
  fromLabel: string;
  toLabel: string;
  periodHint: (year: number) => string;
  searchButton: string;
  clearFilters: string;
  remarksShown: (count: number, more: boolean) => string;
  remarksNone: string;
  loadMore: string;
  /** Erasing one remark's text on request. */
  erase: { button: string; question: string; confirm: string; cancel: string; done: string; failed: string };
  remarkMeta: { score: string; received: string; context: string; channel: string; language: string; step: string };
  languageNames: Record<string, string>;
  remarkScore: (score: number, label: string) => string;
}

/**
 * Every text of the dashboard: the page-wide ones, plus each feature's own, which the
 * feature adds beside its pages (`declare module '../i18n/messages.js'` in its
 * `<name>-messages.ts`), so this folder imports no feature. The app puts them together
 * per language (app/messages-for.ts).
 */
export interface Messages extends PageMessages {}
