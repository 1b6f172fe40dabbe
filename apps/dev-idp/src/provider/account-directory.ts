// Finds people by subject (for tokens) or by identity code (for the typed code on the sign-in page).
// A valid code that belongs to no test person signs in an ad-hoc resident, as an identity broker's test
// page does; they live as long as the process.
import { randomUUID } from 'node:crypto';
import type { IdentityCode } from '@asiointi/platform-auth/identity-code';
import type { Language } from '@asiointi/platform-auth/principal';
import type { TestPerson, TestResident, TestStaffMember } from '../test-persons';

/** What the provider needs of a person: the seed's people and ad-hoc residents alike. */
export type DirectoryResident = Pick<
  TestResident,
  'kind' | 'subject' | 'identityCode' | 'birthDate' | 'name' | 'language' | 'assuranceLevel' | 'nonDisclosure'
>;
export type DirectoryStaffMember = Pick<TestStaffMember, 'kind' | 'subject' | 'name' | 'language' | 'roles'>;
export type DirectoryPerson = DirectoryResident | DirectoryStaffMember;

export interface AccountDirectory {
  bySubject(subject: string): DirectoryPerson | undefined;
  /** The resident with this code, or a new ad-hoc resident. */
  byIdentityCode(identityCode: IdentityCode, language: Language): DirectoryResident;
  /** The seed's people, for the sign-in page. */
  listed(): readonly TestPerson[];
}

export function createAccountDirectory(persons: readonly TestPerson[]): AccountDirectory {
  const bySubject = new Map<string, DirectoryPerson>(persons.map((person) => [person.subject, person]));
  const byCode = new Map<string, DirectoryResident>();
  for (const person of persons) if (person.kind === 'resident') byCode.set(person.identityCode, person);

  function adHocResident(identityCode: IdentityCode, language: Language): DirectoryResident {
    const resident: DirectoryResident = {
      kind: 'resident',
      subject: randomUUID(),
      identityCode: identityCode.reveal(),
      birthDate: identityCode.birthDate,
      name: { given: 'Testi', family: 'Henkilö' },
      language,
      assuranceLevel: 'substantial',
      nonDisclosure: false,
    };
    byCode.set(resident.identityCode, resident);
    bySubject.set(resident.subject, resident);
    return resident;
  }

  return {
    bySubject: (subject) => bySubject.get(subject),
    byIdentityCode: (identityCode, language) => byCode.get(identityCode.reveal()) ?? adHocResident(identityCode, language),
    listed: () => persons,
  };
}
