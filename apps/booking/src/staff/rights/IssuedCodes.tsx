import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPlainDate, type Language } from '@asiointi/platform-i18n';
import { Alert, Button } from '@asiointi/platform-ui';

export interface IssuedBatch {
  codes: readonly string[];
  serviceName: string;
  validFrom: string;
  validUntil: string;
}

export interface IssuedCodesProps {
  batch: IssuedBatch;
  language: Language;
  onDone: () => void;
}

/** The new codes, once, ready to print (the print style shows only this list). */
export function IssuedCodes({ batch, language, onDone }: IssuedCodesProps) {
  const { t } = useTranslation('booking');
  const listRef = useRef<HTMLDivElement>(null);
  // Focus moves to the codes, so a screen-reader user lands on what just appeared.
  useEffect(() => listRef.current?.focus(), []);
  return (
    <>
      <Alert variant="info" title={t('staff.codes.onceTitle')}>
        <p>{t('staff.codes.onceText')}</p>
      </Alert>
      <div
        className="booking-staff-codes"
        ref={listRef}
        tabIndex={-1}
        aria-labelledby="booking-staff-codes-title"
      >
        <h3 id="booking-staff-codes-title">
          {t('staff.codes.listTitle', { count: batch.codes.length, service: batch.serviceName })}
        </h3>
        <p>
          {t('staff.codes.validity', {
            from: formatPlainDate(batch.validFrom, language),
            until: formatPlainDate(batch.validUntil, language),
          })}
        </p>
        <ol className="booking-staff-codes__list">
          {batch.codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
      </div>
      <div className="booking-staff-actions">
        <Button onPress={() => window.print()}>{t('staff.codes.print')}</Button>
        <Button variant="secondary" onPress={onDone}>
          {t('staff.codes.done')}
        </Button>
      </div>
    </>
  );
}
