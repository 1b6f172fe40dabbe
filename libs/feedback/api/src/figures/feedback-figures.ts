// The feedback module's answer to figures.list: what the management view reads of it.
import { countGeneralFeedbackByUnit, type FeedbackDb } from '@asiointi/feedback-data';
import { measuredFigure, type Figure, type FigureDescription } from '@asiointi/platform-contract';
import type { ModuleFiguresQuery, UnitDirectory } from '@asiointi/platform-service';
import { addCalendarDays, startOfHelsinkiDay, type PlainDate } from '@asiointi/platform-time';

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

export async function computeFeedbackFigures(
  db: FeedbackDb,
  units: UnitDirectory,
  query: ModuleFiguresQuery,
  now: Date,
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
  return figures;
}
