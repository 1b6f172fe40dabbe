// Demonstration entries for development (SEED_DEMO_DATA=false in production): in two units of the
// development unit directory (apps/dev-idp), written only into an empty table.
import type { FeedbackDb } from './feedback-database';
import { catalogueEntries } from './schema';

export const demoUnitIds = {
  /** Kaijonharjun hyvinvointikeskus in the development unit directory. */
  wellbeingCentre: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01',
  /** Keskustan perhekeskus in the development unit directory. */
  familyCentre: 'b0a00000-0000-4000-8000-000000000003',
} as const;

export async function seedFeedbackDemoData(db: FeedbackDb): Promise<{ seeded: boolean }> {
  const existing = await db.select({ id: catalogueEntries.id }).from(catalogueEntries).limit(1);
  if (existing.length > 0) return { seeded: false };
  await db.insert(catalogueEntries).values([
    {
      unitId: demoUnitIds.wellbeingCentre,
      nameFi: 'Neuvonta puhelimessa',
      nameSv: 'Rådgivning per telefon',
      nameEn: 'Advice by phone',
      descriptionFi: 'Soita arkisin kello 8–15. Ammattilainen neuvoo ja ohjaa oikeaan palveluun.',
      descriptionSv: 'Ring vardagar kl. 8–15. En yrkesperson ger råd och hänvisar till rätt tjänst.',
      descriptionEn:
        'Call on weekdays 8–15. A professional advises you and directs you to the right service.',
      createdBySubject: 'demo-data',
    },
    {
      unitId: demoUnitIds.familyCentre,
      nameFi: 'Ryhmätapaamiset',
      nameSv: 'Gruppträffar',
      nameEn: 'Group meetings',
      descriptionFi: null,
      descriptionSv: null,
      descriptionEn: null,
      createdBySubject: 'demo-data',
    },
  ]);
  return { seeded: true };
}
