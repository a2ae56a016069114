import { randomUUID } from 'node:crypto';

// The ingest benchmark's traffic: valid, varied submissions as widgets send them. Mostly
// new scores (several services, some with a remark, some from a browser origin), and
// follow-ups that attach a remark or follow-up answers to a score sent before, and
// identical retries of a score already acknowledged. Many clients, as behind a load balancer
// (X-Forwarded-For from a documentation range), each well under the rate limit.

export interface BenchService {
  id: string;
  followUps: string[];
  origin: string | null;
}

export interface Submission {
  serviceId: string;
  submissionId: string;
  score: number;
  remark?: string;
  ease?: number;
  completed?: 'yes' | 'partly' | 'no';
  lang?: string;
  context?: string;
  channel?: string;
  page?: string;
}

export type Kind = 'new' | 'follow-up' | 'retry';

const REMARKS = [
  'De kalender toont geen vrije dagen.',
  'Itsme login werkt niet, ik kreeg een foutmelding na het scannen.',
  'Vlot en duidelijk, bedankt!',
  'Te veel stappen voor een eenvoudige aanvraag. Mail me op jan.peeters@example.be als u vragen hebt.',
  'La connexion itsme ne fonctionne pas.',
  'The upload of documents failed twice.',
  'Bel me terug op 0470 12 34 56 aub.',
];
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const score = () => {
  const r = Math.random();
  return r < 0.06 ? 1 : r < 0.13 ? 2 : r < 0.28 ? 3 : r < 0.62 ? 4 : 5;
};

/** The traffic generator; acknowledged submissions feed the follow-ups and retries. */
export class Traffic {
  private acknowledged: Submission[] = [];
  private next = 0;
  private readonly clients: string[];

  constructor(
    private readonly services: readonly BenchService[],
    clients = 5000,
    /** Only new scores (no follow-ups, no retries): to see what those cost. */
    private readonly newOnly = false,
  ) {
    this.clients = Array.from({ length: clients }, (_, i) => `198.18.${i >> 8}.${i & 255}`);
  }

  /** A request: its kind, body and headers. */
  request(): { kind: Kind; body: Submission; headers: Record<string, string>; original: Submission | null } {
    const r = Math.random();
    let kind: Kind = 'new';
    let body: Submission;
    const earlier = this.acknowledged.length > 100 && !this.newOnly ? pick(this.acknowledged) : null;
    if (earlier && r < 0.08) {
      kind = 'retry';
      body = earlier;
    } else if (earlier && r < 0.2 && earlier.remark === undefined) {
      kind = 'follow-up';
      const service = this.services.find((s) => s.id === earlier.serviceId)!;
      body = {
        ...earlier,
        remark: pick(REMARKS),
        ...(service.followUps.includes('ease') && { ease: 1 + Math.floor(Math.random() * 5) }),
        ...(service.followUps.includes('completed') && { completed: pick(['yes', 'partly', 'no'] as const) }),
      };
    } else {
      const service = pick(this.services);
      body = {
        serviceId: service.id,
        submissionId: randomUUID(),
        score: score(),
        lang: pick(['nl', 'nl', 'nl', 'fr', 'en', 'de']),
        context: pick(['transaction', 'support', 'continuous']),
        page: '/aanvraag/bevestiging?dossier=123#top',
        ...(Math.random() < 0.15 && { remark: pick(REMARKS) }),
        ...(Math.random() < 0.2 && { channel: 'e-loket-ondernemers' }),
      };
    }
    const service = this.services.find((s) => s.id === body.serviceId)!;
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': pick(this.clients) };
    if (service.origin && Math.random() < 0.5) headers.origin = service.origin;
    return { kind, body, headers, original: earlier };
  }

  /** A new submission was acknowledged (201): later requests may follow it up or retry it. */
  acknowledge(submission: Submission): void {
    if (this.acknowledged.length < 10_000) this.acknowledged.push(submission);
    else this.acknowledged[this.next++ % 10_000] = submission;
  }

  /** A follow-up was acknowledged: the stored response has its remark now (no second follow-up). */
  followedUp(original: Submission, followUp: Submission): void {
    Object.assign(original, followUp);
  }
}
