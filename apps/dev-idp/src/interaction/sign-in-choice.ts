// Reads what the person chose on the sign-in page: a listed test person, or a typed identity code.
import {
  normalizeIdentityCodeInput,
  validateIdentityCode,
} from '@asiointi/platform-auth/identity-code';
import type { Language } from '@asiointi/platform-auth/principal';
import type { AccountDirectory, DirectoryPerson } from '../provider/account-directory';
import type { SignInProblem } from '../pages/sign-in-page';

export type SignInChoice = { person: DirectoryPerson } | { problem: SignInProblem };

export function readSignInChoice(form: URLSearchParams, directory: AccountDirectory, language: Language): SignInChoice {
  const subject = form.get('subject');
  if (subject !== null) {
    const listed = directory.listed().find((person) => person.subject === subject);
    return listed ? { person: listed } : { problem: 'UNKNOWN_PERSON' };
  }
  const typed = normalizeIdentityCodeInput(form.get('identityCode') ?? '');
  if (typed === '') return { problem: 'IDENTITY_CODE_MISSING' };
  const result = validateIdentityCode(typed);
  if (!result.valid) {
    return { problem: result.problem === 'TEMPORARY_NOT_ALLOWED' ? 'IDENTITY_CODE_TEMPORARY' : 'IDENTITY_CODE_INVALID' };
  }
  return { person: directory.byIdentityCode(result.identityCode, language) };
}
