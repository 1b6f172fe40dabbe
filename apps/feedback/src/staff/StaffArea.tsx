import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import type { Language } from '@asiointi/platform-i18n';
import { Link } from '@asiointi/platform-ui';
import { modulePath } from '../shared/module-paths';
import { InboxItemPage } from './InboxItemPage';
import { InboxPage } from './InboxPage';
import { QuestionSetsPage } from './QuestionSetsPage';
import { StaffChangesPage } from './StaffChangesPage';
import { holdsFeedbackRole, StaffOnlyNotice } from './staff-only';

export interface StaffAreaProps {
  auth: RemoteAuth;
  basePath: string;
  language: Language;
}

/** The professionals' side: the feedback inbox, "you said, we did" and the questionnaire versions. */
export function StaffArea({ auth, basePath, language }: StaffAreaProps) {
  const { t } = useTranslation('feedback');
  if (auth.principalKind !== 'staff') return <StaffOnlyNotice auth={auth} title={t('staff.title')} />;
  if (!holdsFeedbackRole(auth)) {
    return (
      <div className="feedback-page">
        <h1 tabIndex={-1}>{t('staff.title')}</h1>
        <p>{t('staff.noUnits')}</p>
        {/* Reports and the staff pulse (issue 11, part 2): every staff member answers the pulse. */}
        <p>
          <Link href={modulePath(basePath, 'staff/pulse')}>{t('pulse.link')}</Link>
        </p>
      </div>
    );
  }
  const isAnalyst = auth.staffRoles.some(({ role }) => role === 'feedback-analyst');
  const staffPath = (path = '') => modulePath(basePath, path ? `staff/${path}` : 'staff');
  const props = { auth, language, staffPath };
  return (
    <>
      <nav aria-label={t('staff.nav.label')} className="feedback-nav">
        <ul>
          <li>
            <Link href={staffPath()}>{t('staff.nav.inbox')}</Link>
          </li>
          <li>
            <Link href={staffPath('changes')}>{t('staff.nav.changes')}</Link>
          </li>
          {isAnalyst ? (
            <li>
              <Link href={staffPath('question-sets')}>{t('staff.nav.questionSets')}</Link>
            </li>
          ) : null}
          <li>
            <Link href={staffPath('reports')}>{t('reports.link')}</Link>
          </li>
          <li>
            <Link href={staffPath('pulse')}>{t('pulse.link')}</Link>
          </li>
        </ul>
      </nav>
      <Routes>
        <Route index element={<InboxPage {...props} />} />
        <Route path="inbox/:id" element={<InboxItemPage {...props} />} />
        <Route path="changes" element={<StaffChangesPage {...props} />} />
        <Route path="question-sets" element={<QuestionSetsPage {...props} isAnalyst={isAnalyst} />} />
        <Route path="*" element={<InboxPage {...props} />} />
      </Routes>
    </>
  );
}

/** What each staff page gets. */
export interface StaffPageProps {
  auth: RemoteAuth;
  language: Language;
  /** A path under the staff area, e.g. staffPath('changes'). */
  staffPath: (path?: string) => string;
}
