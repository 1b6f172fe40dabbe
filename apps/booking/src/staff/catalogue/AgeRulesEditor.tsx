import { useTranslation } from 'react-i18next';
import { Button, TextField, type ValidatedForm } from '@asiointi/platform-ui';
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
  /** The form's props for a field it checks itself: the rules are checked as typed, before the schema. */
  draftField: ValidatedForm['draftField'];
}

const notWhole = (text: string, optional: boolean) =>
  optional && !text.trim() ? false : Number.isNaN(wholeNumberOf(text));

/** Optional age bands of the care guarantee (e.g. under 23: 14 days). */
export function AgeRulesEditor({ rules, onChange, draftField }: AgeRulesEditorProps) {
  const { t } = useTranslation('booking');
  const update = (index: number, change: Partial<AgeRuleDraft>) =>
    onChange(rules.map((rule, at) => (at === index ? { ...rule, ...change } : rule)));
  return (
    <fieldset className="booking-staff-fieldset">
      <legend>{t('staff.ageRules.legend')}</legend>
      {rules.length === 0 ? <p className="booking-staff-muted">{t('staff.ageRules.none')}</p> : null}
      {rules.map((rule, index) => {
        const number = index + 1;
        const fields = t('staff.ageRules.fields', { returnObjects: true, number });
        return (
          <div key={index} className="booking-staff-period">
            <TextField
              {...draftField(notWhole(rule.minAge, true), fields.minAge)}
              value={rule.minAge}
              onChange={(minAge) => update(index, { minAge })}
              inputMode="numeric"
            />
            <TextField
              {...draftField(notWhole(rule.maxAgeExclusive, true), fields.maxAgeExclusive)}
              value={rule.maxAgeExclusive}
              onChange={(maxAgeExclusive) => update(index, { maxAgeExclusive })}
              inputMode="numeric"
            />
            <TextField
              {...draftField(notWhole(rule.limitDays, false), fields.limitDays)}
              value={rule.limitDays}
              onChange={(limitDays) => update(index, { limitDays })}
              inputMode="numeric"
              isRequired
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
