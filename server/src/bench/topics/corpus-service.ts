// The shape of the regression corpus's services (corpus.ts).
import type { Language } from '@feedbackinstrument/shared/constants';

export type CorpusRemark = readonly [Language, string];

export interface CorpusService {
  id: string;
  name: string;
  /** Planted problem key → its remarks. */
  planted: Readonly<Record<string, readonly CorpusRemark[]>>;
  oneOffs: readonly CorpusRemark[];
}
