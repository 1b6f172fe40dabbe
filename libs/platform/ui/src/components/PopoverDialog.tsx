import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Popover } from 'react-aria-components';
import '../styles/foundation.css';
import './popover-dialog.css';

export interface PopoverDialogProps {
  /** Names the dialog for screen readers (e.g. "User menu"). */
  'aria-label': string;
  /** The content, or a function of `close` for content with its own buttons and links. */
  children: ReactNode | ((close: () => void) => ReactNode);
}

/**
 * A small panel that opens under the button before it in a DialogTrigger: a disclosure for links
 * and actions (not an application menu, so no arrow-key rules to learn). Focus moves into it,
 * Escape and a click outside close it, and focus returns to the button.
 */
export function PopoverDialog({ 'aria-label': label, children }: PopoverDialogProps) {
  return (
    <Popover className="asi-popover" placement="bottom end" offset={4}>
      <AriaDialog className="asi-popover__dialog" aria-label={label}>
        {({ close }) => (typeof children === 'function' ? children(close) : children)}
      </AriaDialog>
    </Popover>
  );
}
