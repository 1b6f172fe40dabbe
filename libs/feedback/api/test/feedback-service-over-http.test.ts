// The feedback service's common procedures over HTTP: the staff member's units, the figures, and "who has
// handled my data".
import { seedFeedbackDemoData } from '@asiointi/feedback-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { callProcedure } from '@asiointi/platform-service/testing';
import { expect, it } from 'vitest';
import { useFeedbackTestService } from './feedback-test-service';

describeOnDatabases('the feedback service over HTTP', (engine) => {
  const service = useFeedbackTestService(engine, {
    seed: (db) => seedFeedbackDemoData(db, new Date('2026-03-20T10:00:00Z')),
  });

  it('names the staff member’s units, and gives a manager the module’s figures', async () => {
    const token = await service.identity().tokenOf('managerMarkku');
    const units = await callProcedure<{ name: { fi: string } }[]>(service.url(), 'staffUnits.mine', { token });
    expect(units.data?.map((unit) => unit.name.fi)).toEqual([
      'Kaijonharjun hyvinvointikeskus',
      'Keskustan perhekeskus',
    ]);
    const figures = await callProcedure<{
      figures: { id: string; value: number | null; dimensions: { unitName?: { fi: string } } }[];
    }>(service.url(), 'figures.list', { token, input: { from: '2026-03-01', until: '2026-03-31' } });
    expect(figures.status).toBe(200);
    const byUnit = Object.fromEntries(
      (figures.data?.figures ?? [])
        // (The reports' NPS and statement figures are tested in feedback-reports-over-http.test.ts.)
        .filter((figure) => figure.id === 'feedback.general-feedback-received')
        .map((figure) => [figure.dimensions.unitName?.fi, figure.value]),
    );
    // The demo data: two items in the wellbeing centre (18 March and 28 February), one in the family centre.
    expect(byUnit).toEqual({ 'Kaijonharjun hyvinvointikeskus': 1, 'Keskustan perhekeskus': 1 });
  });

  it('tells a resident who has handled their data, in the service’s own words', async () => {
    const token = await service.identity().tokenOf('guardianAnna');
    // Reading one's own feedback is logged: the answer shows that read, with its words.
    await callProcedure(service.url(), 'generalFeedback.mine', { token });
    const answer = await callProcedure<{
      events: { resource: string; purpose: string }[];
      labels: { resources: Record<string, { fi: string }>; purposes: Record<string, { fi: string }> };
    }>(service.url(), 'audit.myDataEvents', { token });
    expect(answer.status).toBe(200);
    const resources = answer.data?.events.map((event) => answer.data?.labels.resources[event.resource]?.fi);
    expect(resources).toContain('antamasi palaute');
  });
});
