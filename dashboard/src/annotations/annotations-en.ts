import type { AnnotationsMessages } from './annotations-messages.js';

export const annotationsEn: AnnotationsMessages = {
  annotationsHeading: 'Notes',
  annotationsIntro:
    'Note what changed, such as a new release or a fixed bug. The note appears on the monthly chart, and here you see whether it helped: the 28 days before and after.',
  noAnnotations: 'No notes yet.',
  annotationDay: 'Day',
  annotationText: 'Note',
  annotationTextHint: 'For example: version 3.2: upload fixed.',
  addAnnotation: 'Add note',
  deleteAnnotation: (text) => `Delete note ${text}`,
  effectCaption: (day, text) => `${day}: ${text} – 28 days before and after`,
  before: '28 days before',
  after: '28 days after',
  satisfiedShare: 'Satisfied',
  responses: 'Responses',
  topicColumn: 'Topic (remarks)',
  noTopics: 'Too few remarks for topics.',
  chartNotes: 'Notes',
  problem: (message) => `That did not work: ${message}`,
};
