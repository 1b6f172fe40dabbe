import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '@asiointi/platform-ui';
import { formatRemaining } from './idle-schedule';

export interface IdleWarningDialogProps {
  isOpen: boolean;
  remainingMs: number;
  onContinue: () => void;
  onSignOut: () => void;
}

/**
 * Asks, two minutes before an idle session ends, whether to continue. An alert dialog, so it is
 * announced at once; focus starts on "Continue", Escape also continues.
 */
export function IdleWarningDialog({ isOpen, remainingMs, onContinue, onSignOut }: IdleWarningDialogProps) {
  const { t } = useTranslation('shell');
  return (
    <Dialog
      role="alertdialog"
      title={t('auth.idle.title')}
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) onContinue();
      }}
      actions={() => (
        <>
          <Button variant="secondary" onPress={onSignOut}>
            {t('auth.idle.signOut')}
          </Button>
          <Button autoFocus onPress={onContinue}>
            {t('auth.idle.continue')}
          </Button>
        </>
      )}
    >
      <p>{t('auth.idle.text')}</p>
      {/* Read when reached, not announced every second. */}
      <p>{t('auth.idle.remaining', { time: formatRemaining(remainingMs) })}</p>
    </Dialog>
  );
}
