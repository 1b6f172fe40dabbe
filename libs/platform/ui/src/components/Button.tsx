import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import '../styles/foundation.css';
import './button.css';

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'style'> {
  /** primary: the one main action of a view; secondary: the others. */
  variant?: 'primary' | 'secondary';
}

/** A button that works alike with mouse, touch, keyboard (Enter and Space) and screen readers. */
export function Button({ variant = 'primary', ...props }: ButtonProps) {
  return <AriaButton {...props} className={`asi-button asi-button--${variant}`} />;
}
