import type { Kysely } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Language } from '@feedbackinstrument/shared/constants';
import type { AlertSettings } from '../config.js';
import type { Database } from '../db/database.js';
import { claimDueEvents, recordAttempt, type ClaimedEvent } from './alert-events.js';
import { mailOf } from './alert-messages.js';
import type { EventData } from './event-data.js';
import { errorKind } from './delivery-error.js';
import { sendWebhook, type SendOutcome } from './send-webhook.js';
import { webhookHeaders } from './sign-webhook.js';

const BATCH = 20;

/** When to try a failed event again after its `attempt`-th attempt; null: give up (24 hours are over). */
export function retryAt(settings: AlertSettings, createdAt: Date, attempt: number, now: Date): Date | null {
  const end = createdAt.getTime() + settings.retryForMs;
  if (now.getTime() >= end) return null;
  const delays = settings.retryDelaysMs;
  const delay = delays[Math.min(attempt - 1, delays.length - 1)]!;
  return new Date(Math.min(now.getTime() + delay, end));
}

/** Sends the outbox's events: webhooks signed by Standard Webhooks, e-mails through SMTP. */
export class AlertDeliverer {
  private mailer: Transporter | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly settings: AlertSettings,
  ) {}

  /** Delivers every due event (batch after batch); returns how many attempts were made. */
  async deliverDue(): Promise<number> {
    let attempts = 0;
    for (;;) {
      // The lease outlasts the slowest attempt, so no other instance takes an event in flight.
      const claimed = await claimDueEvents(this.db, BATCH, this.settings.timeoutMs + 60_000);
      if (claimed.length === 0) return attempts;
      // In parallel: a receiver that hangs holds up only its own event.
      await Promise.all(claimed.map((event) => this.attempt(event)));
      attempts += claimed.length;
    }
  }

  private async attempt(event: ClaimedEvent): Promise<void> {
    const started = performance.now();
    let outcome: SendOutcome;
    const subscription = await this.db
      .selectFrom('alert_subscriptions')
      .selectAll()
      .where('id', '=', event.subscription_id)
      .executeTakeFirst();
    if (!subscription) return; // Deleted meanwhile: its events went with it.
    try {
      if (subscription.channel === 'webhook') {
        const body = JSON.stringify(event.payload);
        outcome = await sendWebhook(
          subscription.url!,
          webhookHeaders(subscription.secret!, event.id, new Date(), body),
          body,
          this.settings,
        );
      } else {
        outcome = await this.mail(subscription.email!, event.payload as EventData, subscription.language as Language);
      }
    } catch (err) {
      outcome = { ok: false, httpStatus: null, error: errorKind(err) };
    }
    await recordAttempt(this.db, {
      eventId: event.id,
      attempt: event.attempts,
      ...outcome,
      durationMs: performance.now() - started,
      retryAt: outcome.ok ? null : retryAt(this.settings, event.created_at, event.attempts, new Date()),
    });
  }

  private async mail(to: string, event: EventData, language: Language): Promise<SendOutcome> {
    if (!this.settings.smtpUrl) return { ok: false, httpStatus: null, error: 'smtp_not_configured' };
    this.mailer ??= nodemailer.createTransport(
      {
        url: this.settings.smtpUrl,
        connectionTimeout: this.settings.timeoutMs,
        greetingTimeout: this.settings.timeoutMs,
        socketTimeout: 3 * this.settings.timeoutMs,
      },
      { from: this.settings.mailFrom },
    );
    const mail = mailOf(event, language);
    try {
      await this.mailer.sendMail({
        to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'auto-submitted': 'auto-generated' },
      });
      return { ok: true, httpStatus: null, error: null };
    } catch (err) {
      return { ok: false, httpStatus: null, error: errorKind(err) };
    }
  }

  close(): void {
    this.mailer?.close();
  }
}
