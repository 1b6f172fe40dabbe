import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import {
  maxCancellationTermsLength,
  saveServiceTypeInputSchema,
  serviceCategorySchema,
  serviceChannelSchema,
  skillNames,
  skillSchema,
  type ServiceCategory,
  type ServiceChannel,
  type ServiceType,
  type Skill,
} from '@asiointi/booking-contract';
import type { Language } from '@asiointi/platform-i18n';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FormProblem,
  Select,
  SelectItem,
  TextAreaField,
  TextField,
  useValidatedSubmit,
} from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { StaffError } from '../StaffError';
import { AgeRulesEditor, ageRulesOf, type AgeRuleDraft } from './AgeRulesEditor';
import { wholeNumberOf } from './form-values';

export interface ServiceTypeFormProps {
  unitId: string;
  language: Language;
  /** The service type to edit; a new one when absent. */
  serviceType: ServiceType | undefined;
  onClose: () => void;
  onSaved: (name: string) => Promise<unknown>;
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The rules typed as whole numbers: each a field of the contract, at its own path. */
const numberRulePaths = {
  durationMinutes: 'durationMinutes',
  bufferBeforeMinutes: 'bufferBeforeMinutes',
  bufferAfterMinutes: 'bufferAfterMinutes',
  cancellationCutOffHours: 'cancellationCutOffHours',
  bookingHorizonDays: 'bookingHorizonDays',
  limitDays: 'careGuarantee.limitDays',
} as const;
type NumberRule = keyof typeof numberRulePaths;

/** Every rule of a service type (`serviceTypes.save`), checked with the contract's schema before sending. */
export function ServiceTypeForm({ unitId, language, serviceType, onClose, onSaved }: ServiceTypeFormProps) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const headingId = useId();
  const fields = t('staff.serviceTypes.fields', { returnObjects: true });
  const initial = serviceType;
  const [code, setCode] = useState(initial?.code ?? '');
  const [category, setCategory] = useState<ServiceCategory>(initial?.category ?? 'health');
  const [names, setNames] = useState({
    fi: initial?.name.fi ?? '',
    sv: initial?.name.sv ?? '',
    en: initial?.name.en ?? '',
  });
  const [numbers, setNumbers] = useState<Record<NumberRule, string>>({
    durationMinutes: text(initial?.durationMinutes ?? 30),
    bufferBeforeMinutes: text(initial?.bufferBeforeMinutes ?? 0),
    bufferAfterMinutes: text(initial?.bufferAfterMinutes ?? 0),
    cancellationCutOffHours: text(initial?.cancellationCutOffHours ?? 24),
    bookingHorizonDays: text(initial?.bookingHorizonDays ?? 90),
    limitDays: text(initial?.careGuarantee?.limitDays ?? 14),
  });
  const [terms, setTerms] = useState({
    fi: initial?.cancellationTerms?.fi ?? '',
    sv: initial?.cancellationTerms?.sv ?? '',
    en: initial?.cancellationTerms?.en ?? '',
  });
  const termsGiven = [terms.fi, terms.sv, terms.en].some((text) => text.trim() !== '');
  const [channels, setChannels] = useState<ServiceChannel[]>(initial?.channels ?? ['onSite']);
  const [selfBookable, setSelfBookable] = useState(initial?.selfBookable ?? true);
  const [requiresBookingRight, setRequiresBookingRight] = useState(initial?.requiresBookingRight ?? false);
  const [sensitive, setSensitive] = useState(initial?.sensitive ?? false);
  const [requiredSkill, setRequiredSkill] = useState<Skill | null>(initial?.requiredSkill ?? null);
  const [hasCareGuarantee, setHasCareGuarantee] = useState(initial ? initial.careGuarantee !== null : true);
  const [ageRules, setAgeRules] = useState<AgeRuleDraft[]>(
    (initial?.careGuarantee?.ageRules ?? []).map((rule) => ({
      minAge: text(rule.minAge),
      maxAgeExclusive: text(rule.maxAgeExclusive),
      limitDays: text(rule.limitDays),
    })),
  );
  const save = useMutation(
    trpc.serviceTypes.save.mutationOptions({
      retry: false,
      onSuccess: async (_saved, input) => {
        await onSaved(input.name[language]);
      },
    }),
  );

  const form = useValidatedSubmit(saveServiceTypeInputSchema, {
    ...(initial ? { id: initial.id } : {}),
    unitId,
    code: code.trim(),
    category,
    name: { fi: names.fi.trim(), sv: names.sv.trim(), en: names.en.trim() },
    durationMinutes: wholeNumberOf(numbers.durationMinutes),
    channels,
    selfBookable,
    requiresBookingRight,
    cancellationCutOffHours: wholeNumberOf(numbers.cancellationCutOffHours),
    // All three languages or none: residents read the terms in the language they use.
    cancellationTerms: termsGiven ? { fi: terms.fi.trim(), sv: terms.sv.trim(), en: terms.en.trim() } : null,
    bookingHorizonDays: wholeNumberOf(numbers.bookingHorizonDays),
    sensitive,
    bufferBeforeMinutes: wholeNumberOf(numbers.bufferBeforeMinutes),
    bufferAfterMinutes: wholeNumberOf(numbers.bufferAfterMinutes),
    requiredSkill,
    careGuarantee: hasCareGuarantee
      ? {
          limitDays: wholeNumberOf(numbers.limitDays),
          ...(ageRules.length > 0 ? { ageRules: ageRulesOf(ageRules) } : {}),
        }
      : null,
  });
  const numberField = (rule: NumberRule) => ({
    ...form.field(numberRulePaths[rule], fields[rule]),
    value: numbers[rule],
    onChange: (typed: string) => setNumbers((current) => ({ ...current, [rule]: typed })),
    inputMode: 'numeric' as const,
  });

