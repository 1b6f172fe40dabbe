import { Link as AriaLink, type LinkProps as AriaLinkProps } from 'react-aria-components';
import '../styles/foundation.css';
import './link.css';

export interface LinkProps extends Omit<AriaLinkProps, 'className' | 'style'> {
  className?: string;
}

/**
 * A link. Inside UiProvider, a same-origin `href` is followed by the app's router (no page reload);
 * other links behave as ordinary links.
 */
export function Link({ className, ...props }: LinkProps) {
  return <AriaLink {...props} className={className ? `asi-link ${className}` : 'asi-link'} />;
}
