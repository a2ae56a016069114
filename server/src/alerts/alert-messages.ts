// The texts of alert events in the subscription's language: a one-line summary (also in
// webhook payloads) and the e-mail (subject, plain text, HTML). Dutch first, in plain language.
import type { Language } from '@feedbackinstrument/shared/constants';
import { escapeHtml } from '../kernel/escape.js';
import type { DigestWeeklyData, EventData, SatisfactionDroppedData, TopicRisingData } from './event-data.js';

const pct = (value: number | null, language: Language) =>
  value === null ? '–' : `${value.toLocaleString(language === 'en' ? 'en-GB' : `${language}-BE`, { maximumFractionDigits: 1 })} %`;

interface Texts {
  rising(d: Omit<TopicRisingData, 'summary'>): string;
  risingDetail(d: Omit<TopicRisingData, 'summary'>): string;
  dropped(d: Omit<SatisfactionDroppedData, 'summary'>): string;
  droppedDetail(d: Omit<SatisfactionDroppedData, 'summary'>): string;
  digest(d: Omit<DigestWeeklyData, 'summary'>): string;
  digestLine(s: DigestWeeklyData['services'][number]): string;
  test: string;
  examples: string;
  noResponses: string;
  footer: string;
}

const TEXTS: Record<Language, Texts> = {
  nl: {
    rising: (d) => `${d.serviceName}: ${d.topic.isNew ? 'nieuw probleem' : 'probleem neemt toe'}: "${d.topic.label}"`,
    risingDetail: (d) =>
      `In de laatste 7 dagen (${d.period.from} tot ${d.period.to}) gaan ${d.topic.count} opmerkingen (${pct(d.topic.share, 'nl')}) over "${d.topic.label}". ` +
      `In de 8 weken daarvoor waren dat er ${d.topic.previousCount} (${pct(d.topic.previousShare, 'nl')}).`,
    dropped: (d) => `${d.serviceName}: de tevredenheid is gedaald naar ${pct(d.week.satisfied, 'nl')}`,
    droppedDetail: (d) =>
      `In de laatste 7 dagen was ${pct(d.week.satisfied, 'nl')} van ${d.week.responses} gebruikers tevreden (4 of 5). ` +
      `In de 8 weken daarvoor was dat ${pct(d.before.satisfied, 'nl')} van ${d.before.responses}. Dat verschil is geen toeval (p = ${d.pValue.toPrecision(2)}).`,
    digest: (d) => `Uw week in feedback: ${d.week.from} tot ${d.week.to}`,
    digestLine: (s) =>
      `${s.serviceName}: ${s.responses} antwoorden, ${pct(s.satisfied, 'nl')} tevreden, ${s.remarks} opmerkingen (week ervoor: ${s.previousWeek.responses} antwoorden, ${pct(s.previousWeek.satisfied, 'nl')} tevreden).`,
    test: 'Testbericht van het feedbackinstrument: deze melding werkt.',
    examples: 'Voorbeelden van opmerkingen:',
    noResponses: 'Geen antwoorden deze week.',
    footer: 'U krijgt dit bericht omdat uw organisatie deze melding heeft ingesteld in het feedbackinstrument.',
  },
  fr: {
    rising: (d) => `${d.serviceName} : ${d.topic.isNew ? 'nouveau problème' : 'problème en hausse'} : « ${d.topic.label} »`,
    risingDetail: (d) =>
      `Ces 7 derniers jours (du ${d.period.from} au ${d.period.to}), ${d.topic.count} remarques (${pct(d.topic.share, 'fr')}) portent sur « ${d.topic.label} ». ` +
      `Les 8 semaines précédentes, il y en avait ${d.topic.previousCount} (${pct(d.topic.previousShare, 'fr')}).`,
    dropped: (d) => `${d.serviceName} : la satisfaction a baissé à ${pct(d.week.satisfied, 'fr')}`,
    droppedDetail: (d) =>
      `Ces 7 derniers jours, ${pct(d.week.satisfied, 'fr')} des ${d.week.responses} utilisateurs étaient satisfaits (4 ou 5). ` +
      `Les 8 semaines précédentes : ${pct(d.before.satisfied, 'fr')} de ${d.before.responses}. Cette différence n'est pas due au hasard (p = ${d.pValue.toPrecision(2)}).`,
    digest: (d) => `Votre semaine de feedback : du ${d.week.from} au ${d.week.to}`,
    digestLine: (s) =>
      `${s.serviceName} : ${s.responses} réponses, ${pct(s.satisfied, 'fr')} satisfaits, ${s.remarks} remarques (semaine précédente : ${s.previousWeek.responses} réponses, ${pct(s.previousWeek.satisfied, 'fr')} satisfaits).`,
    test: "Message de test de l'instrument de feedback : cette alerte fonctionne.",
    examples: 'Exemples de remarques :',
    noResponses: 'Aucune réponse cette semaine.',
    footer: "Vous recevez ce message parce que votre organisation a configuré cette alerte dans l'instrument de feedback.",
  },
  en: {
    rising: (d) => `${d.serviceName}: ${d.topic.isNew ? 'new problem' : 'problem on the rise'}: "${d.topic.label}"`,
    risingDetail: (d) =>
      `In the last 7 days (${d.period.from} to ${d.period.to}), ${d.topic.count} remarks (${pct(d.topic.share, 'en')}) mention "${d.topic.label}". ` +
      `In the 8 weeks before, ${d.topic.previousCount} did (${pct(d.topic.previousShare, 'en')}).`,
    dropped: (d) => `${d.serviceName}: satisfaction dropped to ${pct(d.week.satisfied, 'en')}`,
    droppedDetail: (d) =>
      `In the last 7 days, ${pct(d.week.satisfied, 'en')} of ${d.week.responses} users were satisfied (4 or 5). ` +
      `In the 8 weeks before, ${pct(d.before.satisfied, 'en')} of ${d.before.responses}. This difference is not chance (p = ${d.pValue.toPrecision(2)}).`,
    digest: (d) => `Your week in feedback: ${d.week.from} to ${d.week.to}`,
    digestLine: (s) =>
      `${s.serviceName}: ${s.responses} responses, ${pct(s.satisfied, 'en')} satisfied, ${s.remarks} remarks (week before: ${s.previousWeek.responses} responses, ${pct(s.previousWeek.satisfied, 'en')} satisfied).`,
    test: 'Test message from the feedbackinstrument: this alert works.',
    examples: 'Example remarks:',
    noResponses: 'No responses this week.',
    footer: 'You receive this message because your organisation set up this alert in the feedbackinstrument.',
  },
  de: {
    rising: (d) => `${d.serviceName}: ${d.topic.isNew ? 'neues Problem' : 'Problem nimmt zu'}: „${d.topic.label}“`,
    risingDetail: (d) =>
      `In den letzten 7 Tagen (${d.period.from} bis ${d.period.to}) betreffen ${d.topic.count} Anmerkungen (${pct(d.topic.share, 'de')}) „${d.topic.label}“. ` +
      `In den 8 Wochen davor waren es ${d.topic.previousCount} (${pct(d.topic.previousShare, 'de')}).`,
    dropped: (d) => `${d.serviceName}: die Zufriedenheit ist auf ${pct(d.week.satisfied, 'de')} gesunken`,
    droppedDetail: (d) =>
      `In den letzten 7 Tagen waren ${pct(d.week.satisfied, 'de')} von ${d.week.responses} Nutzern zufrieden (4 oder 5). ` +
      `In den 8 Wochen davor waren es ${pct(d.before.satisfied, 'de')} von ${d.before.responses}. Dieser Unterschied ist kein Zufall (p = ${d.pValue.toPrecision(2)}).`,
    digest: (d) => `Ihre Woche im Feedback: ${d.week.from} bis ${d.week.to}`,
    digestLine: (s) =>
      `${s.serviceName}: ${s.responses} Antworten, ${pct(s.satisfied, 'de')} zufrieden, ${s.remarks} Anmerkungen (Vorwoche: ${s.previousWeek.responses} Antworten, ${pct(s.previousWeek.satisfied, 'de')} zufrieden).`,
    test: 'Testnachricht des Feedbackinstruments: diese Benachrichtigung funktioniert.',
    examples: 'Beispiele für Anmerkungen:',
    noResponses: 'Keine Antworten in dieser Woche.',
    footer: 'Sie erhalten diese Nachricht, weil Ihre Organisation diese Benachrichtigung im Feedbackinstrument eingerichtet hat.',
  },
};

