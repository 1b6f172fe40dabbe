// Remembers for this tab whom the resident chose to act for, so that a reload does not silently
// switch them back to themselves in the middle of, say, booking for a child. Only the opaque
// subjects are kept (never a name or an identity code), and the choice is used again only if the
// relations service still allows it.
const key = 'asiointi.actingFor';

export interface RememberedActingFor {
  actor: string;
  subject: string;
}

export const actingForMemory = {
  read(): RememberedActingFor | undefined {
    try {
      const value: unknown = JSON.parse(globalThis.sessionStorage?.getItem(key) ?? 'null');
      if (typeof value !== 'object' || value === null) return undefined;
      const { actor, subject } = value as Record<string, unknown>;
      return typeof actor === 'string' && typeof subject === 'string' ? { actor, subject } : undefined;
    } catch {
      return undefined;
    }
  },
  write(value: RememberedActingFor | undefined): void {
    try {
      if (value) globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
      else globalThis.sessionStorage?.removeItem(key);
    } catch {
      // Without storage a reload starts from "myself", which is the safe default.
    }
  },
};
