import type { Strings } from './strings.js';

export const en: Strings = {
  defaultName: 'Cathy',
  defaultGreeting: (name) => `Hi! I'm ${name}. How can I help you today?`,
  aiNotice: 'Automated assistant',
  recorded: (dealer) => `Chats are recorded and shared with ${dealer ?? 'the dealership'}.`,
  privacyPolicy: 'Privacy policy',
  teamAway: (opens) => `Automated assistant${opens ? ` · team back ${opens}` : ''}`,
  close: 'Close chat',
  status: { online: 'Online', connecting: 'Connecting…', reconnecting: 'Reconnecting…', offline: 'Offline' },
  bannerReconnecting: 'Reconnecting…',
  bannerOffline: "You're offline. Your messages will be sent when you're back online.",
  conversation: 'Conversation',
  you: 'You',
  inputLabel: 'Type your message',
  placeholder: 'Type a message…',
  send: 'Send',
  pending: { queued: 'Waiting to send', sending: 'Sending…', failed: 'Not sent' },
  retry: 'Retry',
  typing: (name) => `${name} is typing`,
  charsLeft: (n) => (n === 1 ? '1 character left' : `${n} characters left`),
  disclosureLabel: 'Consent notice',
};
