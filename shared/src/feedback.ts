import { z } from 'zod';
import {
  CHANNEL_MAX_LENGTH,
  COMPLETED_VALUES,
  CONTEXTS,
  LANGUAGES,
  PAGE_MAX_LENGTH,
  REMARK_MAX_LENGTH,
  STEP_MAX_LENGTH,
} from './constants.js';
import { Slug } from './slug.js';

const Rating = z.number().int().min(1).max(5);

/** One submission to POST /v1/feedback: a new response, a retry of it, or its follow-up. */
export const FeedbackSubmission = z
  .object({
    serviceId: Slug.meta({ description: 'The digital service, e.g. "omgevingsvergunning-aanvragen".' }),
    submissionId: z.uuid().meta({ description: 'Chosen by the client; the same id again is a retry or the follow-up.' }),
    score: Rating.meta({ description: 'Satisfaction from 1 (very dissatisfied) to 5 (very satisfied).' }),
    remark: z.string().max(REMARK_MAX_LENGTH).optional(),
    ease: Rating.optional().meta({ description: 'Was it easy; did you understand what was expected of you? 1–5.' }),
    completed: z.enum(COMPLETED_VALUES).optional().meta({ description: 'Did the user get done what they came for?' }),
    lang: z.enum(LANGUAGES).optional(),
    context: z.enum(CONTEXTS).optional(),
    channel: z.string().trim().min(1).max(CHANNEL_MAX_LENGTH).optional(),
    step: z.string().trim().min(1).max(STEP_MAX_LENGTH).optional(),
    page: z.string().max(PAGE_MAX_LENGTH).optional().meta({ description: 'The page; only its path is kept.' }),
  })
  .strict()
  .meta({ id: 'FeedbackSubmission' });
export type FeedbackSubmission = z.infer<typeof FeedbackSubmission>;

export const FeedbackAccepted = z.object({ id: z.uuid() }).meta({ id: 'FeedbackAccepted' });
export type FeedbackAccepted = z.infer<typeof FeedbackAccepted>;

export const DisplaySubmission = z.object({ serviceId: Slug }).strict().meta({ id: 'DisplaySubmission' });
export type DisplaySubmission = z.infer<typeof DisplaySubmission>;
