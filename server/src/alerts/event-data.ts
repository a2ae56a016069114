// The `data` of each event type, as webhooks carry it and e-mails render it.
import type { Language } from '@feedbackinstrument/shared/constants';

export interface Window {
  from: string;
  to: string;
  responses: number;
  /** % of 4–5, 1 decimal; null without responses. */
  satisfied: number | null;
}

export interface TopicRisingData {
  organisationId: string;
  serviceId: string;
  serviceName: string;
  period: { from: string; to: string };
  comparisonPeriod: { from: string; to: string };
  topic: {
    label: string;
    terms: string;
    count: number;
    share: number;
    previousCount: number;
    previousShare: number | null;
    isNew: boolean;
  };
  /** Only with includeRemarks. */
  examples?: string[];
  summary: string;
}

export interface SatisfactionDroppedData {
  organisationId: string;
  serviceId: string;
  serviceName: string;
  week: Window;
  before: Window;
  /** One-sided two-proportion z-test; below 0.01. */
  pValue: number;
  summary: string;
}

export interface DigestService {
  serviceId: string;
  serviceName: string;
  responses: number;
  satisfied: number | null;
  remarks: number;
  previousWeek: { responses: number; satisfied: number | null };
}

export interface DigestWeeklyData {
  organisationId: string;
  week: { from: string; to: string };
  services: DigestService[];
  summary: string;
}

export interface TestData {
  organisationId: string;
  subscriptionId: string;
  summary: string;
}

export type EventData =
  | { type: 'topic.rising'; data: TopicRisingData }
  | { type: 'satisfaction.dropped'; data: SatisfactionDroppedData }
  | { type: 'digest.weekly'; data: DigestWeeklyData }
  | { type: 'test'; data: TestData };

/** The name of a service in a language, falling back to Dutch. */
export const nameIn = (name: Record<string, string>, language: Language): string =>
  name[language] ?? name.nl ?? Object.values(name)[0] ?? '';
