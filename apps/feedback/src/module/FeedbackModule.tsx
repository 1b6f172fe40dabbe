import { Route, Routes } from 'react-router';
import type { RemoteModuleProps } from '@asiointi/platform-federation';
import { initI18n, useNamespace } from '@asiointi/platform-i18n';
import { ModuleProviders } from '../api/trpc';
import { moduleNamespace, moduleStrings } from '../i18n';
import { CataloguePage } from '../resident/CataloguePage';
import { LazyStaffArea } from '../staff/LazyStaffArea';
// Answering a feedback request from its link (issue 11, part 1).
import { AnswerPage } from '../answer/AnswerPage';
import '../feedback.css';

export interface FeedbackModuleProps extends RemoteModuleProps {
  /** Replaces the browser's fetch for calls to the service (tests). */
  fetch?: typeof fetch;
}

/**
 * The module as the shell mounts it (exposed as `./Module`). Its routes are relative to where the shell
 * mounts it (`basePath`, e.g. /feedback), using the shell's router.
 */
export function FeedbackModule({ apiUrl, basePath, language, auth, fetch }: FeedbackModuleProps) {
  // Returns the shell's instance (i18next is a shared singleton); sets one up when running alone.
  initI18n();
  useNamespace(moduleNamespace, moduleStrings);
  return (
    <ModuleProviders apiUrl={apiUrl} language={language} auth={auth} fetch={fetch}>
      <Routes>
        <Route index element={<CataloguePage auth={auth} basePath={basePath} language={language} />} />
        <Route path="staff/*" element={<LazyStaffArea auth={auth} language={language} />} />
        <Route path="answer" element={<AnswerPage language={language} />} />
        <Route path="*" element={<CataloguePage auth={auth} basePath={basePath} language={language} />} />
      </Routes>
    </ModuleProviders>
  );
}

export default FeedbackModule;
