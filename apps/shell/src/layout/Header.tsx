import { useTranslation } from 'react-i18next';
import type { RuntimeRemote } from '@asiointi/platform-federation';
import { Link } from '@asiointi/platform-ui';
import { ActingBar } from '../acting/ActingBar';
import { StaffBar } from '../staff/StaffBar';
import { LanguageSwitch } from './LanguageSwitch';
import { SessionControls } from './SessionControls';

export interface HeaderProps {
  /** The modules deployed now, for the staff links. */
  remotes: readonly RuntimeRemote[];
}

export function Header({ remotes }: HeaderProps) {
  const { t } = useTranslation('shell');
  return (
    <div className="shell-header">
      <div className="shell-header__top">
        <Link href="/" className="shell-header__home">
          <span className="shell-header__region">{t('regionName')}</span>
          <span className="shell-header__service">{t('serviceName')}</span>
        </Link>
        {/* The language buttons come last, at the edge: the session control before them changes width as
            the sign-in check ends, and must not move buttons a resident is about to press. */}
        <div className="shell-header__tools">
          <SessionControls />
          <LanguageSwitch />
        </div>
      </div>
      <ActingBar />
      <StaffBar remotes={remotes} />
    </div>
  );
}
