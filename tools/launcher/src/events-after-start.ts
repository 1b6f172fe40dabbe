// The embedded portal starts its services one after another on one in-process bus, which keeps no events:
// an outbox relay that started first (booking's) would publish before a later service (feedback) has
// subscribed, and the event would be marked published with nobody to receive it. So publishing waits until
// every service has started and subscribed; the outbox rows wait meanwhile, as they would for a slow bus.
import type { EventBus } from '@asiointi/platform-events';

export interface GatedEventBus extends EventBus {
  /** Every service has started: events flow from here on (waiting publishes go out now). */
  open(): void;
}

export function publishAfterStart(bus: EventBus): GatedEventBus {
  let open!: () => void;
  let refuse!: (reason: Error) => void;
  const opened = new Promise<void>((resolve, reject) => {
    open = resolve;
    refuse = reject;
  });
  // A portal that stops before it opened: waiting publishes fail, and their outbox rows stay unpublished.
  opened.catch(() => undefined);
  return {
    async publish(event) {
      await opened;
      await bus.publish(event);
    },
    subscribe: (options) => bus.subscribe(options),
    async close() {
      refuse(new Error('The portal stopped before its services had all started'));
      await bus.close();
    },
    open,
  };
}
