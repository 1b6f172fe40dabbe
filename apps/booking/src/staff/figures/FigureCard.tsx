import { useTranslation } from 'react-i18next';
import type { Figure } from '@asiointi/platform-contract';
import { formatDateTime, formatPlainDate, type Language } from '@asiointi/platform-i18n';
import { formatNumber, formatShare } from './figure-format';

export interface FigureCardProps {
  figure: Figure;
  language: Language;
}

/** One figure as its definition asks it to be read: value, what it rests on, period and when computed. */
export function FigureCard({ figure, language }: FigureCardProps) {
  const { t } = useTranslation('booking');

  const valueText = () => {
    if (figure.status === 'suppressed') return t('staff.figures.suppressed');
    if (figure.value === null) return t('staff.figures.noValue');
    switch (figure.measure) {
      case 'share':
      case 'rate':
        return formatShare(figure.value, language);
      case 'days':
        return t('staff.figures.days', { count: figure.value, value: formatNumber(figure.value, language) });
      default:
        return formatNumber(figure.value, language);
    }
  };
  const { from, until } = figure.period;
  const period =
    from === until
      ? formatPlainDate(from, language)
      : `${formatPlainDate(from, language)}–${formatPlainDate(until, language)}`;

  return (
    <div className="booking-staff-figure">
      <dt>{figure.title[language]}</dt>
      <dd className="booking-staff-figure__value">{valueText()}</dd>
      <dd className="booking-staff-figure__n">
        {figure.suppression
          ? t('staff.figures.suppressedBasis', {
              threshold: formatNumber(figure.suppression.threshold, language),
            })
          : t('staff.figures.basis', { n: formatNumber(figure.n, language) })}
      </dd>
      <dd className="booking-staff-figure__definition">{figure.definition[language]}</dd>
      <dd className="booking-staff-figure__when">
        {t('staff.figures.period', { period })}{' '}
        {t('staff.figures.computedAt', { at: formatDateTime(figure.computedAt, language) })}
      </dd>
    </div>
  );
}