  return (
    <section aria-labelledby={headingId} className="booking-staff-section">
      <h2 id={headingId}>
        {initial
          ? t('staff.serviceTypes.editHeading', { name: initial.name[language] })
          : t('staff.serviceTypes.newHeading')}
      </h2>
      <form className="booking-staff-form" onSubmit={form.submitTo(save)} noValidate>
        {(['fi', 'sv', 'en'] as const).map((nameLanguage) => (
          <TextField
            key={nameLanguage}
            {...form.field(`name.${nameLanguage}`, fields.name[nameLanguage])}
            value={names[nameLanguage]}
            onChange={(value) => setNames((current) => ({ ...current, [nameLanguage]: value }))}
            isRequired
          />
        ))}
        <TextField {...form.field('code', fields.code)} value={code} onChange={setCode} isRequired />
        <Select
          label={t('staff.serviceTypes.category')}
          items={serviceCategorySchema.options.map((id) => ({ id }))}
          value={category}
          onChange={(key) => setCategory(serviceCategorySchema.catch(category).parse(key))}
        >
          {(item) => (
            <SelectItem id={item.id} textValue={t(`staff.categories.${item.id}`)}>
              {t(`staff.categories.${item.id}`)}
            </SelectItem>
          )}
        </Select>
        <TextField {...numberField('durationMinutes')} isRequired />
        <CheckboxGroup
          {...form.field('channels', fields.channels)}
          value={channels}
          onChange={(values) => setChannels(serviceChannelSchema.array().catch([]).parse(values))}
          isRequired
        >
          {serviceChannelSchema.options.map((channel) => (
            <Checkbox key={channel} value={channel}>
              {t(`channels.${channel}`)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <div className="booking-staff-filters">
          <TextField {...numberField('bufferBeforeMinutes')} />
          <TextField {...numberField('bufferAfterMinutes')} />
        </div>
        <Checkbox
          isSelected={selfBookable}
          onChange={setSelfBookable}
          description={t('staff.serviceTypes.selfBookableHelp')}
        >
          {t('staff.serviceTypes.selfBookable')}
        </Checkbox>
        <Checkbox
          isSelected={requiresBookingRight}
          onChange={setRequiresBookingRight}
          description={t('staff.serviceTypes.rightNeededHelp')}
        >
          {t('staff.serviceTypes.rightNeeded')}
        </Checkbox>
        <div className="booking-staff-filters">
          <TextField {...numberField('cancellationCutOffHours')} isRequired />
          <TextField {...numberField('bookingHorizonDays')} isRequired />
        </div>
        <fieldset className="booking-staff-fieldset">
          <legend>{t('staff.serviceTypes.cancellationTerms')}</legend>
          <p>{t('staff.serviceTypes.cancellationTermsHelp')}</p>
          {(['fi', 'sv', 'en'] as const).map((termsLanguage) => (
            <TextAreaField
              key={termsLanguage}
              {...form.field(`cancellationTerms.${termsLanguage}`, fields.cancellationTerms[termsLanguage])}
              value={terms[termsLanguage]}
              onChange={(value) => setTerms((current) => ({ ...current, [termsLanguage]: value }))}
              characterLimit={maxCancellationTermsLength}
            />
          ))}
        </fieldset>
        <Checkbox isSelected={hasCareGuarantee} onChange={setHasCareGuarantee}>
          {t('staff.serviceTypes.careGuaranteeApplies')}
        </Checkbox>
        {hasCareGuarantee ? (
          <>
            <TextField {...numberField('limitDays')} isRequired />
            <AgeRulesEditor rules={ageRules} onChange={setAgeRules} draftField={form.draftField} />
          </>
        ) : null}
        <Checkbox
          isSelected={sensitive}
          onChange={setSensitive}
          description={t('staff.serviceTypes.sensitiveHelp')}
        >
          {t('staff.serviceTypes.sensitive')}
        </Checkbox>
        <Select
          {...form.field('requiredSkill', fields.requiredSkill)}
          placeholder={t('staff.serviceTypes.requiredSkillPlaceholder')}
          items={skillSchema.options.map((skill) => ({ id: skill, name: skillNames[skill][language] }))}
          value={requiredSkill}
          onChange={(key) => setRequiredSkill(skillSchema.catch(requiredSkill ?? 'general').parse(key))}
          isRequired
        >
          {(item) => (
            <SelectItem id={item.id} textValue={item.name}>
              {item.name}
            </SelectItem>
          )}
        </Select>
        <FormProblem show={form.showFormProblem} />
        {save.isError ? <StaffError error={save.error} /> : null}
        <div className="booking-staff-actions">
          <Button type="submit">{save.isPending ? t('staff.form.saving') : t('staff.form.save')}</Button>
          <Button variant="secondary" onPress={onClose}>
            {t('staff.form.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
