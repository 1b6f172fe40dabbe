import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';
import '../styles/foundation.css';
import './dialog.css';

export { DialogTrigger } from 'react-aria-components';

export interface DialogProps {
  title: ReactNode;
  /** The content, or a function of `close` for content with its own buttons. */
  children: ReactNode | ((close: () => void) => ReactNode);
  /** Controlled use; inside a DialogTrigger these are handled for you. */
  isOpen?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
  /** Alert dialogs (confirmations) are not closed by a click outside. */
  role?: 'dialog' | 'alertdialog';
  /** Buttons in place of the default "Close", e.g. "Continue" and "Sign out". */
  actions?: (close: () => void) => ReactNode;
}

/**
 * A modal dialog: focus moves into it and stays there, Escape closes it, and focus returns to
 * what opened it. Its title names it for screen readers.
 */
export function Dialog({ title, children, isOpen, onOpenChange, role = 'dialog', actions }: DialogProps) {
  const { t } = useTranslation();
  return (
    <ModalOverlay
      className="asi-dialog__overlay"
      isDismissable={role === 'dialog'}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
    >
      <Modal className="asi-dialog__modal">
        <AriaDialog className="asi-dialog" role={role}>
          {({ close }) => (
            <>
              <Heading slot="title" className="asi-dialog__title">
                {title}
              </Heading>
              <div className="asi-dialog__body">
                {typeof children === 'function' ? children(close) : children}
              </div>
              <div className="asi-dialog__actions">
                {actions ? (
                  actions(close)
                ) : (
                  <Button variant="secondary" onPress={close}>
                    {t('dialog.close')}
                  </Button>
                )}
              </div>
            </>
          )}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
