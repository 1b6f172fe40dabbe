// The feedback module's answer to figures.list: what the management view reads of it.
import { countCatalogueEntriesByUnit, type FeedbackDb } from '@asiointi/feedback-data';
import { measuredFigure, type Figure, type FigureDescription } from '@asiointi/platform-contract';
import type { ModuleFiguresQuery, UnitDirectory } from '@asiointi/platform-service';

export const catalogueEntriesFigure: FigureDescription = {
  id: 'feedback.catalogue-entries',
  version: 1,
  title: { fi: 'Palveluja valikoimassa', sv: 'Tjänster i utbudet', en: 'Services in the catalogue' },
  definition: {
    fi: 'Toimipisteen palveluvalikoiman palvelujen määrä laskentahetkellä.',
    sv: 'Antalet tjänster i verksamhetsställets utbud när siffran räknades.',
    en: 'The number of services in the unit’s catalogue when the figure was computed.',
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
  const counts = await countCatalogueEntriesByUnit(db, query.unitIds);
  const figures: Figure[] = [];
  for (const [unitId, count] of counts) {
    const unitName = await units.nameOf(unitId);
    figures.push(
      measuredFigure(
        catalogueEntriesFigure,
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
