import type { FlowMessages } from './messages.js';

// The texts after a press: loaded with the remark form, only in the language in use.
export const en: FlowMessages = {
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
  error: 'Your comment has not been sent yet',
  errorText: 'Your score is saved.',
  retry: 'Try again',
  notComplaint: 'Your comment is anonymous. So it is not a complaint, and you will not get an answer.',
  complaintsLink: 'Make a complaint',
  privacyLink: 'Read how we handle your data',
  accessibilityLink: 'Report an accessibility problem',
  newWindow: '(opens in a new window)',
};
