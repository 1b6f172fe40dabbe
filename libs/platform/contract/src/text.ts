// Texts people type, bounded and free of control characters: PostgreSQL text cannot hold a NUL byte (the
// call would fail deep in the database), and no page, SMS or e-mail should carry an escape sequence.
import { z } from 'zod';

/** One line: a name, a code, a reason in a field. No control characters at all (C0 and DEL). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const oneLine = /^[^\u0000-\u001f\u007f]*$/u;
/** Several lines: a message to a professional. Line breaks and tabs, no other control characters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const lines = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/u;

/** A one-line text of at most maxLength characters, trimmed. */
export function singleLineTextSchema(maxLength: number) {
  return z.string().trim().max(maxLength).regex(oneLine, { message: 'No control characters' });
}

/** A free text of at most maxLength characters (line breaks allowed), trimmed. */
export function freeTextSchema(maxLength: number) {
  return z.string().trim().max(maxLength).regex(lines, { message: 'No control characters' });
}

/**
 * A telephone number as people write it: digits with spaces, hyphens or parentheses, perhaps a leading
 * "+", e.g. "+358 8 5584 1001" or "(08) 558 410". At most 15 digits (ITU-T E.164) and 30 characters.
 */
export const phoneNumberSchema = z
  .string()
  .trim()
  .max(30)
  .regex(/^\+?[0-9 ()-]+$/, { message: 'Digits, spaces, hyphens and parentheses' })
  .refine(
    (phone) => {
      const digits = phone.replace(/\D/g, '').length;
      return digits >= 3 && digits <= 15;
    },
    { message: 'Between 3 and 15 digits' },
  );
