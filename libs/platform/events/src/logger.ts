import pino from 'pino';

/** The part of a pino logger the workers use, so a service passes its own logger (or a test a recorder). */
export interface WorkerLogger {
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export function defaultWorkerLogger(name: string): WorkerLogger {
  return pino({ name, level: process.env.LOG_LEVEL ?? 'info' });
}
