import type { Messages } from './messages.js';

export const en: Messages = {
  question: {
    transaction: 'How satisfied are you with this online service?',
    support: 'How satisfied are you with the help you received?',
    continuous: 'How satisfied are you with this website?',
  },
  scores: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  scored: 'Thank you, your score is saved',
  remarkLabel: 'What can we do better? (optional)',
  privacy: 'Do not write personal details, such as your name, national register number, phone number or email address.',
  count: '# of % characters',
  left: '# characters left.',
  ease: 'Was it easy? Did you understand what you had to do?',
  easeEnds: ['Very difficult', 'Very easy'],
  completed: 'Were you able to do what you wanted?',
  completedOptions: ['Yes', 'Partly', 'No'],
  send: 'Send',
  skip: 'No, thank you',
  sending: 'Sending…',
  thanks: 'Thank you for your feedback',
  error: 'Your comment has not been sent yet',
  errorText: 'Your score is saved.',
  retry: 'Try again',
  open: 'Give feedback',
  close: 'Close',
};
