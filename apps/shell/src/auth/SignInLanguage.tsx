import { useEffect } from 'react';
import { useLanguage } from '@asiointi/platform-i18n';
import { useSession } from './portal-session';

/**
 * Shows the portal in the signed-in person's language (the token's `locale`) unless they have
 * chosen a language themselves: a Swedish speaker should not land in Finnish after signing in.
 */
export function SignInLanguage() {
  const tokenLanguage = useSession().person?.language;
  const { suggestLanguage } = useLanguage();
  useEffect(() => {
    if (tokenLanguage) suggestLanguage(tokenLanguage);
  }, [tokenLanguage, suggestLanguage]);
  return null;
}
