// The feedback module's answer to figures.list: what the management view reads of it. The NPS and the
// core-statement means come from the same protected month cells as the reports (one NPS, one rule).
import { coreStatementThemeSchema, type CoreStatementTheme } from '@asiointi/feedback-contract';
import { countGeneralFeedbackByUnit, type FeedbackDb } from '@asiointi/feedback-data';
import { buildProtectedReport, presentCell, type ProtectedMonth } from '@asiointi/feedback-domain';
import {
  measuredFigure,
  monthlyPeriods,
  type Figure,
  type FigureDescription,
  type FigurePeriod,
} from '@asiointi/platform-contract';
import type { ModuleFiguresQuery, UnitDirectory } from '@asiointi/platform-service';
import { addCalendarDays, startOfHelsinkiDay, type PlainDate } from '@asiointi/platform-time';
import { protectedMonthsByUnit } from '../reports/protected-results';

export const generalFeedbackReceivedFigure: FigureDescription = {
  id: 'feedback.general-feedback-received',
  version: 1,
  title: { fi: 'Vapaa palaute', sv: 'Fri respons', en: 'General feedback received' },
  definition: {
    fi: 'Toimipisteeseen kohdistuneiden vapaiden palautteiden (kehut, moitteet, ehdotukset) määrä jaksolla.',
    sv: 'Antalet fria responser (beröm, klagomål, förslag) om verksamhetsstället under perioden.',
    en: 'The number of general feedback items (praise, complaints, suggestions) about the unit in the period.',
  },
  measure: 'count',
  higherIsBetter: true,
};

// --- Reports (issue 11, part 2) ---

export const clientNpsFigure: FigureDescription = {
  id: 'feedback.nps',
  version: 1,
  title: {
    fi: 'Asiakkaiden suositteluindeksi (NPS)',
    sv: 'Klienternas rekommendationsindex (NPS)',
    en: 'Clients’ Net Promoter Score (NPS)',
  },
  definition: {
    fi: 'Yleisen asiakaspalautelomakkeen (13 vuotta täyttäneet) suosittelukysymykseen kuukauden aikana toimipisteestä vastanneista: 100 × (suosittelijat 9–10 − arvostelijat 0–6) / n, missä n on kysymykseen vastanneiden määrä (ohitettu vastaus ei ole nolla). Jätetään näyttämättä, jos vastauksia tai n on alle raja-arvon tai jos pienen ryhmän luku voisi päätellä muista luvuista.',
    sv: 'Av dem som under månaden besvarade rekommendationsfrågan i den allmänna klientresponsen (från 13 år) om verksamhetsstället: 100 × (promotorer 9–10 − kritiker 0–6) / n, där n är antalet som besvarade frågan (en överhoppad fråga är ingen nolla). Visas inte om svaren eller n är färre än tröskeln eller om en liten grupps antal kunde härledas ur andra siffror.',
    en: 'Of those who answered the recommendation question of the general client feedback form (age 13 and over) about the unit in the month: 100 × (promoters 9–10 − detractors 0–6) / n, where n is the number who answered the question (a skipped answer is not a zero). Withheld when the answers or n are below the threshold, or when a small group’s count could be derived from other figures.',
  },
  measure: 'score',
  higherIsBetter: true,
};

export const staffNpsFigure: FigureDescription = {
  id: 'feedback.staff-nps',
  version: 1,
  title: {
    fi: 'Henkilöstön suositteluindeksi (NPS)',
    sv: 'Personalens rekommendationsindex (NPS)',
    en: 'Staff Net Promoter Score (NPS)',
  },
  definition: {
    fi: 'Toimipisteen henkilöstön kuukausikyselyn suosittelukysymykseen vastanneista: 100 × (suosittelijat 9–10 − arvostelijat 0–6) / n, missä n on kysymykseen vastanneiden määrä. Sama raja-arvo ja sama näyttämättä jättämisen sääntö kuin asiakkaiden tuloksissa.',
    sv: 'Av dem som besvarade rekommendationsfrågan i verksamhetsställets månatliga personalenkät: 100 × (promotorer 9–10 − kritiker 0–6) / n, där n är antalet som besvarade frågan. Samma tröskel och samma regel för att inte visa som för klienternas resultat.',
    en: 'Of those who answered the recommendation question of the unit’s monthly staff pulse: 100 × (promoters 9–10 − detractors 0–6) / n, where n is the number who answered the question. The same threshold and withholding rule as clients’ results.',
  },
  measure: 'score',
  higherIsBetter: true,
};

const themeNames: Record<CoreStatementTheme, { fi: string; sv: string; en: string }> = {
  access: { fi: 'palvelun saatavuus', sv: 'tillgång till tjänsten', en: 'access' },
  encounter: { fi: 'kohtaaminen', sv: 'bemötande', en: 'encounter' },
  participation: { fi: 'osallisuus', sv: 'delaktighet', en: 'participation' },
  safety: { fi: 'turvallisuus', sv: 'trygghet', en: 'safety' },
  information: { fi: 'tiedonsaanti', sv: 'information', en: 'information' },
  understandability: { fi: 'ymmärrettävyys', sv: 'begriplighet', en: 'understandability' },
  usefulness: { fi: 'hyödyllisyys', sv: 'nytta', en: 'usefulness' },
};

