// Demonstration data for development (SEED_DEMO_DATA=false in production), in two units of the development
// unit directory (apps/dev-idp): general feedback waiting in the staff inbox and "you said, we did"
// entries. Each is written only into an empty table.
import { replyDueOn } from '@asiointi/feedback-domain';
import type { FeedbackDb } from './feedback-database';
import { changeEntries, generalFeedback } from './schema';

export const demoUnitIds = {
  /** Kaijonharjun hyvinvointikeskus in the development unit directory. */
  wellbeingCentre: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01',
  /** Keskustan perhekeskus in the development unit directory. */
  familyCentre: 'b0a00000-0000-4000-8000-000000000003',
} as const;

const dayMs = 24 * 60 * 60 * 1000;

function monthOf(instant: Date, monthsBack: number): string {
  const date = new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth() - monthsBack, 1));
  return date.toISOString().slice(0, 10);
}

async function seedGeneralFeedback(db: FeedbackDb, now: Date): Promise<boolean> {
  const existing = await db.select({ id: generalFeedback.id }).from(generalFeedback).limit(1);
  if (existing.length > 0) return false;
  const daysAgo = (days: number) => new Date(now.getTime() - days * dayMs);
  const received = [daysAgo(2), daysAgo(20), daysAgo(5)] as const;
  await db.insert(generalFeedback).values([
    {
      kind: 'complaint',
      unitId: demoUnitIds.wellbeingCentre,
      serviceName: 'Laboratorio',
      text: 'Jonotin laboratorioon yli tunnin, eikä kukaan kertonut syytä viivästykseen.',
      receivedAt: received[0],
      replyDueOn: replyDueOn(received[0]),
      contactName: 'Maija Esimerkki',
      contactEmail: 'maija@example.invalid',
      contactLanguage: 'fi',
      updatedAt: received[0],
    },
    {
      kind: 'suggestion',
      unitId: demoUnitIds.wellbeingCentre,
      serviceName: null,
      text: 'Det vore bra med fler parkeringsplatser för personer med funktionsnedsättning.',
      receivedAt: received[1],
      replyDueOn: replyDueOn(received[1]),
      contactName: 'Erik Exempel',
      contactPhone: '+358 50 000 0001',
      contactLanguage: 'sv',
      updatedAt: received[1],
    },
    {
      kind: 'praise',
      unitId: demoUnitIds.familyCentre,
      serviceName: 'Perheneuvola',
      text: 'Kiitos ystävällisestä ja kiireettömästä vastaanotosta!',
      receivedAt: received[2],
      replyDueOn: null,
      updatedAt: received[2],
    },
  ]);
  return true;
}

async function seedChangeEntries(db: FeedbackDb, now: Date): Promise<boolean> {
  const existing = await db.select({ id: changeEntries.id }).from(changeEntries).limit(1);
  if (existing.length > 0) return false;
  await db.insert(changeEntries).values([
    {
      unitId: demoUnitIds.wellbeingCentre,
      month: monthOf(now, 1),
      titleFi: 'Laboratorion jonotilanne näkyviin',
      titleSv: 'Kösituationen i laboratoriet syns',
      titleEn: 'Laboratory queue shown on screen',
      saidFi: 'Odotusaika laboratoriossa oli pitkä, eikä siitä kerrottu.',
      saidSv: 'Väntetiden i laboratoriet var lång och ingen berättade om den.',
      saidEn: 'The wait at the laboratory was long and nobody said why.',
      doneFi: 'Aulaan tuli näyttö, joka kertoo arvioidun odotusajan.',
      doneSv: 'I entrén finns nu en skärm som visar den uppskattade väntetiden.',
      doneEn: 'A screen in the lobby now shows the estimated waiting time.',
      published: true,
      createdAt: now,
      updatedAt: now,
    },
    {
      unitId: demoUnitIds.familyCentre,
      month: monthOf(now, 2),
      titleFi: 'Iltavastaanotto perheille',
      titleSv: 'Kvällsmottagning för familjer',
      titleEn: 'Evening appointments for families',
      saidFi: 'Työssäkäyvät vanhemmat eivät päässeet päiväaikaan.',
      saidSv: 'Föräldrar som arbetar kunde inte komma på dagtid.',
      saidEn: 'Working parents could not come during the day.',
      doneFi: 'Perhekeskus on avoinna tiistaisin kello 19 asti.',
      doneSv: 'Familjecentralen har öppet till kl. 19 på tisdagar.',
      doneEn: 'The family centre is open until 7 pm on Tuesdays.',
      published: true,
      createdAt: now,
      updatedAt: now,
    },
  ]);
  return true;
}

export async function seedFeedbackDemoData(
  db: FeedbackDb,
  now: Date = new Date(),
): Promise<{ seeded: boolean }> {
  const feedback = await seedGeneralFeedback(db, now);
  const changes = await seedChangeEntries(db, now);
  return { seeded: feedback || changes };
}
