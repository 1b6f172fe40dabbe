import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActingScope } from '@asiointi/platform-auth/guardianship';
import { Alert, Button, Checkbox, CheckboxGroup } from '@asiointi/platform-ui';
import { useDeployedModules } from '../modules/deployed-modules';
import { GuardiansRequestError } from './guardians-api';
import type { Guardian } from './guardians-contract';
import { useSaveGuardianConsent } from './use-guardians';

/**
 * One guardian: a checkbox per service of the portal, saved together with one button. A permission given
 * for a service that is not deployed now is neither shown nor lost: it is saved again as it was.
 */
export function GuardianConsentForm({ guardian }: { guardian: Guardian }) {
  const { t } = useTranslation('shell');
  const { remotes, titleOf } = useDeployedModules();
  const save = useSaveGuardianConsent();
  const deployed = remotes.map(({ name }) => name);
  const [scopes, setScopes] = useState<ActingScope[]>(guardian.allowedScopes);
  const [saved, setSaved] = useState<ActingScope[]>();
  const name = `${guardian.name.given} ${guardian.name.family}`;
  const scopeNames = (list: ActingScope[]) => list.flatMap((scope) => titleOf(scope) ?? []).join(', ');

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
        value={scopes.filter((scope) => deployed.includes(scope))}
        onChange={(values) =>
          setScopes([
            ...scopes.filter((scope) => !deployed.includes(scope)),
            ...deployed.filter((scope) => values.includes(scope)),
          ])
        }
      >
        {remotes.map((remote) => (
          <Checkbox key={remote.name} value={remote.name}>
            {titleOf(remote.name)}
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
