import type { NotificationChannel } from './notification-types';

/** Enough to tell two test recipients apart in a log, not enough to contact anyone: "•••67", "m•••@example.fi". */
export function maskRecipient(channel: NotificationChannel, to: string): string {
  if (channel === 'email') {
    const at = to.lastIndexOf('@');
    if (at > 0) return `${to[0]}•••${to.slice(at)}`;
    return '•••';
  }
  const digits = to.replace(/\D/g, '');
  return `•••${digits.slice(-2)}`;
}

/** Replaces the recipient wherever it appears in a text, e.g. in a provider's error message. */
export function withoutRecipient(text: string, channel: NotificationChannel, to: string): string {
  if (to.length === 0) return text;
  return text.split(to).join(maskRecipient(channel, to));
}
