// Development only: the finder on the tuning corpus and the regression corpus, in process,
// with knobs from the environment (ALPHA, BETA, COHESION, ABSORB…) and ALT=seed for the
// finder before (seed words grown by co-occurrence, cluster.ts) made a partition. Never the held-out corpora.
import { topicsOf, analysed, type FoundTopics } from '../../topics/find-topics.js';
import { TUNING as KNOBS } from '../../topics/partition.js';

const env = (k: string) => (process.env[k] === undefined ? undefined : Number(process.env[k]));
KNOBS.gsdmm = Object.fromEntries(Object.entries({ alpha: env('ALPHA'), beta: env('BETA'), iterations: env('ITER'), greedy: env('GREEDY'), seed: env('SEED') }).filter(([, v]) => v !== undefined));
KNOBS.cohesion = env('COHESION');
KNOBS.coreShare = env('CORE');
KNOBS.complaint = env('COMPLAINT');
KNOBS.absorb = env('ABSORB');
COGNATES_OFF.off = process.env.COGNATES === '0';
if (process.argv.includes('--debug')) KNOBS.debug = (l) => console.log('    ' + l);
import { corpusRemarks, CORPUS } from './corpus.js';
import { batchTerms, COGNATES_OFF } from '../../topics/batch-terms.js';
import { clusterTopics } from '../../topics/cluster.js';
import { generalTerms } from '../../topics/partition.js';
import { readCorpus, TUNING } from './corpora.js';

async function seedTopics(rows: Parameters<typeof analysed>[0] & { id: string }[], serviceName: string, lexicon: boolean) {
  const texts = batchTerms((await analysed(rows)).map((r) => r.analysis), { lexicon });
  const names = batchTerms((await analysed([{ remark: serviceName, lang: 'nl' }])).map((r) => r.analysis), { lexicon });
  const general = generalTerms(texts);
  const clustered = clusterTopics(texts.map((t) => new Set([...t.terms].filter((x) => !general.has(x)))), [], { limit: 10, minCount: 3, noStart: new Set(names.flatMap((n) => [...n.terms])) });
  const taken = new Set<number>();
  const topics = clustered.map((c) => ({ c, remarks: c.remarks.filter((i) => !taken.has(i) && taken.add(i)) })).filter((t) => t.remarks.length >= 3);
  const map = new Map<object, number[]>();
  const out = topics.map((t) => { const o = { label: t.c.key, terms: t.c.terms, count: t.remarks.length, remarkIds: t.remarks.map((i) => rows[i]!.id) }; map.set(o, t.remarks); return o; });
  return { topics: out, rows, rowsOf: (t: object) => map.get(t)!, examplesOf: (t: object, n: number) => map.get(t)!.slice(0, n) } as unknown as FoundTopics;
}
const show = process.argv.includes('--show');
async function run(name: string, remarks: { text: string; lang: string; problem: string | null; score: number }[], serviceName: string, lexicon: boolean) {
  const rows = remarks.map((r, i) => ({ id: `r${String(i).padStart(4, '0')}`, received_at: new Date(), position: '', local_day: '', score: r.score, remark: r.text, lang: r.lang, context: '', channel: '', step: null, ease: null, completed: null }));
  const truth = new Map(rows.map((r, i) => [r.id, remarks[i]!.problem]));
  const found = process.env.ALT === 'seed' ? await seedTopics(rows, serviceName, lexicon) : await topicsOf(await analysed(rows), [], null, { limit: 10, minCount: 3, serviceNames: [{ text: serviceName, lang: 'nl' }], lexicon });
  const sizes = new Map<string, number>();
  for (const r of remarks) if (r.problem) sizes.set(r.problem, (sizes.get(r.problem) ?? 0) + 1);
  let whole = 0;
  let unplanted = 0;
  const lines: string[] = [];
  const owned = new Set<string>();
  for (const t of found.topics) {
    const counts = new Map<string, number>();
    for (const id of t.remarkIds) { const p = truth.get(id) ?? '-'; counts.set(p, (counts.get(p) ?? 0) + 1); }
    const [p, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const ex = found.examplesOf(t, 3).map((i) => truth.get(found.rows[i]!.id) ?? '-');
    const pure = ex.every((e) => e === p);
    const ok = p !== '-' && n >= 0.7 * sizes.get(p)! && t.count <= 1.3 * sizes.get(p)! && pure && !owned.has(p);
    if (p === '-' || n < 0.5 * t.count) unplanted += 1;
    if (ok) { whole += 1; owned.add(p); }
    lines.push(`  ${t.count} "${t.label}" [${t.terms.join(' ')}] ${[...counts].map(([k, v]) => `${k}:${v}`).join(' ')} ex ${ex.join(',')} ${ok ? 'OK' : ''}`);
  }
  console.log(`${name}${lexicon ? '' : ' (no lexicon)'}: whole+pure ${whole}/${sizes.size}, unplanted ${unplanted}; sizes ${[...sizes].map(([k, v]) => `${k}:${v}`).join(' ')}`);
  if (show) console.log(lines.join('\n'));
}
for (const lexicon of process.argv.includes('--nolex') ? [false] : process.argv.includes('--lex') ? [true] : [true, false]) {
  const tuning = readCorpus(TUNING);
  await run(TUNING, tuning.remarks, tuning.service.name, lexicon);
  for (const s of CORPUS) {
    await run(s.id, corpusRemarks().filter((r) => r.serviceId === s.id).map((r) => ({ ...r, score: r.problem ? 1 : 4 })), s.name, lexicon);
  }
}
