import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import {
  saveServiceTypeInputSchema,
  serviceCategorySchema,
  serviceChannelSchema,
  type ServiceCategory,
  type ServiceChannel,
  type ServiceType,
} from '@asiointi/booking-contract';
import type { Language } from '@asiointi/platform-i18n';
import { Button, Checkbox, CheckboxGroup, Select, SelectItem, TextField } from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { FormProblem } from '../FormProblem';
import { StaffError } from '../StaffError';
import { useValidatedSubmit } from '../use-validated-submit';
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

/** Every rule of a service type (`serviceTypes.save`), checked with the contract's schema before sending. */
export function ServiceTypeForm({ unitId, language, serviceType, onClose, onSaved }: ServiceTypeFormProps) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const headingId = useId();
  const initial = serviceType;
  const [code, setCode] = useState(initial?.code ?? '');
  const [category, setCategory] = useState<ServiceCategory>(initial?.category ?? 'health');
  const [names, setNames] = useState({
    fi: initial?.name.fi ?? '',
    sv: initial?.name.sv ?? '',
    en: initial?.name.en ?? '',
  });
  const [duration, setDuration] = useState(text(initial?.durationMinutes ?? 30));
  const [channels, setChannels] = useState<ServiceChannel[]>(initial?.channels ?? ['onSite']);
  const [bufferBefore, setBufferBefore] = useState(text(initial?.bufferBeforeMinutes ?? 0));
  const [bufferAfter, setBufferAfter] = useState(text(initial?.bufferAfterMinutes ?? 0));
  const [selfBookable, setSelfBookable] = useState(initial?.selfBookable ?? true);
  const [requiresBookingRight, setRequiresBookingRight] = useState(initial?.requiresBookingRight ?? false);
  const [cutOff, setCutOff] = useState(text(initial?.cancellationCutOffHours ?? 24));
  const [horizon, setHorizon] = useState(text(initial?.bookingHorizonDays ?? 90));
  const [sensitive, setSensitive] = useState(initial?.sensitive ?? false);
  const [requiredSkill, setRequiredSkill] = useState(initial?.requiredSkill ?? '');
  const [hasCareGuarantee, setHasCareGuarantee] = useState(initial ? initial.careGuarantee !== null : true);
  const [limitDays, setLimitDays] = useState(text(initial?.careGuarantee?.limitDays ?? 14));
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

  const { parsed, showInvalid, showFormProblem, invalid, submitTo } = useValidatedSubmit(
    saveServiceTypeInputSchema,
    {
      ...(initial ? { id: initial.id } : {}),
      unitId,
      code: code.trim(),
      category,
      name: { fi: names.fi.trim(), sv: names.sv.trim(), en: names.en.trim() },
      durationMinutes: wholeNumberOf(duration),
      channels,
      selfBookable,
      requiresBookingRight,
      cancellationCutOffHours: wholeNumberOf(cutOff),
      bookingHorizonDays: wholeNumberOf(horizon),
      sensitive,
      bufferBeforeMinutes: wholeNumberOf(bufferBefore),
      bufferAfterMinutes: wholeNumberOf(bufferAfter),
      requiredSkill: requiredSkill.trim(),
      careGuarantee: hasCareGuarantee
        ? {
            limitDays: wholeNumberOf(limitDays),
            ...(ageRules.length > 0 ? { ageRules: ageRulesOf(ageRules) } : {}),
          }
        : null,
    },
  );
  const nameInvalid = (language: Language) =>
    showInvalid &&
    !parsed.success &&
    parsed.error.issues.some((issue) => issue.path[0] === 'name' && issue.path[1] === language);

  return (
    <section aria-labelledby={headingId} className="booking-staff-section">
      <h2 id={headingId}>
        {initial
          ? t('staff.serviceTypes.editHeading', { name: initial.name[language] })
          : t('staff.serviceTypes.newHeading')}
      </h2>
      <form className="booking-staff-form" onSubmit={submitTo(save)} noValidate>
        {(['fi', 'sv', 'en'] as const).map((nameLanguage) => (
          <TextField
            key={nameLanguage}
            label={t(`staff.serviceTypes.name.${nameLanguage}`)}
            value={names[nameLanguage]}
            onChange={(value) => setNames((current) => ({ ...current, [nameLanguage]: value }))}
            isRequired
            isInvalid={nameInvalid(nameLanguage)}
            errorMessage={t('staff.serviceTypes.nameMissing')}
          />
        ))}
        <TextField
          label={t('staff.serviceTypes.code')}
          description={t('staff.serviceTypes.codeHelp')}
          value={code}
          onChange={setCode}
          isRequired
          isInvalid={invalid('code')}
          errorMessage={t('staff.serviceTypes.codeInvalid')}
        />
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
        <TextField
          label={t('staff.serviceTypes.durationLabel')}
          description={t('staff.serviceTypes.durationHelp')}
          value={duration}
          onChange={setDuration}
          inputMode="numeric"
          isRequired
          isInvalid={invalid('durationMinutes')}
          errorMessage={t('staff.serviceTypes.durationInvalid')}
        />
        <CheckboxGroup
          label={t('staff.serviceTypes.channels')}
          value={channels}
          onChange={(values) => setChannels(serviceChannelSchema.array().catch([]).parse(values))}
          isRequired
          isInvalid={invalid('channels')}
          errorMessage={t('staff.serviceTypes.channelsMissing')}
        >
          {serviceChannelSchema.options.map((channel) => (
            <Checkbox key={channel} value={channel}>
              {t(`channels.${channel}`)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <div className="booking-staff-filters">
          <TextField
            label={t('staff.serviceTypes.bufferBefore')}
            value={bufferBefore}
            onChange={setBufferBefore}
            inputMode="numeric"
            isInvalid={invalid('bufferBeforeMinutes')}
            errorMessage={t('staff.serviceTypes.bufferInvalid')}
          />
          <TextField
            label={t('staff.serviceTypes.bufferAfter')}
            value={bufferAfter}
            onChange={setBufferAfter}
            inputMode="numeric"
            isInvalid={invalid('bufferAfterMinutes')}
            errorMessage={t('staff.serviceTypes.bufferInvalid')}
          />
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
          <TextField
            label={t('staff.serviceTypes.cutOff')}
            description={t('staff.serviceTypes.cutOffHelp')}
            value={cutOff}
            onChange={setCutOff}
            inputMode="numeric"
            isRequired
            isInvalid={invalid('cancellationCutOffHours')}
            errorMessage={t('staff.serviceTypes.wholeNumber')}
          />
          <TextField
            label={t('staff.serviceTypes.horizon')}
            description={t('staff.serviceTypes.horizonHelp')}
            value={horizon}
            onChange={setHorizon}
            inputMode="numeric"
            isRequired
            isInvalid={invalid('bookingHorizonDays')}
            errorMessage={t('staff.serviceTypes.positiveNumber')}
          />
        </div>
        <Checkbox isSelected={hasCareGuarantee} onChange={setHasCareGuarantee}>
          {t('staff.serviceTypes.careGuaranteeApplies')}
        </Checkbox>
        {hasCareGuarantee ? (
          <>
            <TextField
              label={t('staff.serviceTypes.limitDays')}
              description={t('staff.serviceTypes.limitDaysHelp')}
              value={limitDays}
              onChange={setLimitDays}
              inputMode="numeric"
              isRequired
              isInvalid={
                showInvalid &&
                !parsed.success &&
                parsed.error.issues.some(
                  (issue) => issue.path[0] === 'careGuarantee' && issue.path[1] === 'limitDays',
                )
              }
              errorMessage={t('staff.serviceTypes.limitDaysInvalid')}
            />
            <AgeRulesEditor rules={ageRules} onChange={setAgeRules} showProblems={showInvalid} />
          </>
        ) : null}
        <Checkbox
          isSelected={sensitive}
          onChange={setSensitive}
          description={t('staff.serviceTypes.sensitiveHelp')}
        >
          {t('staff.serviceTypes.sensitive')}
        </Checkbox>
        <TextField
          label={t('staff.serviceTypes.requiredSkill')}
          description={t('staff.serviceTypes.requiredSkillHelp')}
          value={requiredSkill}
          onChange={setRequiredSkill}
          isRequired
          isInvalid={invalid('requiredSkill')}
          errorMessage={t('staff.serviceTypes.codeInvalid')}
        />
        <FormProblem show={showFormProblem} />
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
