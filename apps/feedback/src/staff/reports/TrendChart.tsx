// The monthly NPS as a small line chart: an SVG with a title and a description, reachable by keyboard,
// and the same numbers in the table beside it (the chart is the picture, the table the data).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitReport } from '@asiointi/feedback-contract';
import type { Language } from '@asiointi/platform-i18n';
import { formatNumber } from './report-cells';

const width = 320;
const height = 160;
const pad = { left: 36, right: 8, top: 8, bottom: 24 };

export function TrendChart({ months, language }: { months: UnitReport['byMonth']; language: Language }) {
  const { t } = useTranslation('feedback');
  const titleId = useId();
  const descId = useId();
  const x = (index: number) =>
    pad.left + (months.length <= 1 ? 0 : (index * (width - pad.left - pad.right)) / (months.length - 1));
  const y = (score: number) => pad.top + ((100 - score) * (height - pad.top - pad.bottom)) / 200;
  const points = months.flatMap(({ result }, index) =>
    result?.nps ? [{ index, score: result.nps.score }] : [],
  );
  // Lines join only neighbouring months with a score; a month not shown breaks the line.
  const segments = points.slice(1).flatMap((point, i) => {
    const previous = points[i]!;
    return point.index === previous.index + 1 ? [[previous, point] as const] : [];
  });
  const description = months
    .map(({ month, result }) =>
      result?.nps
        ? `${month}: ${formatNumber(result.nps.score, language)}`
        : `${month}: ${t('reports.notShown')}`,
    )
    .join('; ');
  return (
    <figure className="feedback-chart">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${width} ${height}`}
        tabIndex={0}
        focusable="true"
      >
        <title id={titleId}>{t('reports.trendTitle')}</title>
        <desc id={descId}>{description}</desc>
        {[-100, 0, 100].map((score) => (
          <g key={score}>
            <line
              x1={pad.left}
              x2={width - pad.right}
              y1={y(score)}
              y2={y(score)}
              className="feedback-chart-grid"
            />
            <text x={pad.left - 4} y={y(score) + 4} textAnchor="end" className="feedback-chart-label">
              {score}
            </text>
          </g>
        ))}
        {segments.map(([a, b]) => (
          <line
            key={a.index}
            x1={x(a.index)}
            y1={y(a.score)}
            x2={x(b.index)}
            y2={y(b.score)}
            className="feedback-chart-line"
          />
        ))}
        {points.map((point) => (
          <circle
            key={point.index}
            cx={x(point.index)}
            cy={y(point.score)}
            r={3}
            className="feedback-chart-point"
          />
        ))}
        {months.map(({ month }, index) =>
          index === 0 || index === months.length - 1 ? (
            <text
              key={month}
              x={x(index)}
              y={height - 6}
              textAnchor={index === 0 ? 'start' : 'end'}
              className="feedback-chart-label"
            >
              {month}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption>{t('reports.trendCaption')}</figcaption>
    </figure>
  );
}
