import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { unitFiguresInputSchema, type FigureValue, type Unit } from '@asiointi/booking-contract';
import type { Language } from '@asiointi/platform-i18n';
import { LoadingState } from '@asiointi/platform-ui';
import { retryUnlessRefused } from '../../api/retry-policy';
import { useTRPC } from '../../api/trpc';
import { addCalendarDays, helsinkiToday } from '@asiointi/platform-time';
import { PlainDateField } from '../PlainDateField';
import { StaffError } from '../StaffError';
import { definitionKeys, formatNumber, formatShare } from './figure-format';

export interface FiguresPageProps {
  unit: Unit;
  language: Language;
}

type FigureName = 't3Days' | 'withinCareGuarantee' | 'noShowRate' | 'selfServiceShare';
const figureNames: readonly FigureName[] = [
  't3Days',
  'withinCareGuarantee',
  'noShowRate',
  'selfServiceShare',
];

/** The unit's figures per service for a period, each with what it rests on and its definition. */
export function FiguresPage({ unit, language }: FiguresPageProps) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const today = helsinkiToday();
  const [from, setFrom] = useState<string | null>(() => addCalendarDays(today, -29));
  const [until, setUntil] = useState<string | null>(today);
  const input = unitFiguresInputSchema.safeParse({ unitId: unit.id, from: from ?? '', until: until ?? '' });
  const figures = useQuery({
    ...trpc.figures.unit.queryOptions(
      input.success ? input.data : { unitId: unit.id, from: today, until: today },
      { retry: retryUnlessRefused },
    ),
    enabled: input.success,
  });

  const valueText = (name: FigureName, figure: FigureValue) => {
    if (figure.value === null) return t('staff.figures.noValue');
    if (name === 't3Days')
      return t('staff.figures.days', { count: figure.value, value: formatNumber(figure.value, language) });
    return formatShare(figure.value, language);
  };

  return (
    <>
      <div className="booking-staff-filters">
        <PlainDateField label={t('staff.figures.from')} value={from} onChange={setFrom} isRequired />
        <PlainDateField
          label={t('staff.figures.until')}
          value={until}
          onChange={setUntil}
          isRequired
          isInvalid={!input.success}
          errorMessage={t('staff.figures.periodInvalid')}
        />
      </div>
      <p className="booking-staff-muted">{t('staff.figures.t3Now')}</p>
      {input.success && figures.isPending ? <LoadingState>{t('staff.figures.loading')}</LoadingState> : null}
      {figures.isError ? <StaffError error={figures.error} onRetry={() => void figures.refetch()} /> : null}
      {figures.isSuccess && figures.data.services.length === 0 ? <p>{t('staff.figures.none')}</p> : null}
      {figures.isSuccess
        ? figures.data.services.map((service) => (
            <section
              key={service.service.id}
              className="booking-staff-section"
              aria-labelledby={`figures-${service.service.id}`}
            >
              <h2 id={`figures-${service.service.id}`}>{service.service.name[language]}</h2>
              <dl className="booking-staff-figures">
                {figureNames.map((name) => {
                  const figure = service[name];
                  return (
                    <div key={name} className="booking-staff-figure">
                      <dt>{t(`staff.figures.names.${name}`)}</dt>
                      <dd className="booking-staff-figure__value">{valueText(name, figure)}</dd>
                      <dd className="booking-staff-figure__n">
                        {t('staff.figures.basis', { n: formatNumber(figure.n, language) })}
                      </dd>
                      <dd className="booking-staff-figure__definition">
                        {t(`staff.figures.definitions.${definitionKeys[figure.definition]}`)}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </section>
          ))
        : null}
    </>
  );
}
