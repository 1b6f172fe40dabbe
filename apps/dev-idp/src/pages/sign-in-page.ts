// The test identification page: choose a test person from the list, or type an identity code. Works
// without JavaScript, by keyboard, and at 320 px; errors are summarised at the top and tied to the field.
import { ageAt, parseCalendarDate } from '@asiointi/platform-auth/identity-code';
import type { Language } from '@asiointi/platform-auth/principal';
import type { TestPerson } from '../test-persons';
import { html, type Markup } from './html';
import { layout } from './layout';
import { messages } from './messages';

export type SignInProblem = 'IDENTITY_CODE_MISSING' | 'IDENTITY_CODE_INVALID' | 'IDENTITY_CODE_TEMPORARY' | 'UNKNOWN_PERSON';

export interface SignInPageOptions {
  language: Language;
  nonce: string;
  interactionPath: string;
  clientName: string;
  persons: readonly TestPerson[];
  /** Ages are shown as of this instant. */
  now: Date;
  problem?: SignInProblem;
}

function problemText(language: Language, problem: SignInProblem): string {
  const text = messages[language];
  switch (problem) {
    case 'IDENTITY_CODE_MISSING':
      return text.identityCodeMissing;
    case 'IDENTITY_CODE_INVALID':
      return text.identityCodeInvalid;
    case 'IDENTITY_CODE_TEMPORARY':
      return text.identityCodeTemporary;
    case 'UNKNOWN_PERSON':
      return text.unknownPerson;
  }
}

function ageOf(person: TestPerson, now: Date): number | undefined {
  const birthDate = person.kind === 'resident' ? parseCalendarDate(person.birthDate) : undefined;
  return birthDate ? ageAt(birthDate, now) : undefined;
}

function personButton(person: TestPerson, language: Language, now: Date): Markup {
  const text = messages[language];
  const age = ageOf(person, now);
  const details = [age === undefined ? undefined : text.age(age), person.description[language]].filter(Boolean).join(' · ');
  return html`<li><button class="person" type="submit" name="subject" value="${person.subject}">
<span class="person-name">${person.name.given} ${person.name.family}</span>
<span class="person-details">${details}</span>
</button></li>`;
}

export function signInPage(options: SignInPageOptions): string {
  const { language, nonce, interactionPath, clientName, persons, now, problem } = options;
  const text = messages[language];
  const problemMessage = problem ? problemText(language, problem) : undefined;
  const codeProblem = problem !== undefined && problem !== 'UNKNOWN_PERSON';
  const residents = persons.filter((person) => person.kind === 'resident');
  const staff = persons.filter((person) => person.kind === 'staff');
  const loginAction = `${interactionPath}/login`;

  const errorSummary = problemMessage
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-heading">
<h2 id="error-summary-heading">${text.errorSummaryHeading}</h2>
<p>${codeProblem ? html`<a href="#identity-code">${problemMessage}</a>` : problemMessage}</p>
</div>`
    : '';

  const body = html`<h1>${text.signInTitle}</h1>
<p class="notice">${text.testNotice}</p>
<p>${text.serviceAsks(clientName)}</p>
${errorSummary}
<section aria-labelledby="choose-heading">
<h2 id="choose-heading">${text.choosePersonHeading}</h2>
<form method="post" action="${loginAction}">
<input type="hidden" name="lang" value="${language}">
<h3 id="residents-heading">${text.residentsHeading}</h3>
<ul class="person-list" aria-labelledby="residents-heading">${residents.map((person) => personButton(person, language, now))}</ul>
<h3 id="staff-heading">${text.staffHeading}</h3>
<ul class="person-list" aria-labelledby="staff-heading">${staff.map((person) => personButton(person, language, now))}</ul>
</form>
</section>
<section aria-labelledby="code-heading">
<h2 id="code-heading">${text.typeCodeHeading}</h2>
<form method="post" action="${loginAction}" novalidate>
<input type="hidden" name="lang" value="${language}">
<label for="identity-code">${text.identityCodeLabel}</label>
<p class="hint" id="identity-code-hint">${text.identityCodeHint}</p>
${codeProblem ? html`<p class="field-error" id="identity-code-error">${problemMessage}</p>` : ''}
<input type="text" id="identity-code" name="identityCode" autocomplete="off" autocapitalize="characters" spellcheck="false"
 aria-describedby="identity-code-hint${codeProblem ? ' identity-code-error' : ''}"${codeProblem ? html` aria-invalid="true"` : ''}>
<div class="actions"><button class="button" type="submit">${text.signInButton}</button></div>
</form>
</section>
<form class="cancel" method="post" action="${interactionPath}/abort">
<button class="button secondary" type="submit">${text.cancelButton}</button>
</form>`;

  return layout({
    language,
    // Screen readers hear the page title first: say there is something to fix.
    title: problemMessage ? `${text.errorSummaryHeading}: ${text.signInTitle}` : text.signInTitle,
    nonce,
    body,
    languageHref: (candidate) => `${interactionPath}?lang=${candidate}`,
  });
}
