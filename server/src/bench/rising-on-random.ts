// How often topic.rising fires on remarks that say nothing in particular: bench:alerts'
// remark mix (load-dataset.ts) drawn at random for 200 services, a week and its 8 weeks
// before, many times over, in this process (no database: the finder is given the remarks).
// One draw, as bench:alerts' own data is, cannot tell a rule that fires for 2 services from
// one that fires for 8: with the z-test, the count of each of 10 draws ranged from 4 to 14.
import { isRising, RULES } from '../alerts/evaluate-alerts.js';
import { risePValue } from '../alerts/two-proportion-test.js';
import { seededRandom } from '../demo/workload.js';
import { analysed, topicsOf, type AnalysedRemark } from '../topics/find-topics.js';
import { periodTopicsOf } from '../topics/topics-of-period.js';
import { BENCH_SERVICES, drawService, REMARKS, scoreOf } from './load-dataset.js';

const LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;

export interface RisingOnRandom {
  /** Per draw: the services for which topic.rising fires (the rule), and for which the z-test would. */
  exact: number[];
  zTest: number[];
}

/**
 * `draws` draws of `weekRemarks` remarks for the week and 8 times as many before, spread over
 * 200 services, scores, remarks and languages as load-dataset.ts's SQL spreads them.
 */
export async function risingOnRandom(weekRemarks: number, draws: number): Promise<RisingOnRandom> {
  const made = await analysed(REMARKS.flatMap((remark) => LANGUAGES.map((lang) => ({ remark, lang }))));
  const analysisOf = new Map(made.map((m) => [`${m.lang}|${m.remark}`, m.analysis]));
  const result: RisingOnRandom = { exact: [], zTest: [] };
  for (let draw = 1; draw <= draws; draw += 1) {
    const random = seededRandom(draw * 7919);
    let id = 0;
    const remark = (): AnalysedRemark => {
      const [r2, r4, r5] = [random(), random(), random()];
      const score = scoreOf(r2);
      const text = REMARKS[Math.round(r4 * (REMARKS.length - 1))]!;
      const lang = r5 < 0.7 ? 'nl' : r5 < 0.9 ? 'fr' : r5 < 0.97 ? 'en' : 'de';
      id += 1;
      return { id: `r${id}`, score, remark: text, lang, analysis: analysisOf.get(`${lang}|${text}`)! };
    };
    const service = () => drawService(random);
    const week = Array.from({ length: BENCH_SERVICES }, () => [] as AnalysedRemark[]);
    const before = Array.from({ length: BENCH_SERVICES }, () => [] as AnalysedRemark[]);
    for (let i = 0; i < weekRemarks; i += 1) week[service()]!.push(remark());
    for (let i = 0; i < 8 * weekRemarks; i += 1) before[service()]!.push(remark());
    let exact = 0;
    let zTest = 0;
    for (let s = 0; s < BENCH_SERVICES; s += 1) {
      if (week[s]!.length < RULES.risingMinRemarks) continue;
      const options = { limit: RULES.topicLimit, minCount: RULES.risingMinRemarks, serviceNames: [{ text: `Dienst ${s}`, lang: 'nl' }] };
      const found = periodTopicsOf(await topicsOf(week[s]!, before[s]!, options));
      if (found.topics.some((t) => isRising(t, found, found.topics.length))) exact += 1;
      // The rule before Fisher's test: the same, with the pooled z-test.
      if (found.topics.some((t) => isRising(t, found, found.topics.length, risePValue))) zTest += 1;
    }
    result.exact.push(exact);
    result.zTest.push(zTest);
  }
  return result;
}
