import { FeedbackErrorCode } from '@asiointi/feedback-contract';
import { useTranslation } from 'react-i18next';

/** The module's typed refusals in the reader's language, for ServiceErrorAlert. */
export function useFeedbackErrorMessages(): Record<string, string> {
  const { t } = useTranslation('feedback');
  const messages: Record<string, string> = {};
  for (const code of Object.values(FeedbackErrorCode)) messages[code] = t(`errors.${code}`);
  return messages;
}
