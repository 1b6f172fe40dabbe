import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  reminderChannelSchema,
  serviceLanguageSchema,
  type ReminderChannel,
  type ResidentPreferences,
  type ServiceLanguage,
} from '@asiointi/booking-contract';
import { Alert, Button, Radio, RadioGroup, Select, SelectItem } from '@asiointi/platform-ui';
import { errorMessageKey } from '../api/error-message-key';
import { useSavePreferences } from './use-preferences';

const noLanguage = 'none';
const languageItems: { id: typeof noLanguage | ServiceLanguage }[] = [
  { id: noLanguage },
  ...serviceLanguageSchema.options.map((id) => ({ id })),
];

/** The two choices and a save button; filled from the stored settings. */
export function PreferencesForm({ stored }: { stored: ResidentPreferences }) {
  const { t } = useTranslation('booking');
  const save = useSavePreferences();
  const [reminderChannel, setReminderChannel] = useState<ReminderChannel>(stored.reminderChannel);
  const [serviceLanguage, setServiceLanguage] = useState<ServiceLanguage | null>(stored.serviceLanguage);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate({ reminderChannel, serviceLanguage });
  };

  return (
    <form className="booking-preferences" onSubmit={submit}>
      <RadioGroup
        label={t('preferences.channelLabel')}
        value={reminderChannel}
        onChange={(value) =>
          setReminderChannel(reminderChannelSchema.catch(stored.reminderChannel).parse(value))
        }
      >
        {reminderChannelSchema.options.map((channel) => (
          <Radio key={channel} value={channel}>
            {t(`preferences.channels.${channel}`)}
          </Radio>
        ))}
      </RadioGroup>
      <Select
        label={t('preferences.languageLabel')}
        description={t('preferences.languageDescription')}
        items={languageItems}
        value={serviceLanguage ?? noLanguage}
        onChange={(key) =>
          setServiceLanguage(
            serviceLanguageSchema
              .nullable()
              .catch(null)
              .parse(key === noLanguage ? null : key),
          )
        }
      >
        {(item) => (
          <SelectItem id={item.id} textValue={t(`preferences.languages.${item.id}`)}>
            {t(`preferences.languages.${item.id}`)}
          </SelectItem>
        )}
      </Select>
      {/* Not isPending: React Aria announces that through a label that may be gone by then. */}
      <Button type="submit">{save.isPending ? t('preferences.saving') : t('preferences.save')}</Button>
      {save.isSuccess ? (
        <Alert variant="success">
          <p>{t('preferences.saved')}</p>
        </Alert>
      ) : null}
      {save.isError ? (
        <Alert variant="error">
          <p>{t(errorMessageKey(save.error, { VALIDATION_FAILED: 'errors.invalidPreferences' }))}</p>
        </Alert>
      ) : null}
    </form>
  );
}
