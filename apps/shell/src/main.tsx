import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { addNamespace, initI18n } from '@asiointi/platform-i18n';
import { App } from './app/App';
import { createQueryClient } from './app/create-query-client';
import { loadRemotes } from './app/load-remotes';
import { shellNamespace, shellStrings } from './i18n';

async function start(): Promise<void> {
  const i18n = initI18n();
  addNamespace(i18n, shellNamespace, shellStrings);
  const { remotes, manifestUnavailable } = await loadRemotes();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <BrowserRouter>
          <App
            remotes={remotes}
            manifestUnavailable={manifestUnavailable}
            queryClient={createQueryClient()}
          />
        </BrowserRouter>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
