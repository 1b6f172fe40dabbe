import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Radio, RadioGroup } from '@asiointi/platform-ui';
import { useSession } from '../auth/portal-session';
import { useDeployedModules } from '../modules/deployed-modules';
import type { ActingChoice } from './acting-choices';
import { useActingFor } from './acting-for-context';
import { UnavailableRelations } from './UnavailableRelations';

const self = 'self';

/**
 * "Change person": a dialog with everyone the resident may act for as radio buttons (large
 * targets, all visible at once), and below them the people they cannot act for now, with the
 * reason in plain words rather than as disabled options that screen readers may skip.
 */
export function PersonSwitcher() {
  const { t } = useTranslation('shell');
  const { person } = useSession();
  const acting = useActingFor();
  const [isOpen, setOpen] = useState(false);
  const [value, setValue] = useState(self);

  const open = () => {
    setValue(acting.current?.subject ?? self);
    setOpen(true);
  };

  return (
    <>
      <Button variant="secondary" onPress={open}>
        {t('acting.change')}
      </Button>
      <Dialog
        title={t('acting.dialogTitle')}
        isOpen={isOpen}
        onOpenChange={setOpen}
        actions={(close) => (
          <>
            <Button variant="secondary" onPress={close}>
              {t('acting.cancel')}
            </Button>
            <Button
              onPress={() => {
                acting.choose(value === self ? undefined : value);
                close();
              }}
            >
              {t('acting.apply')}
            </Button>
          </>
        )}
      >
        <RadioGroup label={t('acting.groupLabel')} value={value} onChange={setValue}>
          <Radio value={self} description={person?.displayName}>
            {t('acting.self')}
          </Radio>
          {acting.choices.map((choice) => (
            <Radio
              key={choice.subject}
              value={choice.subject}
              description={<ChoiceDescription choice={choice} />}
            >
              {choice.displayName}
            </Radio>
          ))}
        </RadioGroup>
        <UnavailableRelations relations={acting.unavailable} />
      </Dialog>
    </>
  );
}

/** "Huollettavasi", and "Vain: Ajanvaraus" when acting is allowed in some services only. */
function ChoiceDescription({ choice }: { choice: ActingChoice }) {
  const { t } = useTranslation('shell');
  const { remotes, titleOf } = useDeployedModules();
  // Limited when some module of the portal is not among them; modules not deployed now are not named.
  const limited = remotes.some(({ name }) => !choice.allowedScopes.includes(name));
  const scopes = choice.allowedScopes.flatMap((scope) => titleOf(scope) ?? []).join(', ');
  return (
    <>
      {t(`acting.relation.${choice.relation}`)}
      {limited ? `. ${t('acting.onlyScopes', { scopes })}` : null}
    </>
  );
}
