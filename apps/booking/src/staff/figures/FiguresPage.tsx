import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { Unit } from '@asiointi/booking-contract';
import { figuresQuerySchema } from '@asiointi/platform-contract';
import type { Language } from '@asiointi/platform-i18n';
import { LoadingState } from '@asiointi/platform-ui';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../../api/trpc';
import { addCalendarDays, helsinkiToday } from '@asiointi/platform-time';
import { PlainDateField } from '../PlainDateField';
import { StaffError } from '../StaffError';
import { FigureCard } from './FigureCard';
import { servicesOfFigures } from './services-of-figures';

export interface FiguresPageProps {
  unit: Unit;
  language: Language;
}

/** The unit's figures per service for a period, each with what it rests on and its definition. */
export function FiguresPage({ unit, language }: FiguresPageProps) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const today = helsinkiToday();
  const [from, setFrom] = useState<string | null>(() => addCalendarDays(today, -29));
  const [until, setUntil] = useState<string | null>(today);
  const input = figuresQuerySchema.safeParse({ unitIds: [unit.id], from: from ?? '', until: until ?? '' });
  const figures = useQuery({
    ...trpc.figures.list.queryOptions(
      input.success ? input.data : { unitIds: [unit.id], from: today, until: today },
      { retry: retryUnlessRefused },
    ),
    enabled: input.success,
  });
  const services = figures.isSuccess ? servicesOfFigures(figures.data.figures) : [];

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
      {figures.isSuccess && services.length === 0 ? <p>{t('staff.figures.none')}</p> : null}
      {services.map(({ service, figures: ofService }) => (
        <section
          key={service.code}
          className="booking-staff-section"
          aria-labelledby={`figures-${service.code}`}
        >
          <h2 id={`figures-${service.code}`}>{service.name[language]}</h2>
          <dl className="booking-staff-figures">
            {ofService.map((figure) => (
              <FigureCard key={figure.id} figure={figure} language={language} />
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
