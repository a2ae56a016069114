import {
  COMPARISON_MIN_ORGANISATIONS,
  COMPARISON_MIN_RESPONSES,
  COMPARISON_ROUNDING,
  type ProductComparison,
  type Service,
  type Standing,
} from '@feedbackinstrument/shared';
import type { Counts } from '../figures/counts.js';
import { loadFigureCounts, type FigureSourceContext } from '../figures/figure-query.js';
import { periodOut } from '../figures/service-figures.js';
import type { DayPeriod } from '../kernel/calendar.js';
import { percentage, wilsonInterval } from '../figures/stats.js';
import { servicesOfProductElsewhere } from './product-services.js';
import { percentileInc } from './percentile.js';

// The same product at other organisations. One share per organisation: when an organisation
// has several services of the product (e.g. one per e-loket), their responses are pooled
// (satisfied of all ÷ responses of all), so a big municipality weighs as much as a small one
// and an organisation cannot count twice. Only organisations whose pooled responses reach
// COMPARISON_MIN_RESPONSES count; fewer than COMPARISON_MIN_ORGANISATIONS of them: suppressed.

interface Tally {
  responses: number;
  satisfied: number;
}

const tallyOf = (c: Counts): Tally => ({ responses: c.scores.reduce((a, b) => a + b, 0), satisfied: c.scores[3] + c.scores[4] });
const round1 = (value: number) => Math.round(value * 10) / 10;
/**
 * Percentiles are shown as whole multiples of COMPARISON_ROUNDING (5) points: with 5 other organisations the
 * quartiles are single organisations' shares, which must not be readable exactly.
 */
export const roundShare = (value: number) => Math.round(value / COMPARISON_ROUNDING) * COMPARISON_ROUNDING;

function standingOf(share: number, p25: number, p75: number): Standing {
  if (share < p25) return 'below_p25';
  if (share > p75) return 'above_p75';
  return 'between';
}

/** The comparison of one service's product in a period (its own figures are always given). */
export async function productComparison(ctx: FigureSourceContext, service: Service, period: DayPeriod): Promise<ProductComparison> {
  const elsewhere = service.productId === null ? [] : await servicesOfProductElsewhere(ctx.db, service.productId, service.organisationId);
  const counts = await loadFigureCounts(ctx, [service.id, ...elsewhere.map((s) => s.serviceId)], {
    period,
    previous: null,
    breakdown: false,
    overall: false,
  });

  const own = tallyOf(counts.of(service.id).current.totals);
  const byOrganisation = new Map<string, Tally>();
  for (const { serviceId, organisationId } of elsewhere) {
    const pooled = byOrganisation.get(organisationId) ?? { responses: 0, satisfied: 0 };
    const t = tallyOf(counts.of(serviceId).current.totals);
    byOrganisation.set(organisationId, { responses: pooled.responses + t.responses, satisfied: pooled.satisfied + t.satisfied });
  }
  const shares = [...byOrganisation.values()]
    .filter((t) => t.responses >= COMPARISON_MIN_RESPONSES)
    .map((t) => (100 * t.satisfied) / t.responses);

  const reason = service.productId === null ? 'no_product' : shares.length < COMPARISON_MIN_ORGANISATIONS ? 'too_few_organisations' : null;
  const base = {
    service: { id: service.id, productId: service.productId },
    period: periodOut(period, ctx.timezone),
    own: {
      responses: own.responses,
      satisfied: percentage(own.satisfied, own.responses),
      satisfiedInterval: wilsonInterval(own.satisfied, own.responses),
    },
    organisations: shares.length,
  };
  if (reason !== null) return { ...base, suppressed: true, reason, others: null, position: null };

  const [p25, median, p75] = [0.25, 0.5, 0.75].map((p) => roundShare(percentileInc(shares, p))) as [number, number, number];
  // The standing compares the own share as shown (1 decimal) with the rounded percentiles
  // only, so moving one's own share tells nothing the rounded percentiles do not already say.
  const ownShown = own.responses > 0 ? round1((100 * own.satisfied) / own.responses) : null;
  return {
    ...base,
    suppressed: false,
    reason: null,
    others: { p25, median, p75 },
    position: ownShown === null ? null : { standing: standingOf(ownShown, p25, p75) },
  };
}
