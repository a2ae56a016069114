import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { stemOf } from './language.js';
import { DEBIAN_DICTIONARY_DIR } from '../config.js';
import { readTranslations, translations, useDictionaryDir } from './translations.js';

describe('the bilingual dictionary (FreeDict files read at run time)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fi-dictd-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads both directions of a pair: French → Dutch, and Dutch → French backwards', async () => {
    writeFileSync(join(dir, 'freedict-fra-nld.dict.dz'), gzipSync('facture /faktyʁ/\nfactuur, rekening\n'));
    writeFileSync(join(dir, 'freedict-nld-fra.dict.dz'), gzipSync('handtekening /hɑnttekənɪŋ/\n1. signature\n2. paraphe\n'));
    const translations = await readTranslations(dir);
    expect(translations.get(`fr:${stemOf('fr', 'facture')}`)).toEqual([stemOf('nl', 'factuur'), stemOf('nl', 'rekening')].sort());
    expect(translations.get(`fr:${stemOf('fr', 'signature')}`)).toEqual([stemOf('nl', 'handtekening')]);
  });

  it('gives no translations, and never fails, when the files are missing or not dictd files', async () => {
    expect((await readTranslations(join(dir, 'missing'))).size).toBe(0);
    const broken = mkdtempSync(join(tmpdir(), 'fi-dictd-broken-'));
    writeFileSync(join(broken, 'freedict-eng-nld.dict.dz'), 'not gzip at all');
    expect((await readTranslations(broken)).size).toBe(0);
    rmSync(broken, { recursive: true, force: true });
  });

  it('reads the folder the configuration names (TOPICS_DICTIONARY_DIR), anew when it changes', async () => {
    const own = mkdtempSync(join(tmpdir(), 'fi-dictd-own-'));
    writeFileSync(join(own, 'freedict-eng-nld.dict.dz'), gzipSync('invoice /ˈɪnvɔɪs/\nfactuur\n'));
    try {
      useDictionaryDir(own);
      expect((await translations()).get(`en:${stemOf('en', 'invoice')}`)).toEqual([stemOf('nl', 'factuur')]);
      useDictionaryDir(join(own, 'missing'));
      expect((await translations()).size).toBe(0);
    } finally {
      useDictionaryDir(DEBIAN_DICTIONARY_DIR);
      rmSync(own, { recursive: true, force: true });
    }
  });
});
