import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  maxReminderEmailLength,
  maxTypedReminderPhoneLength,
  reminderEmailSchema,
  reminderPhoneSchema,
  type ReminderContact,
} from '@asiointi/booking-contract';
import { Alert, Button, Checkbox, TextField } from '@asiointi/platform-ui';
import { errorMessageKey } from '../api/error-message-key';
import { useSaveReminderContact } from './use-reminder-contact';
import './reminder-contact.css';

export interface ReminderContactFieldsProps {
  stored: ReminderContact;
  /** After a save, or when the resident gives up changing (absent: nothing to give up, the fields stay). */
  onDone?: () => void;
}

type FieldProblem = 'phoneInvalid' | 'emailInvalid' | 'confirmMissing';

/** What a blank field means: nothing for that channel. */
const blankAsNull = (typed: string) => (typed.trim() === '' ? null : typed);

/**
 * The resident's number and address with their confirmation. A group, not a form: it also sits inside the
 * booking's step 2, whose form must not submit it.
 */
export function ReminderContactFields({ stored, onDone }: ReminderContactFieldsProps) {
  const { t } = useTranslation('booking');
  const headingId = useId();
  const save = useSaveReminderContact();
  const [phone, setPhone] = useState(stored.phone ?? '');
  const [email, setEmail] = useState(stored.email ?? '');
  const [confirmed, setConfirmed] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  const submit = () => {
    if (save.isPending) return;
    const typedPhone = blankAsNull(phone);
    const typedEmail = blankAsNull(email);
    const found: FieldProblem[] = [];
    if (typedPhone !== null && !reminderPhoneSchema.safeParse(typedPhone).success) found.push('phoneInvalid');
    if (typedEmail !== null && !reminderEmailSchema.safeParse(typedEmail).success) found.push('emailInvalid');
    if (!confirmed) found.push('confirmMissing');
    setProblems(found);
    if (found.length > 0) return;
    save.mutate(
      { phone: typedPhone, email: typedEmail, confirmed: true },
      {
        onSuccess: (saved) => {
          setPhone(saved.phone ?? '');
          setEmail(saved.email ?? '');
          setConfirmed(false);
          onDone?.();
        },
      },
    );
  };

  return (
    <div role="group" aria-labelledby={headingId} className="booking-reminder-contact">
      <h3 id={headingId}>{t('reminderContact.change')}</h3>
      <TextField
        label={t('reminderContact.phoneLabel')}
        description={t('reminderContact.phoneHint')}
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        maxLength={maxTypedReminderPhoneLength}
        value={phone}
        onChange={setPhone}
        isInvalid={problems.includes('phoneInvalid')}
        errorMessage={t('reminderContact.phoneInvalid')}
      />
      <TextField
        label={t('reminderContact.emailLabel')}
        description={t('reminderContact.emailHint')}
        type="email"
        autoComplete="email"
        maxLength={maxReminderEmailLength}
        value={email}
        onChange={setEmail}
        isInvalid={problems.includes('emailInvalid')}
        errorMessage={t('reminderContact.emailInvalid')}
      />
      <Checkbox
        isSelected={confirmed}
        onChange={setConfirmed}
        isInvalid={problems.includes('confirmMissing')}
        description={problems.includes('confirmMissing') ? t('reminderContact.confirmMissing') : undefined}
      >
        {t('reminderContact.confirm')}
      </Checkbox>
      <div className="booking-reminder-contact__actions">
        <Button onPress={submit}>
          {save.isPending ? t('reminderContact.saving') : t('reminderContact.save')}
        </Button>
        {onDone && (stored.phone || stored.email) ? (
          <Button variant="secondary" onPress={onDone}>
            {t('reminderContact.cancel')}
          </Button>
        ) : null}
      </div>
      {save.isError ? (
        <Alert variant="error">
          <p>{t(errorMessageKey(save.error, { VALIDATION_FAILED: 'errors.invalidPreferences' }))}</p>
        </Alert>
      ) : null}
    </div>
  );
}
