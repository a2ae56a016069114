// GET /v1/services/:serviceId/comparison: the same IPDC product at other organisations.
import { z } from 'zod';
import { ProductId } from './services.js';
import { Period } from './figures.js';
import { Slug } from './slug.js';

/** Fewer other organisations than this: no comparison (nobody can be singled out). */
export const COMPARISON_MIN_ORGANISATIONS = 5;
/** An organisation counts with at least this many responses to the product in the year. */
export const COMPARISON_MIN_RESPONSES = 30;

/**
 * The others' percentiles are rounded to whole multiples of this many points, so that no
 * single organisation's share can be read (with 5 organisations each quartile is one of them).
 */
export const COMPARISON_ROUNDING = 5;

export const COMPARISON_REASONS = ['no_product', 'too_few_organisations'] as const;
export type ComparisonReason = (typeof COMPARISON_REASONS)[number];

export const STANDINGS = ['below_p25', 'between', 'above_p75'] as const;
export type Standing = (typeof STANDINGS)[number];

const Share = z.number().min(0).max(100);
/** A share rounded to a whole multiple of 5 points (COMPARISON_ROUNDING). */
const RoundedShare = z.number().int().min(0).max(100).multipleOf(COMPARISON_ROUNDING);

export const ProductComparison = z
  .object({
    service: z.object({ id: Slug, productId: ProductId.nullable() }),
    period: Period,
    own: z
      .object({
        responses: z.number().int().min(0),
        satisfied: Share.nullable().meta({ description: "This service's share of scores 4–5, 1 decimal; null without responses." }),
        satisfiedInterval: z
          .object({ low: Share, high: Share })
          .nullable()
          .meta({ description: 'Its 95 % Wilson interval; null without responses.' }),
      })
      .meta({ description: 'This service in the same year.' }),
    organisations: z
      .number()
      .int()
      .min(0)
      .meta({
        description:
          `How many other organisations offer the same product with at least ${COMPARISON_MIN_RESPONSES} responses in the year ` +
          '(all their services of the product pooled). Never named.',
      }),
    suppressed: z.boolean().meta({
      description: `True when the product is not named or fewer than ${COMPARISON_MIN_ORGANISATIONS} other organisations qualify: then others and position are null.`,
    }),
    reason: z.enum(COMPARISON_REASONS).nullable().meta({
      description: 'Why it is suppressed: no_product (the service names no productId) or too_few_organisations; null when not suppressed.',
    }),
    others: z
      .object({
        p25: RoundedShare.meta({
          description: '25th percentile of the other organisations\u2019 satisfied shares (PERCENTILE.INC), rounded to a multiple of 5.',
        }),
        median: RoundedShare.meta({ description: 'Their median satisfied share, rounded to a multiple of 5.' }),
        p75: RoundedShare.meta({ description: '75th percentile, rounded to a multiple of 5.' }),
      })
      .nullable(),
    position: z
      .object({
        standing: z.enum(STANDINGS).meta({
          description:
            "This service's share (1 decimal) against the rounded percentiles: below p25, between p25 and p75 (both included), or above p75.",
        }),
      })
      .strict()
      .nullable()
      .meta({ description: 'Null when suppressed or when this service has no responses in the year.' }),
  })
  .meta({
    id: 'ProductComparison',
    description:
      'Percentiles use linear interpolation between closest ranks (Excel PERCENTILE.INC, R type 7) over the unrounded ' +
      'satisfied shares of the other organisations, one share per organisation, then are rounded to whole multiples of ' +
      `${COMPARISON_ROUNDING} points. No minimum, maximum or rank among the others is given: nothing from which one ` +
      "organisation's share can be read.",
  });
export type ProductComparison = z.infer<typeof ProductComparison>;
