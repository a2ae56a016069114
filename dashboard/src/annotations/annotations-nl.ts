import type { AnnotationsMessages } from './annotations-messages.js';

export const annotationsNl: AnnotationsMessages = {
  annotationsHeading: 'Notities',
  annotationsIntro:
    'Noteer wat er veranderde, zoals een nieuwe versie of een herstelde fout. De notitie staat op de grafiek per maand, en hier ziet u of het hielp: de 28 dagen ervoor en erna.',
  noAnnotations: 'Nog geen notities.',
  annotationDay: 'Dag',
  annotationText: 'Notitie',
  annotationTextHint: 'Bijvoorbeeld: versie 3.2: opladen hersteld.',
  addAnnotation: 'Notitie toevoegen',
  deleteAnnotation: (text) => `Verwijder notitie ${text}`,
  effectCaption: (day, text) => `${day}: ${text} – 28 dagen ervoor en erna`,
  before: '28 dagen ervoor',
  after: '28 dagen erna',
  satisfiedShare: 'Tevreden',
  responses: 'Antwoorden',
  topicColumn: 'Onderwerp (opmerkingen)',
  noTopics: 'Te weinig opmerkingen voor onderwerpen.',
  chartNotes: 'Notities',
  problem: (message) => `Dat lukte niet: ${message}`,
};
