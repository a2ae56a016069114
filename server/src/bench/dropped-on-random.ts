// How often satisfaction.dropped fires on scores that do not change: bench:alerts' response
// mix (load-dataset.ts: its scores, over 200 services of falling share) drawn at random for a week and its 8 weeks before, many
// times over, in this process. One draw, as bench:alerts' own data is, says little.
import { RULES } from '../alerts/evaluate-alerts.js';
import { dropPValue } from '../alerts/two-proportion-test.js';
import { seededRandom } from '../kernel/seeded-random.js';
import { BENCH_SERVICES, drawService, scoreOf } from './load-dataset.js';

/** Per draw, the services for which satisfaction.dropped fires: `weekResponses` in the week, 8 times as many before. */
export function droppedOnRandom(weekResponses: number, draws: number): number[] {
  const fired: number[] = [];
  for (let draw = 1; draw <= draws; draw += 1) {
    const random = seededRandom(draw * 104_729);
    const tally = (count: number) => {
      const counts = Array.from({ length: BENCH_SERVICES }, () => ({ successes: 0, total: 0 }));
      for (let i = 0; i < count; i += 1) {
        const service = counts[drawService(random)]!;
        service.total += 1;
        if (scoreOf(random()) >= 4) service.successes += 1;
      }
      return counts;
    };
    const week = tally(weekResponses);
    const before = tally(8 * weekResponses);
    fired.push(week.filter((w, s) => w.total >= RULES.droppedMinResponses && dropPValue(w, before[s]!) < RULES.droppedMaxP).length);
  }
  return fired;
}
