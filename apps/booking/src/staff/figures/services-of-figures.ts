import type { Figure, NamedCode } from '@asiointi/platform-contract';

export interface ServiceFigures {
  service: NamedCode;
  figures: Figure[];
}

/** The figures grouped by the service they are of, in the order the service first appears. */
export function servicesOfFigures(figures: readonly Figure[]): ServiceFigures[] {
  const byCode = new Map<string, ServiceFigures>();
  for (const figure of figures) {
    const service = figure.dimensions.service;
    if (!service) continue;
    const group = byCode.get(service.code);
    if (group) group.figures.push(figure);
    else byCode.set(service.code, { service, figures: [figure] });
  }
  return [...byCode.values()];
}
