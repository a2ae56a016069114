import type { Language } from '@feedbackinstrument/shared/constants';

// Texts of the pages a no-JavaScript form gets back, in plain language (B1).
export const FORM_MESSAGES: Record<
  Language,
  {
    thanksTitle: string;
    thanksBody: string;
    errorTitle: string;
    errorBody: string;
    back: string;
    notComplaint: string;
    complaintsLink: string;
    accessibilityLink: string;
    reasons: Partial<Record<string, string>>;
  }
> = {
  nl: {
    thanksTitle: 'Bedankt voor uw feedback',
    thanksBody: 'We hebben uw antwoord goed ontvangen. Met uw feedback maken we onze dienstverlening beter.',
    errorTitle: 'Uw feedback is niet verstuurd',
    errorBody: 'Ga terug met de terugknop van uw browser en probeer het opnieuw.',
    back: 'Terug naar de vorige pagina',
    notComplaint: 'Uw opmerking is anoniem. Daarom is ze geen klacht en krijgt u geen antwoord.',
    complaintsLink: 'Een klacht indienen',
    accessibilityLink: 'Een toegankelijkheidsprobleem melden',
    reasons: {
      validation_failed: 'Kies een score van 1 tot 5. Uw opmerking mag maximaal 2000 tekens lang zijn.',
      not_found: 'Deze dienst kan op dit moment geen feedback ontvangen.',
      origin_not_allowed: 'Deze website mag geen feedback sturen voor deze dienst.',
      rate_limited: 'Er kwamen te veel berichten tegelijk binnen. Wacht een minuut en probeer opnieuw.',
      payload_too_large: 'Uw opmerking is te lang. Maak ze korter en probeer opnieuw.',
      conflict: 'Deze feedback is al verstuurd.',
    },
  },
  fr: {
    thanksTitle: 'Merci pour votre avis',
    thanksBody: 'Nous avons bien reçu votre réponse. Votre avis nous aide à améliorer nos services.',
    errorTitle: "Votre avis n'a pas été envoyé",
    errorBody: 'Revenez en arrière avec le bouton de votre navigateur et réessayez.',
    back: 'Retour à la page précédente',
    notComplaint: 'Votre remarque est anonyme. Ce n’est donc pas une plainte et vous ne recevrez pas de réponse.',
    complaintsLink: 'Introduire une plainte',
    accessibilityLink: 'Signaler un problème d’accessibilité',
    reasons: {
      validation_failed: 'Choisissez une note de 1 à 5. Votre remarque peut compter 2000 caractères au maximum.',
      not_found: "Ce service ne peut pas recevoir d'avis pour le moment.",
      origin_not_allowed: "Ce site web ne peut pas envoyer d'avis pour ce service.",
      rate_limited: 'Trop de messages sont arrivés en même temps. Attendez une minute et réessayez.',
      payload_too_large: 'Votre remarque est trop longue. Raccourcissez-la et réessayez.',
      conflict: 'Cet avis a déjà été envoyé.',
    },
  },
  en: {
    thanksTitle: 'Thank you for your feedback',
    thanksBody: 'We have received your answer. Your feedback helps us improve our services.',
    errorTitle: 'Your feedback was not sent',
    errorBody: "Go back with your browser's back button and try again.",
    back: 'Back to the previous page',
    notComplaint: 'Your comment is anonymous. So it is not a complaint, and you will not get an answer.',
    complaintsLink: 'Make a complaint',
    accessibilityLink: 'Report an accessibility problem',
    reasons: {
      validation_failed: 'Choose a score from 1 to 5. Your remark can be at most 2000 characters long.',
      not_found: 'This service cannot receive feedback at the moment.',
      origin_not_allowed: 'This website may not send feedback for this service.',
      rate_limited: 'Too many messages arrived at once. Wait a minute and try again.',
      payload_too_large: 'Your remark is too long. Make it shorter and try again.',
      conflict: 'This feedback was already sent.',
    },
  },
  de: {
    thanksTitle: 'Vielen Dank für Ihr Feedback',
    thanksBody: 'Wir haben Ihre Antwort erhalten. Mit Ihrem Feedback verbessern wir unsere Dienste.',
    errorTitle: 'Ihr Feedback wurde nicht gesendet',
    errorBody: 'Gehen Sie mit der Zurück-Taste Ihres Browsers zurück und versuchen Sie es erneut.',
    back: 'Zurück zur vorherigen Seite',
    notComplaint: 'Ihre Bemerkung ist anonym. Sie ist deshalb keine Beschwerde, und Sie bekommen keine Antwort.',
    complaintsLink: 'Eine Beschwerde einreichen',
    accessibilityLink: 'Ein Problem mit der Barrierefreiheit melden',
    reasons: {
      validation_failed: 'Wählen Sie eine Bewertung von 1 bis 5. Ihre Bemerkung darf höchstens 2000 Zeichen lang sein.',
      not_found: 'Dieser Dienst kann im Moment kein Feedback empfangen.',
      origin_not_allowed: 'Diese Website darf kein Feedback für diesen Dienst senden.',
      rate_limited: 'Es kamen zu viele Nachrichten gleichzeitig an. Warten Sie eine Minute und versuchen Sie es erneut.',
      payload_too_large: 'Ihre Bemerkung ist zu lang. Kürzen Sie sie und versuchen Sie es erneut.',
      conflict: 'Dieses Feedback wurde bereits gesendet.',
    },
  },
};
