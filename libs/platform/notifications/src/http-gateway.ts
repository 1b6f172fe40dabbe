// The region's SMS and e-mail provider behind one HTTP endpoint (a messaging hub or the provider's own API
// through an adapter): configured by NOTIFICATION_GATEWAY_URL and NOTIFICATION_GATEWAY_TOKEN, so a region
// deploys the published images without editing a service's main.ts.
import { PermanentDeliveryError, type NotificationGateway } from './notification-gateway';

export interface HttpGatewayOptions {
  /** Where each message is POSTed as JSON. */
  url: string;
  /** Sent as `Authorization: Bearer <token>` when given. */
  token?: string;
  /** A provider that does not answer within this is retried later (default 10 s). */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

/** Longest provider message id kept: the log table's column is text, but an answer is not trusted. */
const maxProviderMessageIdLength = 200;

/**
 * POSTs `{ id, channel, to, subject?, text }` with the notification's id also as `Idempotency-Key`, so a
 * retried message is sent once by a provider that honours it. 2xx is sent; 408, 429 and 5xx, a timeout or
 * a network failure are retried; any other answer is permanent (a number or address the provider refuses).
 * Errors name the status only: the text can hold a working cancel link and the recipient is personal data.
 */
export function createHttpNotificationGateway(options: HttpGatewayOptions): NotificationGateway {
  const fetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async send(message) {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': message.notificationId,
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({
          id: message.notificationId,
          channel: message.channel,
          to: message.to,
          ...(message.subject === undefined ? {} : { subject: message.subject }),
          text: message.text,
        }),
        signal: AbortSignal.timeout(timeoutMs),
      }).catch((error: unknown) => {
        const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'unreachable';
        throw new Error(`notification gateway ${reason}`);
      });
      if (response.ok) {
        return { providerMessageId: await providerMessageIdOf(response, message.notificationId) };
      }
      await response.body?.cancel();
      const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
      const failure = `notification gateway answered ${response.status}`;
      throw retryable ? new Error(failure) : new PermanentDeliveryError(failure);
    },
  };
}

/** The provider's id for the message when its answer names one (`{"id": "..."}`), else the notification's. */
async function providerMessageIdOf(response: Response, notificationId: string): Promise<string> {
  const body: unknown = await response.json().catch(() => undefined);
  const id = typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= maxProviderMessageIdLength ? id : notificationId;
}
