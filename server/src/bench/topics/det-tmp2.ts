// Prints which fields differ only (no texts, no labels).
import { openTestDatabase } from '../../testing/test-database.js';
import { serviceNames } from '../../repositories/topic-remarks.js';
import { analysed, topicsOf } from '../../topics/find-topics.js';
import { readCorpus } from './corpora.js';
import { loadCorpusFile, shuffled, topicsOfService } from './quality-protocol.js';
const db = await openTestDatabase('pglite');
const c = readCorpus(process.argv[2]!);
const a = await loadCorpusFile(db.db, c, 'o1', 's1', 0);
const fa = await topicsOfService(db.db, a.serviceId);
const names = await serviceNames(db.db, [a.serviceId]);
const rows = await analysed(fa.rows);
const sig = (found: typeof fa) => { const text = new Map(found.rows.map((r) => [r.id, r.remark])); return found.topics.map((t) => ({ key: t.key, label: t.label, terms: t.terms.join(), texts: t.remarkIds.map((id) => text.get(id)).sort().join('|') })); };
const ref = sig(fa);
for (let seed = 0; seed <= 5; seed++) {
  const f = await topicsOf(seed === 0 ? rows : shuffled(rows, seed), [], null, { limit: 10, minCount: 3, serviceNames: names });
  console.log(seed, ref.length, f.topics.length, sig(f).map((x, i) => Object.keys(x).filter((k) => (x as any)[k] !== (ref[i] as any)?.[k]).join('+') || '=').join(' '));
}
await db.close();
