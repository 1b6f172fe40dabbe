// Standalone development only (`npm run dev` in apps/feedback): the module without the shell.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { anonymousRemoteAuth } from '@asiointi/platform-federation/auth';
import { initI18n, useLanguage } from '@asiointi/platform-i18n';
import { FeedbackModule } from './module/FeedbackModule';

const apiUrl: string = import.meta.env.VITE_FEEDBACK_API_URL ?? 'http://127.0.0.1:4402';

function Standalone() {
  const { language } = useLanguage();
  return (
    <main style={{ padding: '1rem' }}>
      <Routes>
        <Route
          path="/*"
          element={
            <FeedbackModule apiUrl={apiUrl} basePath="/" language={language} auth={anonymousRemoteAuth} />
          }
        />
      </Routes>
    </main>
  );
}

initI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter>
        <Standalone />
      </BrowserRouter>
    </StrictMode>,
  );
}
