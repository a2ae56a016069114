// Annotations (notes) on a service's timeline: a day and a short text ("versie 3.2: opladen
// hersteld"), shown on its monthly charts and in its report, with their effect.
import { z } from 'zod';
import { InputDay } from './input-dates.js';

const Day = InputDay.meta({ description: 'YYYY-MM-DD, from 2000-01-01 to one year after today' });

export const AnnotationInput = z
  .object({
    day: Day,
    text: z.string().trim().min(1).max(200).meta({ description: 'e.g. "versie 3.2: opladen hersteld".' }),
  })
  .strict()
  .meta({ id: 'NewAnnotation' });
export type AnnotationInput = z.infer<typeof AnnotationInput>;

export const Annotation = z
  .object({ id: z.uuid(), serviceId: z.string(), day: z.string(), text: z.string(), createdAt: z.string() })
  .meta({ id: 'Annotation' });
export type Annotation = z.infer<typeof Annotation>;

const Window = z.object({
  from: z.string(),
  to: z.string(),
  responses: z.number().int().min(0),
  satisfied: z.number().nullable().meta({ description: '% of 4–5, 1 decimal; null without responses.' }),
  remarks: z.number().int().min(0).meta({ description: 'Remarks analysed for the topics.' }),
});

export const AnnotationEffect = z
  .object({
    annotation: Annotation,
    before: Window.meta({ description: 'The 28 days before the annotated day.' }),
    after: Window.meta({ description: 'The annotated day and the 27 days after it.' }),
    topics: z.array(z.object({ label: z.string(), before: z.number().int().min(0), after: z.number().int().min(0) })).meta({
      description:
        'The top topics of the 28 days before, with their counts before and after, both counted alike (the remarks that say two of its terms, or its one term): did the fix work?',
    }),
  })
  .meta({ id: 'AnnotationEffect' });
export type AnnotationEffect = z.infer<typeof AnnotationEffect>;
