import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { RuntimeRemote } from '@asiointi/platform-federation';
import { addNamespace, initI18n, type Language } from '@asiointi/platform-i18n';
import { App } from '../src/app/App';
import { createQueryClient } from '../src/app/create-query-client';
import type { PortalSession } from '../src/auth/portal-session';
import { shellNamespace, shellStrings } from '../src/i18n';
import { fakeSession, sessionProviderOf } from './fake-session';

export const bookingRemote: RuntimeRemote = {
  name: 'booking',
  manifestUrl: 'http://127.0.0.1:4301/mf-manifest.json',
  apiUrl: 'http://127.0.0.1:4401',
  version: '0.1.0',
  title: { fi: 'Ajanvaraus', sv: 'Tidsbokning', en: 'Appointment booking' },
  description: {
    fi: 'Varaa, siirrä tai peru aika terveys- ja sosiaalipalveluihin.',
    sv: 'Boka, flytta eller avboka en tid inom hälso- och socialvården.',
    en: 'Book, move or cancel an appointment in health and social services.',
  },
  staff: {
    path: 'staff',
    title: { fi: 'Ajanvarausten hallinta', sv: 'Hantering av tidsbokningar', en: 'Appointment management' },
  },
};

/** A module the shell has no words of its own for: everything it shows comes from this entry. */
export const feedbackRemote: RuntimeRemote = {
  name: 'feedback',
  manifestUrl: 'http://127.0.0.1:4304/mf-manifest.json',
  apiUrl: 'http://127.0.0.1:4404',
  version: '0.1.0',
  title: { fi: 'Palaute', sv: 'Respons', en: 'Feedback' },
  description: {
    fi: 'Anna palautetta palveluista.',
    sv: 'Ge respons på tjänsterna.',
    en: 'Give feedback on our services.',
  },
};

interface Options {
  path?: string;
  language?: Language;
  remotes?: RuntimeRemote[];
  manifestUnavailable?: boolean;
  /** Nobody signed in unless given. */
  session?: PortalSession;
  queryClient?: QueryClient;
}

/** The shell as main.tsx starts it, in a memory router and a fresh i18n instance. */
export function renderShell({
  path = '/',
  language = 'fi',
  remotes = [bookingRemote],
  manifestUnavailable = false,
  session = fakeSession(),
  queryClient = createQueryClient(),
}: Options = {}) {
  const i18n = initI18n({ instance: i18next.createInstance(), storage: undefined });
  addNamespace(i18n, shellNamespace, shellStrings);
  void i18n.changeLanguage(language);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <App
          remotes={remotes}
          manifestUnavailable={manifestUnavailable}
          queryClient={queryClient}
          SessionProvider={sessionProviderOf(session)}
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { ...result, i18n, session, queryClient };
}
