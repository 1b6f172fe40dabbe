import type { FastifyError, FastifyInstance } from 'fastify';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { ServiceErrorCode, serviceErrorShape, type ServiceErrorData } from './error-envelope';

/** The envelope's data for an HTTP status a service answers outside tRPC. */
export function dataForStatus(status: number): ServiceErrorData {
  const by = (code: string, trpcCode: TRPC_ERROR_CODE_KEY): ServiceErrorData => ({
    code,
    trpcCode,
    httpStatus: status,
  });
  if (status === 413) return by(ServiceErrorCode.payloadTooLarge, 'PAYLOAD_TOO_LARGE');
  if (status === 415) return by(ServiceErrorCode.unsupportedMediaType, 'UNSUPPORTED_MEDIA_TYPE');
  if (status === 429) return by(ServiceErrorCode.tooManyRequests, 'TOO_MANY_REQUESTS');
  if (status === 404) return by(ServiceErrorCode.notFound, 'NOT_FOUND');
  // tRPC has no class for these two; the status stays what HTTP says.
  if (status === 414) return by(ServiceErrorCode.uriTooLong, 'BAD_REQUEST');
  if (status === 431) return by(ServiceErrorCode.headersTooLarge, 'BAD_REQUEST');
  if (status >= 400 && status < 500)
    return { code: ServiceErrorCode.badRequest, trpcCode: 'BAD_REQUEST', httpStatus: 400 };
  return { code: ServiceErrorCode.internal, trpcCode: 'INTERNAL_SERVER_ERROR', httpStatus: 500 };
}

/**
 * Errors raised before tRPC sees a request (body too large, rate limit, unknown route) answer in the same
 * envelope as tRPC errors, so a tRPC client reads them as typed errors too; none carries a message.
 */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const data = dataForStatus(error.statusCode ?? 500);
    if (data.httpStatus >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ fastifyCode: error.code, statusCode: data.httpStatus }, 'request refused');
    return reply.code(data.httpStatus).send({ error: serviceErrorShape(data) });
  });

  app.setNotFoundHandler((_request, reply) => {
    return reply.code(404).send({ error: serviceErrorShape(dataForStatus(404)) });
  });
}
