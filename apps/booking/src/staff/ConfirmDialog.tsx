import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '@asiointi/platform-ui';

export interface ConfirmDialogProps {
  title: ReactNode;
  children: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before a change that cannot be taken back (removing a schedule entry). */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation('booking');
  return (
    <Dialog
      isOpen
      role="alertdialog"
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={title}
      actions={() => (
        <>
          <Button variant="secondary" onPress={onClose}>
            {t('staff.form.back')}
          </Button>
          <Button onPress={onConfirm}>{confirmLabel}</Button>
        </>
      )}
    >
      {children}
    </Dialog>
  );
}
