// The concept lexicon: the one, small, explainable bridge between languages. Each concept
// lists how users write it in Dutch, French, English and German; every form is stemmed in
// its own language (a form of several words is matched as a sequence), and all of them
// count as the one term named by the concept's key. A topic then shows the key and, per
// remark, the words as written that matched it ("wachtwoordherstel" → password + reset).
//
// Keep it small and general: the vocabulary of e-government services (signing in, forms,
// uploads, payments, appointments, mail), not the words of one service's remarks. A word
// that is not here is still found in every language on its own (stemmed, decompounded,
// typos folded); the lexicon only makes Dutch and French remarks about one problem one topic.
import type { Language } from '@feedbackinstrument/shared/constants';

export type ConceptForms = Partial<Record<Language, readonly string[]>>;

export const CONCEPTS: Readonly<Record<string, ConceptForms>> = {
  password: {
    nl: ['wachtwoord', 'wachtwoorden', 'paswoord', 'paswoorden', 'wachtwoordje'],
    fr: ['mot de passe', 'mots de passe', 'mdp'],
    en: ['password', 'passwords', 'passcode'],
    de: ['passwort', 'passwörter', 'kennwort'],
  },
  reset: {
    nl: ['herstellen', 'herstel', 'resetten', 'reset', 'opnieuw instellen', 'opnieuw in te stellen', 'nieuw aanvragen'],
    fr: ['réinitialiser', 'réinitialisation', 'réinitialise', 'reset', 'remettre à zéro'],
    en: ['reset', 'resetting', 'recover', 'recovery'],
    de: ['zurücksetzen', 'zurückgesetzt', 'zurücksetzung', 'reset'],
  },
  forgotten: {
    nl: ['vergeten'],
    fr: ['oublié', 'oublier', 'oubli'],
    en: ['forgot', 'forgotten'],
    de: ['vergessen'],
  },
  login: {
    nl: ['aanmelden', 'aanmelding', 'inloggen', 'login', 'ingelogd', 'aangemeld', 'inlog'],
    fr: ['connexion', 'connecter', 'identifier', 'identification', 'login'],
    en: ['login', 'log in', 'sign in', 'signing in', 'logging in'],
    de: ['anmelden', 'anmeldung', 'einloggen', 'login', 'angemeldet'],
  },
  logout: {
    nl: ['uitgelogd', 'uitloggen', 'afgemeld', 'buitengegooid', 'eruit gegooid', 'eruit gezet'],
    fr: ['déconnecté', 'déconnectée', 'déconnexion', 'éjecté'],
    en: ['logged out', 'kicked out', 'signed out', 'logout'],
    de: ['abgemeldet', 'ausgeloggt', 'rausgeworfen', 'abmeldung'],
  },
  itsme: { nl: ['itsme'], fr: ['itsme'], en: ['itsme'], de: ['itsme'] },
  session: {
    nl: ['sessie', 'sessies'],
    fr: ['session', 'sessions'],
    en: ['session', 'sessions'],
    de: ['sitzung', 'session'],
  },
  expired: {
    nl: ['verlopen', 'vervallen', 'vervalt', 'vervaldatum', 'afloopt', 'afliep', 'time out', 'timeout'],
    fr: ['expiré', 'expirée', 'expire', 'expirer', 'expiration', 'échéance'],
    en: ['expired', 'expire', 'expires', 'expiring', 'timed out', 'timeout', 'time out'],
    de: ['abgelaufen', 'läuft ab', 'abläuft', 'timeout', 'zeitüberschreitung'],
  },
  lost: {
    nl: ['kwijt', 'verloren', 'kwijtgeraakt', 'gewist', 'verdwenen', 'verdwijnen', 'verdwijnt'],
    fr: ['perdu', 'perdus', 'perdue', 'perdues', 'effacé', 'effacés', 'disparu', 'disparaissent', 'disparaît'],
    en: ['lost', 'gone', 'erased', 'wiped', 'vanish', 'vanished', 'disappear', 'disappeared'],
    de: ['verloren', 'gelöscht', 'verschwunden', 'verschwinden', 'verschwindet'],
  },
  save: {
    nl: ['opslaan', 'opgeslagen', 'bewaren', 'bewaard', 'onthouden'],
    fr: ['sauvegarder', 'sauvegardé', 'sauvegarde'],
    en: ['save', 'saved', 'saving'],
    de: ['speichern', 'gespeichert', 'speichert', 'gesichert'],
  },
  objection: {
    nl: ['bezwaar', 'bezwaren', 'bezwaarschrift', 'betwisten', 'betwisting', 'aanvechten'],
    fr: ['contester', 'contestation', 'contesté', 'réclamation', 'recours'],
    en: ['appeal', 'dispute', 'objection'],
    de: ['einspruch', 'widerspruch', 'anfechten'],
  },
  upload: {
    nl: ['opladen', 'opgeladen', 'uploaden', 'upload', 'geüpload', 'oploaden', 'toevoegen', 'toegevoegd'],
    fr: ['téléverser', 'téléversement', 'télécharger', 'téléchargement', 'upload', 'ajouter'],
    en: ['upload', 'uploading', 'uploaded'],
    de: ['hochladen', 'hochgeladen', 'upload'],
  },
  cancel: {
    nl: ['annuleren', 'annuleer', 'annulatie', 'annulering', 'geannuleerd', 'afzeggen', 'afgezegd'],
    fr: ['annuler', 'annulation', 'annulé', 'annulée'],
    en: ['cancel', 'cancelled', 'canceled', 'cancellation', 'withdraw'],
    de: ['absagen', 'abgesagt', 'stornieren', 'storniert', 'stornierung', 'zurückziehen'],
  },
  change: {
    nl: ['wijzigen', 'wijziging', 'gewijzigd', 'aanpassen', 'aangepast', 'verschuiven', 'veranderen'],
    fr: ['modifier', 'modification', 'modifié', 'changer', 'changement'],
    en: ['change', 'changed', 'modify', 'edit', 'reschedule'],
    de: ['ändern', 'änderung', 'geändert', 'verschieben'],
  },
  access: {
    nl: ['toegang', 'toegangsrechten', 'volmacht', 'mandaat', 'gemachtigde'],
    fr: ['accès', 'mandat', 'procuration', 'mandataire'],
    en: ['permissions', 'mandate', 'proxy'],
    de: ['zugang', 'zugriff', 'zugriffsrechte', 'vollmacht', 'bevollmächtigter', 'bevollmächtigt'],
  },
  notification: {
    nl: ['notificatie', 'notificaties', 'verwittiging', 'verwittigd', 'verwittigen'],
    fr: ['notification', 'notifications', 'notifié', 'prévenu', 'prévenue'],
    en: ['notification', 'notifications', 'notified', 'notify', 'reminder', 'alert'],
    de: ['benachrichtigung', 'benachrichtigungen', 'benachrichtigt', 'mitteilung'],
  },
  refused: {
    nl: ['weigeren', 'geweigerd', 'weigert', 'weigerde', 'weigering', 'afgewezen', 'afwijzen', 'afwijzing', 'afgeslagen'],
    fr: ['refusé', 'refusée', 'refuser', 'refus', 'rejeté', 'rejetée', 'rejet'],
    en: ['refused', 'refuse', 'rejected', 'reject', 'declined', 'decline', 'denied'],
    de: ['abgelehnt', 'ablehnen', 'ablehnung', 'verweigert', 'zurückgewiesen'],
  },
  attachment: {
    nl: ['bijlage', 'bijlagen', 'bestand', 'bestanden', 'document', 'documenten'],
    fr: ['pièce jointe', 'pièces jointes', 'fichier', 'fichiers', 'document', 'documents'],
    en: ['attachment', 'attachments', 'file', 'files', 'document', 'documents'],
    de: ['anhang', 'anhänge', 'datei', 'dateien', 'dokument', 'dokumente', 'unterlagen'],
  },
  error: {
    nl: ['fout', 'fouten', 'foutmelding', 'foutboodschap', 'error', 'mislukt', 'mislukken', 'faalt'],
    fr: ['erreur', 'erreurs', 'échec', 'échoue', 'échoué', 'bug'],
    en: ['error', 'errors', 'fail', 'fails', 'failed', 'failure', 'bug'],
    de: ['fehler', 'fehlermeldung', 'fehlgeschlagen', 'scheitert', 'gescheitert'],
  },
  works: {
    nl: ['werkt', 'werken', 'werkte', 'lukt', 'lukken', 'lukte', 'gelukt'],
    fr: ['fonctionne', 'fonctionner', 'marche', 'marcher', 'réussi'],
    en: ['work', 'works', 'working', 'worked', 'succeed'],
    de: ['funktioniert', 'funktionieren', 'klappt', 'geklappt', 'geht'],
  },
  map: {
    nl: ['kaart', 'kaartje', 'plattegrond', 'luchtfoto'],
    fr: ['carte', 'plan cadastral'],
    en: ['map', 'maps'],
    de: ['karte', 'landkarte'],
  },
  parcel: {
    nl: ['perceel', 'percelen', 'kadastraal perceel', 'perceelnummer'],
    fr: ['parcelle', 'parcelles', 'terrain'],
    en: ['parcel', 'plot', 'parcels', 'plots'],
    de: ['grundstück', 'flurstück', 'parzelle'],
  },
  loading: {
    nl: ['laadt', 'laden', 'inladen', 'geladen', 'laden'],
    fr: ['charge', 'chargement', 'affiche', 'afficher', 's affiche'],
    en: ['load', 'loads', 'loading', 'loaded'],
    de: ['lädt', 'laden', 'geladen'],
  },
  payment: {
    nl: ['betaling', 'betalingen', 'uitbetaling', 'uitbetaald', 'betaald', 'storting', 'gestort', 'overschrijving'],
    fr: ['paiement', 'paiements', 'versement', 'versé', 'payé', 'virement'],
    en: ['payment', 'payments', 'paid', 'payout', 'transfer'],
    de: ['zahlung', 'auszahlung', 'bezahlt', 'ausgezahlt', 'überweisung', 'überwiesen'],
  },
  late: {
    nl: ['laat', 'te laat', 'vertraging', 'vertraagd', 'achterstand'],
    fr: ['retard', 'en retard', 'tard', 'retardé'],
    en: ['late', 'delay', 'delayed', 'overdue'],
    de: ['verspätet', 'verspätung', 'spät', 'verzögert', 'verzögerung'],
  },
  received: {
    nl: ['ontvangen', 'gekregen', 'binnengekomen', 'aangekomen'],
    fr: ['reçu', 'reçue', 'recevoir', 'reçois', 'arrivé', 'arrivée'],
    en: ['received', 'receive', 'got', 'arrived', 'arrives'],
    de: ['erhalten', 'bekommen', 'angekommen'],
  },
  confirmation: {
    nl: ['bevestiging', 'bevestigingen', 'bevestigd', 'bevestigen', 'ontvangstbewijs'],
    fr: ['confirmation', 'confirmé', 'confirmer', 'accusé de réception'],
    en: ['confirmation', 'confirmed', 'confirm', 'receipt'],
    de: ['bestätigung', 'bestätigt', 'bestätigen', 'eingangsbestätigung'],
  },
  mail: {
    nl: ['mail', 'mails', 'email', 'mailtje', 'e mail'],
    fr: ['mail', 'email', 'courriel', 'e mail'],
    en: ['mail', 'email', 'emails', 'e mail'],
    de: ['mail', 'email', 'e mail'],
  },
  appointment: {
    nl: ['afspraak', 'afspraken', 'tijdslot', 'tijdsloten'],
    fr: ['rendez vous', 'rdv', 'créneau', 'créneaux'],
    en: ['appointment', 'appointments', 'slot', 'slots', 'booking'],
    de: ['termin', 'termine', 'terminvergabe'],
  },
  calendar: {
    nl: ['kalender', 'agenda'],
    fr: ['calendrier', 'agenda'],
    en: ['calendar', 'schedule'],
    de: ['kalender', 'terminkalender'],
  },
  available: {
    nl: ['vrij', 'vrije', 'beschikbaar', 'beschikbare'],
    fr: ['disponible', 'disponibles', 'libre', 'libres'],
    en: ['available', 'free'],
    de: ['frei', 'freie', 'verfügbar', 'verfügbare'],
  },
  button: {
    nl: ['knop', 'knoppen'],
    fr: ['bouton', 'boutons'],
    en: ['button', 'buttons'],
    de: ['knopf', 'button', 'schaltfläche'],
  },
  mobile: {
    nl: ['gsm', 'smartphone', 'mobiel', 'mobiele', 'iphone', 'android'],
    fr: ['smartphone', 'portable', 'mobile', 'gsm', 'iphone', 'android'],
    en: ['phone', 'smartphone', 'mobile', 'iphone', 'android'],
    de: ['handy', 'smartphone', 'mobil', 'iphone', 'android'],
  },
  visible: {
    nl: ['zichtbaar', 'zien', 'zie', 'onzichtbaar', 'verschijnt'],
    fr: ['visible', 'invisible', 'voir', 'vois', 'apparaît'],
    en: ['visible', 'see', 'invisible', 'appear', 'appears'],
    de: ['sichtbar', 'sehen', 'sehe', 'unsichtbar', 'erscheint'],
  },
  plate: {
    nl: ['nummerplaat', 'nummerplaten', 'kenteken', 'plaatnummer'],
    fr: ['plaque', 'plaques', 'immatriculation'],
    en: ['licence plate', 'license plate', 'number plate', 'registration number'],
    de: ['kennzeichen', 'nummernschild'],
  },
  slow: {
    nl: ['traag', 'trage', 'langzaam', 'eeuwig'],
    fr: ['lent', 'lente', 'lenteur'],
    en: ['slow', 'slowly', 'ages'],
    de: ['langsam', 'ewig'],
  },
};

const CONCEPT_NAMES: ReadonlySet<string> = new Set(Object.keys(CONCEPTS));

/** Whether a term is a concept of the lexicon (a set: the batch asks this of every term, often). */
export const isConcept = (term: string): boolean => CONCEPT_NAMES.has(term);
