import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { addNamespacePart, type Language } from '@asiointi/platform-i18n';
import { Button } from '@asiointi/platform-ui';
import { bookingNamespace } from '../i18n';
import { bookingStaffStrings } from '../i18n/staff-strings';
import { StaffHomePage } from './StaffHomePage';
import { StaffUnitPage } from './StaffUnitPage';
import './staff.css';

export interface StaffAreaProps {
  auth: RemoteAuth;
  basePath: string;
  language: Language;
}

/** The professionals' side of booking (under /booking/staff): a unit, then its day list and settings. */
export function StaffArea({ auth, basePath, language }: StaffAreaProps) {
  const { t, i18n } = useTranslation('booking');
  // The staff pages' strings came with this chunk: into the namespace before the first of them shows.
  addNamespacePart(i18n, bookingNamespace, bookingStaffStrings);
  if (auth.principalKind !== 'staff') {
    return (
      <div className="booking-page">
        <h1 tabIndex={-1}>{t('staff.title')}</h1>
        <p>{t('staff.staffOnly')}</p>
        {auth.principalKind === 'anonymous' ? (
          <Button onPress={() => auth.signIn()}>{t('staff.signIn')}</Button>
        ) : null}
      </div>
    );
  }
  return (
    <Routes>
      <Route index element={<StaffHomePage auth={auth} basePath={basePath} language={language} />} />
      <Route
        path=":unitId/*"
        element={<StaffUnitPage auth={auth} basePath={basePath} language={language} />}
      />
    </Routes>
  );
}
