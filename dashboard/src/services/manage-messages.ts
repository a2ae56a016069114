import type { OrganisationRole } from '@feedbackinstrument/shared';

/** The texts of the self-service pages (services, embed page, installation check, tokens, audit log). */
export interface ManageMessages {
  navLabel: string;
  navServices: string;
  navTokens: string;
  navAudit: string;

  copy: string;
  copied: string;
  copySelected: string;

  servicesTitle: string;
  servicesIntro: string;
  servicesCaption: string;
  newService: string;
  readOnly: string;
  stateColumn: string;
  originsColumn: string;
  pagesColumn: string;
  active: string;
  inactive: string;
  edit: string;
  view: string;

  serviceTabsLabel: string;
  settingsTab: string;
  embedTab: string;
  installationTab: string;

  required: string;
  optional: string;
  fixFields: string;
  idLabel: string;
  idHint: string;
  idProblem: string;
  nameLabel: (lang: 'nl' | 'fr' | 'en' | 'de') => string;
  audienceLabel: string;
  audiences: Record<string, string>;
  channelLabel: string;
  channelHint: string;
  originsLegend: string;
  originsHint: string;
  originLabel: (n: number) => string;
  noOrigins: string;
  addOrigin: string;
  removeOrigin: string;
  originEmpty: string;
  originProblems: { not_a_url: string; not_exact: string; not_https: string };
  /** The citizen's links (complaints, privacy, accessibility) of a service or an organisation. */
  linksLegend: string;
  linksHint: string;
  organisationLinksHint: string;
  linkLabels: { complaintsUrl: string; privacyUrl: string; accessibilityUrl: string };
  linkPerLanguage: string;
  linkProblem: string;
  organisationLinksHeading: string;
  followUpsLegend: string;
  followUps: { ease: string; completed: string };
  optionsLegend: string;
  publishLabel: string;
  activeLabel: string;
  activeHint: string;
  create: string;
  save: string;
  saved: string;

  embedTitle: string;
  embedIntro: string;
  embedNoOrigins: string;
  embedInactive: string;
  contextLabel: string;
  modeLabel: string;
  modes: { inline: string; floating: string };
  languageLabel: string;
  snippetsHeading: string;
  snippetLabel: string;
  snippetHint: string;
  pinnedLabel: string;
  pinnedHint: (version: string) => string;
  widgetNotBuilt: string;
  noScriptLabel: string;
  noScriptHint: string;
  previewHeading: string;
  previewHint: string;
  previewFrameTitle: string;

  installationTitle: string;
  installationIntro: string;
  allowedHeading: string;
  allowedCaption: string;
  originColumn: string;
  lastShownColumn: string;
  lastAnsweredColumn: string;
  never: string;
  refusedHeading: string;
  refusedIntro: string;
  refusedCaption: string;
  refusedColumn: string;
  refusedOn: (day: string, count: string) => string;
  noRefused: string;
  /** The row of refusals counted together (origins past the day's limit of new ones). */
  otherOrigins: string;
  otherOriginsHint: string;
  pagesLabel: string;
  pageOf: (page: number, pages: number) => string;
  previousPage: string;
  nextPage: string;
  actionColumn: string;
  allowOrigin: string;
  allowed: (origin: string) => string;

  tokensTitle: string;
  tokensIntro: string;
  newTokenHeading: string;
  tokenNameLabel: string;
  tokenNameHint: string;
  roleLabel: string;
  roleHint: string;
  roles: Record<OrganisationRole, string>;
  createToken: string;
  tokenShownOnce: (name: string) => string;
  tokenValueLabel: string;
  tokensHeading: string;
  tokensCaption: string;
  createdColumn: string;
  noTokens: string;
  revoke: string;
  revoked: (name: string) => string;

  auditTitle: string;
  auditIntro: string;
  auditEmpty: string;
  auditCaption: string;
  whenColumn: string;
  whoColumn: string;
  whatColumn: string;
  changesColumn: string;
  actions: Record<string, string>;
}

// This feature's part of every text of the dashboard (app/messages-for.ts puts it in).
declare module '../i18n/messages.js' {
  interface Messages {
    /** The self-service pages. */
    manage: ManageMessages;
  }
}
