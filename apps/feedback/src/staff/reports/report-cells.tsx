// How a report's numbers are written: one decimal in the reader's language, and "—" for a withheld or
// empty group (the same to the reader), with words for screen readers.
import { useTranslation } from 'react-i18next';
import type { CellResult } from '@asiointi/feedback-contract';
import type { Language } from '@asiointi/platform-i18n';

export function formatNumber(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(language, {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

/** "—", read out as "not shown". */
export function NotShown() {
  const { t } = useTranslation('feedback');
  return (
    <span>
      <span aria-hidden="true">—</span>
      <span className="asi-visually-hidden">{t('reports.notShown')}</span>
    </span>
  );
}

export function NpsCells({ result, language }: { result: CellResult; language: Language }) {
  const nps = result?.nps;
  if (!nps)
    return (
      <>
        <td>
          <NotShown />
        </td>
        <td>
          <NotShown />
        </td>
        <td>
          <NotShown />
        </td>
      </>
    );
  return (
    <>
      <td>{formatNumber(nps.score, language)}</td>
      <td>
        {formatNumber(nps.interval95.low, language)} … {formatNumber(nps.interval95.high, language)}
      </td>
      <td>{nps.n}</td>
    </>
  );
}
