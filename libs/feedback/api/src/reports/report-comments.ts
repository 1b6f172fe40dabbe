// The free-text comments of a unit's group, masked. Comments are served only for an unnarrowed report (no
// channel or service filter: two narrowed lists could be intersected to tie a comment to a small group) and
// only from closed months whose group reached the threshold (the open Helsinki month shows no comments: a
// batch released there could tie its comments to a handful of answers).
import type { UnitReportQuery } from '@asiointi/feedback-contract';
import { readComments, type FeedbackDb } from '@asiointi/feedback-data';
import { maskFreeText, type ProtectedMonth } from '@asiointi/feedback-domain';
import type { ServiceLanguage } from '@asiointi/platform-service';
import { openMonthAt, protectedMonthsByUnit } from './protected-results';

/** Closed months of the group whose total may be shown, as YYYY-MM-01. */
function shownClosedMonths(protectedMonths: readonly ProtectedMonth[], openMonth: string): string[] {
  return protectedMonths
    .filter((month) => month.month !== openMonth && month.total !== undefined)
    .map((month) => `${month.month}-01`);
}

export async function reportComments(
  db: FeedbackDb,
  query: UnitReportQuery,
  threshold: number,
  language: ServiceLanguage,
  now: Date,
): Promise<string[]> {
  if (query.channel !== undefined || query.serviceCode !== undefined) return [];
  const byUnit = await protectedMonthsByUnit(db, { ...query, unitIds: [query.unitId] }, threshold, now);
  const months = shownClosedMonths(byUnit.get(query.unitId) ?? [], openMonthAt(now));
  if (months.length === 0) return [];
  const rows = await readComments(db, {
    unitIds: [query.unitId],
    audience: query.audience,
    setKey: query.setKey,
    fromMonth: `${query.fromMonth}-01`,
    untilMonth: `${query.untilMonth}-01`,
    months,
  });
  const collator = new Intl.Collator(language);
  // In text order, not by month or channel, so that a comment cannot be tied to a visit's date.
  return rows
    .map((row) => maskFreeText(row.text).trim())
    .filter((text) => text.length > 0)
    .sort(collator.compare);
}
