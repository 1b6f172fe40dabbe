import { DiscardPolicy, RetentionPolicy, StorageType, type JetStreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';

export interface StreamSettings {
  stream: string;
  subjectPrefix: string;
  /** Publishes with the same Nats-Msg-Id within this window are stored once. */
  duplicateWindowMs: number;
  /** Events are kept this long whatever the consumers did (limits retention). */
  maxAgeMs: number;
}

/**
 * Creates the stream, or updates it to these settings. Limits retention rather than interest: a consumer
 * created after an event was published (a module deployed later) still reads it within maxAge.
 */
export async function ensureStream(jsm: JetStreamManager, settings: StreamSettings): Promise<void> {
  const config = {
    name: settings.stream,
    subjects: [`${settings.subjectPrefix}.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    duplicate_window: nanos(settings.duplicateWindowMs),
    max_age: nanos(settings.maxAgeMs),
  };
  const existing = await jsm.streams.info(settings.stream).catch(() => undefined);
  if (existing) {
    const current = existing.config;
    const changed =
      current.subjects.join() !== config.subjects.join() ||
      current.duplicate_window !== config.duplicate_window ||
      current.max_age !== config.max_age;
    if (changed) await jsm.streams.update(settings.stream, config);
    return;
  }
  try {
    await jsm.streams.add(config);
  } catch (error) {
    // Another replica created it between our look-up and our add.
    if (!(await jsm.streams.info(settings.stream).catch(() => undefined))) throw error;
  }
}

export function subjectFor(subjectPrefix: string, typeOrPattern: string): string {
  return `${subjectPrefix}.${typeOrPattern}`;
}
