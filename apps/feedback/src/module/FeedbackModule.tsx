import { Route, Routes } from 'react-router';
import type { RemoteModuleProps } from '@asiointi/platform-federation';
import { initI18n, useNamespace } from '@asiointi/platform-i18n';
import { ModuleProviders } from '../api/trpc';
import { moduleNamespace, moduleStrings } from '../i18n';
import { ChangesPage } from '../resident/ChangesPage';
import { FrontPage } from '../resident/FrontPage';
import { GiveFeedbackPage } from '../resident/GiveFeedbackPage';
import { MyFeedbackPage } from '../resident/MyFeedbackPage';
import { LazyStaffArea } from '../staff/LazyStaffArea';
// Reports and the staff pulse (issue 11, part 2)
import { LazyStaffPulsePage } from '../staff/pulse/LazyStaffPulsePage';
import { LazyReportsPage } from '../staff/reports/LazyReportsPage';
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
        <Route index element={<FrontPage auth={auth} basePath={basePath} />} />
        <Route path="give" element={<GiveFeedbackPage basePath={basePath} language={language} />} />
        <Route path="changes" element={<ChangesPage language={language} />} />
        <Route path="mine" element={<MyFeedbackPage auth={auth} language={language} />} />
        <Route
          path="staff/*"
          element={<LazyStaffArea auth={auth} basePath={basePath} language={language} />}
        />
        {/* Reports and the staff pulse */}
        <Route path="staff/reports" element={<LazyReportsPage auth={auth} language={language} />} />
        <Route path="staff/pulse" element={<LazyStaffPulsePage auth={auth} language={language} />} />
        <Route path="answer" element={<AnswerPage language={language} />} />
        <Route path="*" element={<FrontPage auth={auth} basePath={basePath} />} />
      </Routes>
    </ModuleProviders>
  );
}

export default FeedbackModule;
