import type { WorkerLogger } from '../logger';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  details: object;
  message: string;
}

export interface RecordingLogger extends WorkerLogger {
  entries: LogEntry[];
  /** Every entry as one JSON line, as a log shipper would see it. */
  text(): string;
}

export function createRecordingLogger(): RecordingLogger {
  const entries: LogEntry[] = [];
  const record = (level: LogEntry['level']) => (details: object, message: string) => {
    entries.push({ level, details, message });
  };
  return {
    entries,
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    text: () => entries.map((entry) => JSON.stringify(entry)).join('\n'),
  };
}
