// The topics benchmark's corpus: remarks as users of three Flemish e-government services
// write them, each written by hand (no template), in Dutch, French, English and German.
// Each service has three planted problems, each said at least eight different ways
// (compounds and their parts, inflections, negations, typos, synonyms, four languages),
// among one-off remarks: praise, small complaints said once, and the words every service's
// remarks use ("aanvraag", "formulier", "dossier", "website").
import type { Language } from '@feedbackinstrument/shared/constants';
import type { CorpusService } from './corpus-service.js';
import { groeipakket } from './corpus-services/groeipakket.js';
import { omgevingsloket } from './corpus-services/omgevingsloket.js';
import { parkeren } from './corpus-services/parkeren.js';

export type { CorpusRemark, CorpusService } from './corpus-service.js';

export const CORPUS: readonly CorpusService[] = [omgevingsloket, groeipakket, parkeren];

/** Every remark of the corpus with its service and planted problem (null: a one-off). */
export function corpusRemarks(): { serviceId: string; problem: string | null; lang: Language; text: string }[] {
  return CORPUS.flatMap((service) => [
    ...Object.entries(service.planted).flatMap(([problem, remarks]) =>
      remarks.map(([lang, text]) => ({ serviceId: service.id, problem, lang, text })),
    ),
    ...service.oneOffs.map(([lang, text]) => ({ serviceId: service.id, problem: null, lang, text })),
  ]);
}
