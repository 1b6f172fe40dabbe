// The answers Fastify and Node give before a route runs (a path parameter over the router's limit, headers
// over Node's limit, a malformed request) in the services' one error envelope, so that a client reads them
// as typed errors like any other. They carry no message and never echo the request.
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { serviceErrorShape } from './error-envelope';
import { dataForStatus } from './error-handlers';

function envelopeFor(status: number): string {
  return JSON.stringify({ error: serviceErrorShape(dataForStatus(status)) });
}

/** Fastify's `frameworkErrors`: FST_ERR_MAX_PARAM_LENGTH is 414, a malformed URL 400. */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : (error.statusCode ?? 400);
  const data = dataForStatus(status);
  request.log.info({ fastifyCode: error.code, statusCode: data.httpStatus }, 'request refused');
  void reply.code(data.httpStatus).type('application/json').send(envelopeFor(data.httpStatus));
}

/**
 * Node's `clientError`, before any request exists: headers over the limit are 431, anything else (a
 * malformed or too slow request) 400. The connection is closed afterwards, as Node and Fastify do.
 */
export const answerClientError: FastifyServerOptions['clientErrorHandler'] = function answerClientError(
  error: Error & { code?: string },
  socket: Socket,
) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const httpStatus = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = envelopeFor(httpStatus);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${httpStatus} ${STATUS_CODES[httpStatus]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
};
