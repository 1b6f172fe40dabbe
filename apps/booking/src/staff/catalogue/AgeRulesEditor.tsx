import { useTranslation } from 'react-i18next';
import { Button, TextField } from '@asiointi/platform-ui';
import { wholeNumberOf } from './form-values';

/** An age band with its own care-guarantee limit, as typed; empty ages are open-ended. */
export interface AgeRuleDraft {
  minAge: string;
  maxAgeExclusive: string;
  limitDays: string;
}

/** The typed rules in the contract's shape; the schema refuses whatever is not a whole number. */
export function ageRulesOf(drafts: readonly AgeRuleDraft[]) {
  return drafts.map((draft) => ({
    ...(draft.minAge.trim() ? { minAge: wholeNumberOf(draft.minAge) } : {}),
    ...(draft.maxAgeExclusive.trim() ? { maxAgeExclusive: wholeNumberOf(draft.maxAgeExclusive) } : {}),
    limitDays: wholeNumberOf(draft.limitDays),
  }));
}

export interface AgeRulesEditorProps {
  rules: readonly AgeRuleDraft[];
  onChange: (rules: AgeRuleDraft[]) => void;
  showProblems: boolean;
}

const notWhole = (text: string, optional: boolean) =>
  optional && !text.trim() ? false : Number.isNaN(wholeNumberOf(text));

/** Optional age bands of the care guarantee (e.g. under 23: 14 days). */
export function AgeRulesEditor({ rules, onChange, showProblems }: AgeRulesEditorProps) {
  const { t } = useTranslation('booking');
  const update = (index: number, change: Partial<AgeRuleDraft>) =>
    onChange(rules.map((rule, at) => (at === index ? { ...rule, ...change } : rule)));
  return (
    <fieldset className="booking-staff-fieldset">
      <legend>{t('staff.ageRules.legend')}</legend>
      {rules.length === 0 ? <p className="booking-staff-muted">{t('staff.ageRules.none')}</p> : null}
      {rules.map((rule, index) => {
        const number = index + 1;
        return (
          <div key={index} className="booking-staff-period">
            <TextField
              label={t('staff.ageRules.minAge', { number })}
              value={rule.minAge}
              onChange={(minAge) => update(index, { minAge })}
              inputMode="numeric"
              isInvalid={showProblems && notWhole(rule.minAge, true)}
              errorMessage={t('staff.serviceTypes.wholeNumber')}
            />
            <TextField
              label={t('staff.ageRules.maxAge', { number })}
              value={rule.maxAgeExclusive}
              onChange={(maxAgeExclusive) => update(index, { maxAgeExclusive })}
              inputMode="numeric"
              isInvalid={showProblems && notWhole(rule.maxAgeExclusive, true)}
              errorMessage={t('staff.serviceTypes.wholeNumber')}
            />
            <TextField
              label={t('staff.ageRules.limitDays', { number })}
              value={rule.limitDays}
              onChange={(limitDays) => update(index, { limitDays })}
              inputMode="numeric"
              isRequired
              isInvalid={showProblems && notWhole(rule.limitDays, false)}
              errorMessage={t('staff.serviceTypes.limitDaysInvalid')}
            />
            <Button
              variant="secondary"
              aria-label={t('staff.ageRules.removeNamed', { number })}
              onPress={() => onChange(rules.filter((_, at) => at !== index))}
            >
              {t('staff.ageRules.remove')}
            </Button>
          </div>
        );
      })}
      <Button
        variant="secondary"
        onPress={() => onChange([...rules, { minAge: '', maxAgeExclusive: '', limitDays: '' }])}
      >
        {t('staff.ageRules.add')}
      </Button>
    </fieldset>
  );
}
