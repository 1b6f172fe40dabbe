// Showing and logging identity codes. A masked code keeps the birth date and century sign, which lets a
// person recognise their own or their child's record, and hides the individual number and the check
// character: with the check character shown the individual number would be one of about 29 candidates,
// without it one of 898. Logs get no part of a code at all: see `redactIdentityCodes`.

/** What a parsed identity code prints, logs and serialises as. */
export const IDENTITY_CODE_PLACEHOLDER = '[identity code]';

const maskablePrefix = /^\d{6}[+A-FU-Y-]/;

/** "131052-308T" → "131052-****". Anything not shaped like a code becomes asterisks, never an echo. */
export function maskIdentityCode(code: string): string {
  const prefix = maskablePrefix.exec(code)?.[0];
  return prefix ? `${prefix}****` : '*'.repeat(11);
}

// Anything in free text shaped like an identity code, in any letter case and with the plus sign
// percent-encoded as in a URL, checksum or not. Not exported: a shared global RegExp keeps state between
// calls of test() and exec().
const identityCodeInText = '(?<![0-9A-Za-z])\\d{6}(?:[+A-FU-Ya-fu-y-]|%2[Bb])\\d{3}[0-9A-Za-z](?![0-9A-Za-z])';

/** Replaces every identity-code-shaped part of a text, for log lines and error reports. */
export function redactIdentityCodes(text: string): string {
  return text.replace(new RegExp(identityCodeInText, 'g'), IDENTITY_CODE_PLACEHOLDER);
}

/** Whether a text holds anything shaped like an identity code (for tests of log output). */
export function containsIdentityCode(text: string): boolean {
  return new RegExp(identityCodeInText).test(text);
}