/** The one-line summary of an event (without its own summary field). */
export function summaryOf(event: DistributiveOmitSummary, language: Language): string {
  const t = TEXTS[language];
  switch (event.type) {
    case 'topic.rising':
      return t.rising(event.data);
    case 'satisfaction.dropped':
      return t.dropped(event.data);
    case 'digest.weekly':
      return t.digest(event.data);
    case 'test':
      return t.test;
  }
}

type DistributiveOmitSummary = EventData extends infer E
  ? E extends { type: infer T; data: infer D }
    ? { type: T; data: Omit<D, 'summary'> }
    : never
  : never;

export interface Mail {
  subject: string;
  text: string;
  html: string;
}

/** The e-mail of an event: the summary as subject, the details as paragraphs (text and HTML). */
export function mailOf(event: EventData, language: Language): Mail {
  const t = TEXTS[language];
  const paragraphs: string[] = [];
  let list: string[] = [];
  switch (event.type) {
    case 'topic.rising':
      paragraphs.push(t.risingDetail(event.data));
      if (event.data.examples?.length) {
        paragraphs.push(t.examples);
        list = event.data.examples;
      }
      break;
    case 'satisfaction.dropped':
      paragraphs.push(t.droppedDetail(event.data));
      break;
    case 'digest.weekly':
      list = event.data.services.map(t.digestLine);
      if (list.length === 0) paragraphs.push(t.noResponses);
      break;
    case 'test':
      break;
  }
  const subject = event.data.summary;
  const text = [subject, '', ...paragraphs, ...list.map((l) => `- ${l}`), '', '--', t.footer].join('\n');
  const html =
    `<!doctype html><html lang="${language}"><body>` +
    `<h1 style="font-size:1.2em">${escapeHtml(subject)}</h1>` +
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    (list.length ? `<ul>${list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : '') +
    `<hr><p style="color:#555">${escapeHtml(t.footer)}</p></body></html>`;
  return { subject, text, html };
}
