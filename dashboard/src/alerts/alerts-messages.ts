import type { AlertEventType } from '@feedbackinstrument/shared';

/** The texts of the alerts page (subscriptions, their deliveries, the form that makes one). */
export interface AlertsMessages {
  navAlerts: string;
  title: string;
  intro: string;
  readOnly: string;
  listHeading: string;
  none: string;
  destination: string;
  events: string;
  services: string;
  allServices: string;
  language: string;
  remarks: string;
  withRemarks: string;
  withoutRemarks: string;
  actions: string;
  sendTest: string;
  testSent: string;
  showDeliveries: string;
  hideDeliveries: string;
  deleteSubscription: string;
  deleted: string;
  deliveriesCaption: (destination: string) => string;
  noDeliveries: string;
  event: string;
  created: string;
  status: string;
  attempts: string;
  lastOutcome: string;
  statuses: Record<'pending' | 'delivered' | 'failed', string>;
  createHeading: string;
  organisation: string;
  channel: string;
  channels: Record<'webhook' | 'email', string>;
  url: string;
  urlHint: string;
  email: string;
  eventsLegend: string;
  eventLabels: Record<AlertEventType, string>;
  servicesLegend: string;
  servicesHint: string;
  includeRemarks: string;
  includeRemarksHint: string;
  create: string;
  creating: string;
  created_: string;
  secretHeading: string;
  secretText: string;
  copy: string;
  copied: string;
  problem: (message: string) => string;
  languages: Record<'nl' | 'fr' | 'en' | 'de', string>;
}

// This feature's part of every text of the dashboard (app/messages-for.ts puts it in).
declare module '../i18n/messages.js' {
  interface Messages {
    /** The alerts page. */
    alerts: AlertsMessages;
  }
}
