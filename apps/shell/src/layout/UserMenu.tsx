import { useTranslation } from 'react-i18next';
import { Button, DialogTrigger, Link, PopoverDialog } from '@asiointi/platform-ui';
import { useActingFor } from '../acting/acting-for-context';
import { useSession } from '../auth/portal-session';
import { useGuardians } from '../guardian-consent/use-guardians';
import { StaffRoles } from '../staff/StaffBar';
import { dataAccessPath, guardianConsentPath } from '../app/shell-paths';

/**
 * "Signed in as Anna Virtanen": a button that opens a small panel with whom the resident acts for,
 * the links to their own pages, and signing out.
 */
export function UserMenu() {
  const { t } = useTranslation('shell');
  const { person, signOut } = useSession();
  const acting = useActingFor();
  const guardians = useGuardians();
  if (!person) return null;
  const isResident = person.kind === 'resident';
  const hasGuardians = (guardians.data?.guardians.length ?? 0) > 0;

  return (
    <DialogTrigger>
      <Button variant="secondary">
        <span className="shell-user__trigger">
          <span className="shell-user__label">{t('auth.signedInAs')}</span>{' '}
          <span className="shell-user__name">{person.displayName}</span>
        </span>
      </Button>
      <PopoverDialog aria-label={t('auth.userMenu')}>
        {(close) => (
          <div className="shell-user-menu">
            <p className="shell-user-menu__name">{person.displayName}</p>
            {isResident && acting.hasRelations ? (
              <p>
                {t('acting.label')}: <strong>{acting.current?.displayName ?? t('acting.self')}</strong>
              </p>
            ) : null}
            {isResident ? null : (
              <>
                <p>
                  <strong>{t('staff.modeLabel')}</strong>
                </p>
                <StaffRoles />
              </>
            )}
            {isResident ? (
              <ul className="shell-user-menu__links">
                <li>
                  <Link href={dataAccessPath} onPress={close}>
                    {t('auth.dataAccessLink')}
                  </Link>
                </li>
                {hasGuardians ? (
                  <li>
                    <Link href={guardianConsentPath} onPress={close}>
                      {t('auth.guardianConsentLink')}
                    </Link>
                  </li>
                ) : null}
              </ul>
            ) : null}
            <Button variant="secondary" onPress={() => void signOut()}>
              {t('auth.signOut')}
            </Button>
          </div>
        )}
      </PopoverDialog>
    </DialogTrigger>
  );
}