export function coreStatementFigure(theme: CoreStatementTheme): FigureDescription {
  const name = themeNames[theme];
  return {
    id: `feedback.core-statement-${theme}`,
    version: 1,
    title: {
      fi: `Ydinväittämän keskiarvo: ${name.fi}`,
      sv: `Kärnpåståendets medelvärde: ${name.sv}`,
      en: `Core statement mean: ${name.en}`,
    },
    definition: {
      fi: `Yleisen asiakaspalautelomakkeen teeman ”${name.fi}” ydinväittämien vastausten keskiarvo asteikolla 1–5 (1 täysin eri mieltä, 5 täysin samaa mieltä) toimipisteessä kuukauden aikana; n on asteikolla vastanneiden määrä, ”en osaa sanoa” ja ohitetut eivät ole mukana. Jätetään näyttämättä samoin kuin NPS.`,
      sv: `Medelvärdet av svaren på den allmänna klientresponsens kärnpåståenden om temat ”${name.sv}” på skalan 1–5 (1 helt av annan åsikt, 5 helt av samma åsikt) vid verksamhetsstället under månaden; n är antalet svar på skalan, ”kan inte säga” och överhoppade ingår inte. Visas inte på samma villkor som NPS.`,
      en: `The mean of answers to the general client form’s core statements on the theme “${name.en}” on the 1–5 scale (1 fully disagree, 5 fully agree) in the unit in the month; n is the number of answers on the scale, “cannot say” and skips excluded. Withheld on the same terms as the NPS.`,
    },
    measure: 'score',
    higherIsBetter: true,
  };
}

/** The month (YYYY-MM) a period part of monthlyPeriods falls in. */
const monthOf = (period: FigurePeriod) => period.from.slice(0, 7);

function withheld(
  description: FigureDescription,
  scope: Parameters<typeof measuredFigure>[1],
  threshold: number,
): Figure {
  return {
    ...measuredFigure(description, scope, { value: null, n: 0 }),
    status: 'suppressed',
    suppression: { threshold },
  };
}

export async function computeFeedbackFigures(
  db: FeedbackDb,
  units: UnitDirectory,
  query: ModuleFiguresQuery,
  now: Date,
  threshold: number,
): Promise<Figure[]> {
  const period = {
    from: startOfHelsinkiDay(query.from as PlainDate),
    until: startOfHelsinkiDay(addCalendarDays(query.until as PlainDate, 1)),
  };
  const counts = await countGeneralFeedbackByUnit(db, query.unitIds, period);
  const figures: Figure[] = [];
  for (const [unitId, count] of counts) {
    const unitName = await units.nameOf(unitId);
    figures.push(
      measuredFigure(
        generalFeedbackReceivedFigure,
        {
          period: { from: query.from, until: query.until },
          computedAt: now.toISOString(),
          dimensions: unitName ? { unitId, unitName } : { unitId },
        },
        { value: count, n: count },
      ),
    );
  }
  const periods = monthlyPeriods({ from: query.from, until: query.until });
  if (periods.length === 0) return figures;
  const scope = {
    unitIds: query.unitIds,
    fromMonth: monthOf(periods[0]!),
    untilMonth: monthOf(periods[periods.length - 1]!),
  };
  const client = await protectedMonthsByUnit(
    db,
    { ...scope, audience: 'client', setKey: 'general' },
    threshold,
    now,
  );
  const staff = await protectedMonthsByUnit(
    db,
    { ...scope, audience: 'staff', setKey: 'staff-pulse' },
    threshold,
    now,
  );
  for (const unitId of query.unitIds) {
    const unitName = await units.nameOf(unitId);
    const dimensions = unitName ? { unitId, unitName } : { unitId };
    for (const period of periods) {
      const figureScope = { period, computedAt: now.toISOString(), dimensions };
      const cellIn = (months: Map<string, ProtectedMonth[]>) =>
        presentCell(
          buildProtectedReport(months.get(unitId) ?? [], [monthOf(period)], undefined).total,
          threshold,
        );
      const npsFigure = (description: FigureDescription, cell: ReturnType<typeof cellIn>) =>
        cell?.nps
          ? measuredFigure(description, figureScope, { value: cell.nps.score, n: cell.nps.n })
          : withheld(description, figureScope, threshold);
      const clientCell = cellIn(client);
      figures.push(npsFigure(clientNpsFigure, clientCell), npsFigure(staffNpsFigure, cellIn(staff)));
      for (const theme of coreStatementThemeSchema.options) {
        const shown = (clientCell?.statements ?? []).flatMap((statement) =>
          statement.theme === theme && statement.result ? [statement.result] : [],
        );
        const n = shown.reduce((sum, result) => sum + result.n, 0);
        const description = coreStatementFigure(theme);
        figures.push(
          n > 0
            ? measuredFigure(description, figureScope, {
                value: shown.reduce((sum, result) => sum + result.mean * result.n, 0) / n,
                n,
              })
            : withheld(description, figureScope, threshold),
        );
      }
    }
  }
  return figures;
}
