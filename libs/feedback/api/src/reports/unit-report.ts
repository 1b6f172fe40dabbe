// A unit's report (totals, months, channels, services) and the client–staff comparison, built from the
// protected month cells. The open (current Helsinki) month counts in totals and by month, never in the
// channel, service or version breakdowns, and a report narrowed to a channel or service shows nothing of it.
import {
  monthsBetween,
  serviceChannelSchema,
  type SideBySide,
  type UnitReport,
  type UnitReportQuery,
} from '@asiointi/feedback-contract';
import { serviceNamesOf, type FeedbackDb } from '@asiointi/feedback-data';
import { buildProtectedReport, type ProtectedMonth, type ReportNarrowing } from '@asiointi/feedback-domain';
import type { LocalizedText } from '@asiointi/platform-contract';
import { cellResult, protectedMonthsByUnit } from './protected-results';

export function narrowingOf(query: { channel?: string; serviceCode?: string }): ReportNarrowing {
  if (query.channel !== undefined) return { channel: query.channel };
  if (query.serviceCode !== undefined) return { service: query.serviceCode };
  return undefined;
}

export function unitReportOf(
  protectedMonths: readonly ProtectedMonth[],
  query: UnitReportQuery,
  unitName: LocalizedText,
  threshold: number,
): UnitReport {
  const months = monthsBetween(query.fromMonth, query.untilMonth);
  const report = buildProtectedReport(protectedMonths, months, narrowingOf(query));
  return {
    unitId: query.unitId,
    unitName,
    threshold,
    total: cellResult(report.total, threshold),
    byMonth: report.byMonth.map(({ month, tally }) => ({ month, result: cellResult(tally, threshold) })),
    // Every channel is listed, with or without answers, so that the list itself tells nothing.
    byChannel: report.byChannel
      ? serviceChannelSchema.options.map((channel) => ({
          channel,
          result: cellResult(report.byChannel!.get(channel), threshold),
        }))
      : null,
    // Only services with results to show: a listed service without them would tell that it had answers.
    byService: report.byService
      ? [...report.byService]
          .filter(([, tally]) => cellResult(tally, threshold) !== null)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([code, tally]) => ({
            serviceCode: code === '' ? null : code,
            serviceName: null,
            result: cellResult(tally, threshold),
          }))
      : null,
  };
}

export async function unitReport(
  db: FeedbackDb,
  query: UnitReportQuery,
  unitName: LocalizedText,
  threshold: number,
  now: Date,
): Promise<UnitReport> {
  const byUnit = await protectedMonthsByUnit(db, { ...query, unitIds: [query.unitId] }, threshold, now);
  const report = unitReportOf(byUnit.get(query.unitId) ?? [], query, unitName, threshold);
  if (!report.byService) return report;
  // Names, never codes, on the page and in exports.
  const names = await serviceNamesOf(
    db,
    report.byService.flatMap(({ serviceCode }) => (serviceCode ? [serviceCode] : [])),
  );
  return {
    ...report,
    byService: report.byService.map((row) => ({
      ...row,
      serviceName: row.serviceCode ? (names.get(row.serviceCode) ?? null) : null,
    })),
  };
}

/** Client (the given set) and staff (the staff pulse) totals of each unit over the period. */
export async function sideBySide(
  db: FeedbackDb,
  units: readonly { id: string; name: LocalizedText }[],
  query: { clientSetKey: 'general' | 'children' | 'smiley'; fromMonth: string; untilMonth: string },
  threshold: number,
  now: Date,
): Promise<SideBySide> {
  const months = monthsBetween(query.fromMonth, query.untilMonth);
  const unitIds = units.map((unit) => unit.id);
  const period = { unitIds, fromMonth: query.fromMonth, untilMonth: query.untilMonth };
  const client = await protectedMonthsByUnit(
    db,
    { ...period, audience: 'client', setKey: query.clientSetKey },
    threshold,
    now,
  );
  const staff = await protectedMonthsByUnit(
    db,
    { ...period, audience: 'staff', setKey: 'staff-pulse' },
    threshold,
    now,
  );
  const total = (protectedMonths: ProtectedMonth[] | undefined) =>
    cellResult(buildProtectedReport(protectedMonths ?? [], months, undefined).total, threshold);
  return units.map((unit) => ({
    unitId: unit.id,
    unitName: unit.name,
    client: total(client.get(unit.id)),
    staff: total(staff.get(unit.id)),
  }));
}
