// The HTTP gateway against a real local server: what it posts, and which answers are retried.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpNotificationGateway, PermanentDeliveryError, type OutgoingMessage } from '../src/index';

interface Received {
  headers: IncomingHttpHeaders;
  body: unknown;
}

let server: Server;
let url: string;
const received: Received[] = [];
/** What the provider answers next: a status and a body, or silence. */
let answer: { status: number; body: string } | 'silence' = { status: 202, body: '{"id":"provider-1"}' };

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(text) as unknown });
      if (answer === 'silence') return;
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/messages`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received.length = 0;
  answer = { status: 202, body: '{"id":"provider-1"}' };
});

const reminder: OutgoingMessage = {
  channel: 'sms',
  to: '+358401234567',
  text: 'Muistutus: aika huomenna klo 9.00. Peru: https://asiointi.example.fi/l/secret',
  templateKey: 'booking.reminder',
  notificationId: '0b7c9c1e-4c8e-4d57-9d55-5d1b8b7f2a10',
};

describe('the HTTP notification gateway', () => {
  it('posts the message as JSON with its id as the idempotency key and the bearer token', async () => {
    const gateway = createHttpNotificationGateway({ url, token: 'gateway-token' });
    await expect(gateway.send(reminder)).resolves.toEqual({ providerMessageId: 'provider-1' });
    expect(received).toHaveLength(1);
    expect(received[0]!.headers.authorization).toBe('Bearer gateway-token');
    expect(received[0]!.headers['idempotency-key']).toBe(reminder.notificationId);
    expect(received[0]!.body).toEqual({
      id: reminder.notificationId,
      channel: 'sms',
      to: reminder.to,
      text: reminder.text,
    });
  });

  it("keeps the notification's id when the provider names none", async () => {
    answer = { status: 200, body: 'ok' };
    const gateway = createHttpNotificationGateway({ url });
    await expect(gateway.send({ ...reminder, channel: 'email', subject: 'Muistutus' })).resolves.toEqual({
      providerMessageId: reminder.notificationId,
    });
    expect(received[0]!.headers.authorization).toBeUndefined();
    expect(received[0]!.body).toMatchObject({ channel: 'email', subject: 'Muistutus' });
  });

  it.each([408, 429, 500, 503])('retries after %i, saying only the status', async (status) => {
    answer = { status, body: `{"error":"${reminder.to}"}` };
    const sent = createHttpNotificationGateway({ url }).send(reminder);
    await expect(sent).rejects.toThrow(`notification gateway answered ${status}`);
    await expect(sent).rejects.not.toBeInstanceOf(PermanentDeliveryError);
  });

  it.each([400, 401, 404, 422])('gives up after %i', async (status) => {
    answer = { status, body: '{}' };
    await expect(createHttpNotificationGateway({ url }).send(reminder)).rejects.toBeInstanceOf(
      PermanentDeliveryError,
    );
  });

  it('retries a provider that does not answer in time, or cannot be reached, without the text or recipient', async () => {
    answer = 'silence';
    const silent = createHttpNotificationGateway({ url, timeoutMs: 200 }).send(reminder);
    await expect(silent).rejects.toThrow('notification gateway timed out');
    const closedPort = createHttpNotificationGateway({ url: 'http://127.0.0.1:9/messages' }).send(reminder);
    await expect(closedPort).rejects.toThrow('notification gateway unreachable');
    for (const failure of [silent, closedPort]) {
      const message = await failure.catch((error: Error) => error.message);
      expect(message).not.toContain(reminder.to);
      expect(message).not.toContain('secret');
    }
  });
});
