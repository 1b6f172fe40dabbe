// The free-text comments of a unit's group, masked, from the month cells that may be shown only: a group
// too small to show shows no comments either, and a narrowed group's comments differ from the whole's only
// by groups that may be shown (the same rule as the numbers).
import type { UnitReportQuery } from '@asiointi/feedback-contract';
import { readComments, type FeedbackDb } from '@asiointi/feedback-data';
import { maskFreeText, type ProtectedMonth } from '@asiointi/feedback-domain';
import type { ServiceLanguage } from '@asiointi/platform-service';
import { narrowingOf } from './unit-report';
import { protectedMonthsByUnit } from './protected-results';

function shownMonths(protectedMonths: readonly ProtectedMonth[], query: UnitReportQuery): Set<string> {
  const narrowing = narrowingOf(query);
  return new Set(
    protectedMonths
      .filter((month) => {
        if (narrowing === undefined) return month.total !== undefined;
        if ('channel' in narrowing) return month.breakdowns.channel.get(narrowing.channel) !== undefined;
        return month.breakdowns.service.get(narrowing.service) !== undefined;
      })
      .map((month) => month.month),
  );
}

export async function reportComments(
  db: FeedbackDb,
  query: UnitReportQuery,
  threshold: number,
  language: ServiceLanguage,
): Promise<string[]> {
  const byUnit = await protectedMonthsByUnit(db, { ...query, unitIds: [query.unitId] }, threshold);
  const months = shownMonths(byUnit.get(query.unitId) ?? [], query);
  if (months.size === 0) return [];
  const rows = await readComments(db, {
    unitIds: [query.unitId],
    audience: query.audience,
    setKey: query.setKey,
    fromMonth: `${query.fromMonth}-01`,
    untilMonth: `${query.untilMonth}-01`,
  });
  const collator = new Intl.Collator(language);
  // In text order, not by month or channel, so that a comment cannot be tied to a visit's date.
  return rows
    .filter(
      (row) =>
        months.has(row.month) &&
        (query.channel === undefined || row.channel === query.channel) &&
        (query.serviceCode === undefined || row.serviceCode === query.serviceCode),
    )
    .map((row) => maskFreeText(row.text).trim())
    .filter((text) => text.length > 0)
    .sort(collator.compare);
}
