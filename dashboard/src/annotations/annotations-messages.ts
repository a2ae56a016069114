/** The texts of annotations (notes) on the service page: the list, the form, the effect table and the chart's label. */
export interface AnnotationsMessages {
  annotationsHeading: string;
  annotationsIntro: string;
  noAnnotations: string;
  annotationDay: string;
  annotationText: string;
  annotationTextHint: string;
  addAnnotation: string;
  deleteAnnotation: (text: string) => string;
  effectCaption: (day: string, text: string) => string;
  before: string;
  after: string;
  satisfiedShare: string;
  responses: string;
  topicColumn: string;
  noTopics: string;
  chartNotes: string;
  /** What the API refused, as the alerts page says it. */
  problem: (message: string) => string;
}

// This feature's part of every text of the dashboard (app/messages-for.ts puts it in).
declare module '../i18n/messages.js' {
  interface Messages {
    /** Annotations (notes) on the service page. */
    annotations: AnnotationsMessages;
  }
}
