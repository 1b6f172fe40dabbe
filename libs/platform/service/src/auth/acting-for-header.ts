// `X-Acting-For: <subject>`: the OIDC subject of the person a resident acts for, as the relations service
// names them. Never an identity code: a header shaped like one is refused (and never logged or stored).
import { containsIdentityCode } from '@asiointi/platform-auth/identity-code';

export const actingForHeader = 'x-acting-for';

export type RequestedActingFor =
  | { kind: 'none' }
  | { kind: 'subject'; subject: string }
  /** Present but unusable (repeated, odd characters, an identity code): refused without a lookup. */
  | { kind: 'malformed' };

const subjectPattern = /^[A-Za-z0-9._:@|-]{1,255}$/;

export function readActingForHeader(value: string | string[] | undefined): RequestedActingFor {
  if (value === undefined) return { kind: 'none' };
  if (Array.isArray(value)) return { kind: 'malformed' };
  const subject = value.trim();
  if (subject === '') return { kind: 'none' };
  if (!subjectPattern.test(subject) || containsIdentityCode(subject)) return { kind: 'malformed' };
  return { kind: 'subject', subject };
}
