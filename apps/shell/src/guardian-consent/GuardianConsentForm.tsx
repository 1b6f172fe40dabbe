import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTING_SCOPES, actingScopeSchema, type ActingScope } from '@asiointi/platform-auth/guardianship';
import { Alert, Button, Checkbox, CheckboxGroup } from '@asiointi/platform-ui';
import { GuardiansRequestError } from './guardians-api';
import type { Guardian } from './guardians-contract';
import { useSaveGuardianConsent } from './use-guardians';

/** One guardian: a checkbox per service, saved together with one button. */
export function GuardianConsentForm({ guardian }: { guardian: Guardian }) {
  const { t } = useTranslation('shell');
  const save = useSaveGuardianConsent();
  const [scopes, setScopes] = useState<ActingScope[]>(guardian.allowedScopes);
  const [saved, setSaved] = useState<ActingScope[]>();
  const name = `${guardian.name.given} ${guardian.name.family}`;
  const scopeNames = (list: ActingScope[]) => list.map((scope) => t(`modules.${scope}.title`)).join(', ');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(undefined);
    save.mutate({ guardian: guardian.subject, scopes }, { onSuccess: () => setSaved(scopes) });
  };

  return (
    <form className="shell-consent" onSubmit={submit}>
      <CheckboxGroup
        label={t('guardianConsent.groupLabel', { name })}
        description={t('guardianConsent.groupDescription', { given: guardian.name.given })}
        value={scopes}
        onChange={(values) =>
          setScopes(values.flatMap((value) => actingScopeSchema.safeParse(value).data ?? []))
        }
      >
        {ACTING_SCOPES.map((scope) => (
          <Checkbox key={scope} value={scope}>
            {t(`modules.${scope}.title`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <Button type="submit">
        {save.isPending ? t('guardianConsent.saving') : t('guardianConsent.save')}
      </Button>
      {saved ? (
        <Alert variant="success">
          <p>
            {saved.length > 0
              ? t('guardianConsent.saved', { given: guardian.name.given, scopes: scopeNames(saved) })
              : t('guardianConsent.savedNone', { given: guardian.name.given })}
          </p>
        </Alert>
      ) : null}
      {save.isError ? (
        <Alert variant="error">
          <p>
            {save.error instanceof GuardiansRequestError && save.error.status === 409
              ? t('guardianConsent.errors.notMinor')
              : t('guardianConsent.errors.saveFailed')}
          </p>
        </Alert>
      ) : null}
    </form>
  );
}
