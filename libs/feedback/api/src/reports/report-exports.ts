// The reports' downloads: a unit's report as CSV for Finnish Excel, and the JSON for national collection
// (its shape is documented on feedback-contract's nationalExportSchema). Both read the same protected
// cells as the report on screen, so a download shows nothing the screen withholds.
import type {
  CellResult,
  NationalExport,
  NationalExportQuery,
  UnitReport,
} from '@asiointi/feedback-contract';
import type { FeedbackDb } from '@asiointi/feedback-data';
import { presentCell, toCsv, type CsvCell } from '@asiointi/feedback-domain';
import type { UnitDirectoryEntry } from '@asiointi/platform-contract';
import type { ServiceLanguage } from '@asiointi/platform-service';
import { coreThemeOrNull, protectedMonthsByUnit } from './protected-results';

const labels = {
  fi: {
    group: 'Ryhmä',
    total: 'Koko jakso',
    month: 'Kuukausi',
    channel: 'Asiointikanava',
    service: 'Palvelu',
    noService: 'Ei palvelua',
    answers: 'Vastauksia',
    nps: 'NPS',
    low: 'NPS 95 %:n luottamusväli, alaraja',
    high: 'NPS 95 %:n luottamusväli, yläraja',
    npsN: 'NPS n',
    promoters: 'Suosittelijat (9–10)',
    passives: 'Passiiviset (7–8)',
    detractors: 'Arvostelijat (0–6)',
    skipped: 'Ohitti suositteluk.',
    mean: 'keskiarvo',
    n: 'n',
    channels: {
      onSite: 'Paikan päällä',
      phone: 'Puhelin',
      video: 'Video',
      message: 'Viesti',
      unknown: 'Ei tiedossa',
    },
  },
  sv: {
    group: 'Grupp',
    total: 'Hela perioden',
    month: 'Månad',
    channel: 'Kanal',
    service: 'Tjänst',
    noService: 'Ingen tjänst',
    answers: 'Svar',
    nps: 'NPS',
    low: 'NPS 95 % konfidensintervall, nedre gräns',
    high: 'NPS 95 % konfidensintervall, övre gräns',
    npsN: 'NPS n',
    promoters: 'Promotorer (9–10)',
    passives: 'Passiva (7–8)',
    detractors: 'Kritiker (0–6)',
    skipped: 'Hoppade över rekommendationsfrågan',
    mean: 'medelvärde',
    n: 'n',
    channels: {
      onSite: 'På plats',
      phone: 'Telefon',
      video: 'Video',
      message: 'Meddelande',
      unknown: 'Okänd',
    },
  },
  en: {
    group: 'Group',
    total: 'Whole period',
    month: 'Month',
    channel: 'Channel',
    service: 'Service',
    noService: 'No service',
    answers: 'Answers',
    nps: 'NPS',
    low: 'NPS 95% confidence interval, lower',
    high: 'NPS 95% confidence interval, upper',
    npsN: 'NPS n',
    promoters: 'Promoters (9–10)',
    passives: 'Passives (7–8)',
    detractors: 'Detractors (0–6)',
    skipped: 'Skipped the recommendation question',
    mean: 'mean',
    n: 'n',
    channels: { onSite: 'On site', phone: 'Phone', video: 'Video', message: 'Message', unknown: 'Unknown' },
  },
} as const;

/** The unit's report as CSV: one row per group; a withheld group's cells are empty, like an empty group's. */
export function unitReportCsv(report: UnitReport, language: ServiceLanguage): string {
  const words = labels[language];
  const groups: { kind: string; name: string; result: CellResult }[] = [
    { kind: words.group, name: words.total, result: report.total },
    ...report.byMonth.map(({ month, result }) => ({ kind: words.month, name: month, result })),
    ...(report.byChannel ?? []).map(({ channel, result }) => ({
      kind: words.channel,
      name: words.channels[channel],
      result,
    })),
    ...(report.byService ?? []).map(({ serviceCode, serviceName, result }) => ({
      kind: words.service,
      name: serviceName?.[language] ?? serviceCode ?? words.noService,
      result,
    })),
  ];
  const questionIds = [
    ...new Set(
      groups.flatMap(({ result }) => result?.statements.map((statement) => statement.questionId) ?? []),
    ),
  ].sort();
  const header = [
    words.group,
    '',
    words.answers,
    words.nps,
    words.low,
    words.high,
    words.npsN,
    words.promoters,
    words.passives,
    words.detractors,
    words.skipped,
    ...questionIds.flatMap((id) => [`${id} ${words.mean}`, `${id} ${words.n}`]),
  ];
  const rows = groups.map(({ kind, name, result }): CsvCell[] => {
    const nps = result?.nps;
    const statements = new Map(
      result?.statements.map((statement) => [statement.questionId, statement.result]),
    );
    return [
      kind,
      name,
      result?.answers ?? null,
      nps?.score ?? null,
      nps?.interval95.low ?? null,
      nps?.interval95.high ?? null,
      nps?.n ?? null,
      nps?.promoters ?? null,
      nps?.passives ?? null,
      nps?.detractors ?? null,
      nps?.skipped ?? null,
      ...questionIds.flatMap((id) => [statements.get(id)?.mean ?? null, statements.get(id)?.n ?? null]),
    ];
  });
  return toCsv(header, rows);
}

/** Rows per unit (by its SOTE register OID), month and set version whose group may be shown. */
export async function nationalExport(
  db: FeedbackDb,
  units: readonly UnitDirectoryEntry[],
  query: NationalExportQuery,
  threshold: number,
  now: Date,
): Promise<NationalExport> {
  const registered = units.filter((unit): unit is UnitDirectoryEntry & { oid: string } => unit.oid !== null);
  const byUnit = await protectedMonthsByUnit(
    db,
    {
      unitIds: registered.map((unit) => unit.id),
      audience: query.setKey === 'staff-pulse' ? 'staff' : 'client',
      setKey: query.setKey,
      fromMonth: query.fromMonth,
      untilMonth: query.untilMonth,
    },
    threshold,
    now,
  );
  const rows: NationalExport['rows'] = [];
  for (const unit of registered)
    for (const month of byUnit.get(unit.id) ?? [])
      for (const [version, tally] of [...month.breakdowns.version].sort(
        ([a], [b]) => Number(a) - Number(b),
      )) {
        const cell = presentCell(tally, threshold);
        if (!cell) continue;
        rows.push({
          unitOid: unit.oid,
          month: month.month,
          setKey: query.setKey,
          setVersion: Number(version),
          n: cell.answers,
          nps: cell.nps
            ? {
                n: cell.nps.n,
                promoters: cell.nps.promoters,
                passives: cell.nps.passives,
                detractors: cell.nps.detractors,
                skipped: cell.nps.skipped,
                score: cell.nps.score,
              }
            : null,
          statements: cell.statements.map((statement) => ({
            questionId: statement.questionId,
            theme: coreThemeOrNull(statement.theme),
            mean: statement.result?.mean ?? null,
            n: statement.result?.n ?? null,
          })),
        });
      }
  return {
    format: 'asiointi.feedback.national-collection',
    formatVersion: 1,
    generatedAt: now.toISOString(),
    threshold,
    unitsWithoutOid: units.length - registered.length,
    rows,
  };
}
