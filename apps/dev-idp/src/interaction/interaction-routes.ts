// The provider's interaction routes: GET shows the sign-in page, POST …/login signs the chosen person in,
// POST …/abort returns to the client with access_denied. The interaction is found by its cookie, and the
// uid in the path must match it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Interaction, Provider } from 'oidc-provider';
import { errors } from 'oidc-provider';
import type { Logger } from '../logging/create-logger';
import { FormBodyError, readFormBody } from '../http/read-form-body';
import { newNonce, sendPage } from '../http/page-response';
import { messagePage } from '../pages/message-page';
import { messages } from '../pages/messages';
import { pageLanguage } from '../pages/page-language';
import { type SignInProblem, signInPage } from '../pages/sign-in-page';
import type { AccountDirectory } from '../provider/account-directory';
import { personAcr } from '../provider/person-claims';
import { finishWithConsent } from './auto-consent';
import { readSignInChoice } from './sign-in-choice';

export interface InteractionRoutesOptions {
  provider: Provider;
  directory: AccountDirectory;
  logger: Logger;
  clientName: string;
}

const interactionPath = /^\/interaction\/([A-Za-z0-9_-]{1,64})(\/login|\/abort)?$/;

export type InteractionRoutes = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

export function createInteractionRoutes({ provider, directory, logger, clientName }: InteractionRoutesOptions): InteractionRoutes {
  function showExpired(res: ServerResponse, url: URL): void {
    const language = pageLanguage(url.searchParams.get('lang'), undefined);
    const text = messages[language];
    const nonce = newNonce();
    sendPage(res, 400, nonce, messagePage({ language, nonce, title: text.expiredTitle, paragraphs: [text.expiredBody] }));
  }

  function showSignIn(res: ServerResponse, interaction: Interaction, choice: unknown, problem?: SignInProblem): void {
    const language = pageLanguage(choice, interaction.params.ui_locales);
    const nonce = newNonce();
    const page = signInPage({
      language,
      nonce,
      interactionPath: `/interaction/${interaction.uid}`,
      clientName,
      persons: directory.listed(),
      now: new Date(),
      problem,
    });
    sendPage(res, problem ? 400 : 200, nonce, page);
  }

  return async function interactionRoutes(req, res, url) {
    const match = interactionPath.exec(url.pathname);
    const action = match?.[2] ?? '';
    const allowedMethod = action === '' ? 'GET' : 'POST';
    if (!match || req.method !== allowedMethod) {
      res.writeHead(match ? 405 : 404, match ? { allow: allowedMethod } : {}).end();
      return;
    }

    let interaction: Interaction;
    try {
      interaction = await provider.interactionDetails(req, res);
    } catch (error) {
      if (error instanceof errors.SessionNotFound) return showExpired(res, url);
      throw error;
    }
    if (interaction.uid !== match[1]) return showExpired(res, url);

    if (action === '') {
      if (interaction.prompt.name === 'consent') return finishWithConsent(provider, req, res, interaction);
      return showSignIn(res, interaction, url.searchParams.get('lang'));
    }

    if (action === '/abort') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'End-User aborted interaction' },
        { mergeWithLastSubmission: false },
      );
      return;
    }

    let form: URLSearchParams;
    try {
      form = await readFormBody(req);
    } catch (error) {
      if (error instanceof FormBodyError) {
        res.writeHead(400).end();
        return;
      }
      throw error;
    }
    const language = pageLanguage(form.get('lang'), interaction.params.ui_locales);
    const choice = readSignInChoice(form, directory, language);
    if ('problem' in choice) {
      logger.info({ event: 'sign_in_refused', problem: choice.problem }, 'sign-in refused');
      return showSignIn(res, interaction, language, choice.problem);
    }
    logger.info({ event: 'signed_in', kind: choice.person.kind, subject: choice.person.subject }, 'signed in');
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: choice.person.subject, acr: personAcr(choice.person), remember: false } },
      { mergeWithLastSubmission: false },
    );
  };
}
