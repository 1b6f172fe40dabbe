import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { CellResult, StaffUnit, UnitReport } from '@asiointi/feedback-contract';
import { fakeModuleService } from '@asiointi/platform-client/testing';
import { anonymousRemoteAuth, type RemoteAuth } from '@asiointi/platform-federation/auth';
import { renderModule } from './render-module';

const centre: StaffUnit = {
  id: 'b0a00000-0000-4000-8000-000000000003',
  name: { fi: 'Keskustan perhekeskus', sv: 'Centrums familjecentral', en: 'City Family Centre' },
};

const analyst: RemoteAuth = {
  ...anonymousRemoteAuth,
  principalKind: 'staff',
  getAccessToken: async () => 'staff-token',
  staffRoles: [{ role: 'feedback-analyst', unitId: centre.id }],
};

const shown: CellResult = {
  answers: 17,
  nps: {
    score: 41.176,
    interval95: { low: 8.5, high: 66.2 },
    n: 17,
    promoters: 9,
    passives: 6,
    detractors: 2,
    skipped: 0,
  },
  statements: [
    { questionId: 'access', theme: 'access', result: { mean: 4, n: 9, cannotSay: 6, skipped: 0 } },
  ],
};

const reportWith = (total: CellResult): UnitReport => ({
  unitId: centre.id,
  unitName: centre.name,
  threshold: 5,
  total,
  byMonth: [
    { month: '2026-01', result: null },
    { month: '2026-02', result: total },
  ],
  byChannel: [
    { channel: 'onSite', result: total },
    { channel: 'phone', result: null },
  ],
  byService: [],
});

function reportsService(total: CellResult) {
  return fakeModuleService({
    'staffUnits.mine': () => [centre],
    'reports.unit': () => reportWith(total),
    'reports.sideBySide': () => [{ unitId: centre.id, unitName: centre.name, client: total, staff: null }],
    'reports.exportCsv': () => ({
      fileName: 'f.csv',
      mediaType: 'text/csv;charset=utf-8',
      content: '\uFEFFa;b\r\n',
    }),
  });
}

describe('the feedback reports page', () => {
  it('shows a withheld group as "—" read out as not shown, and explains why', async () => {
    renderModule(reportsService(null), { path: '/feedback/staff/reports', auth: analyst, language: 'en' });
    const table = await screen.findByRole('table', { name: /NPS = 100/ }, { timeout: 5000 });
    const total = within(table).getByRole('row', { name: /Whole period/ });
    expect(total.textContent).toContain('—');
    expect(within(total).getAllByText('not shown').length).toBeGreaterThan(0);
    expect(screen.getByText(/fewer than 5 answers or none/)).toBeTruthy();
  });

  it('shows the NPS with its interval and n, the trend as a described image, and offers the CSV', async () => {
    const service = reportsService(shown);
    renderModule(service, { path: '/feedback/staff/reports', auth: analyst, language: 'en' });
    const table = await screen.findByRole('table', { name: /NPS = 100/ }, { timeout: 5000 });
    const total = within(table).getByRole('row', { name: /Whole period/ });
    expect(
      within(total)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['17', '41.2', '8.5 … 66.2', '17']);
    const chart = screen.getByRole('img', { name: /Net Promoter Score by month/ });
    expect(chart.getAttribute('tabindex')).toBe('0');
    expect(chart.textContent).toContain('2026-01: not shown; 2026-02: 41.2');
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:report';
    };
    URL.revokeObjectURL = () => {};
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV (Excel)' }));
    await waitFor(() => expect(service.calls).toContain('reports.exportCsv'));
    await waitFor(() => expect(created).toHaveLength(1));
  });

  it('names the client and staff results side by side, the staff ones withheld alike', async () => {
    renderModule(reportsService(shown), { path: '/feedback/staff/reports', auth: analyst, language: 'fi' });
    const table = await screen.findByRole('table', { name: /henkilöstön tuloksiin/ }, { timeout: 5000 });
    const row = within(table).getByRole('row', { name: /Keskustan perhekeskus/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['41,2', '17', '—ei näytetä', '—ei näytetä']);
  });

  it('has no axe violations', async () => {
    const { container } = renderModule(reportsService(shown), {
      path: '/feedback/staff/reports',
      auth: analyst,
      language: 'sv',
    });
    await screen.findByRole('table', { name: /NPS = 100/ }, { timeout: 5000 });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

describe('the staff pulse page', () => {
  const nurse: RemoteAuth = { ...analyst, staffRoles: [{ role: 'nurse', unitId: centre.id }] };
  const text = (en: string) => ({ fi: `${en} fi`, sv: `${en} sv`, en });
  const set = {
    key: 'staff-pulse',
    version: 1,
    audience: 'staff',
    title: text('Pulse'),
    intro: text('How was the month?'),
    questions: [
      {
        kind: 'recommendation',
        id: 'recommend',
        text: text('Recommend your unit?'),
        commentPrompt: text('Why?'),
      },
      { kind: 'statement', id: 'own-1', text: text('I can do my work well'), scale: 'agreement' },
    ],
  };

  it('sends the month’s answer and then says it is given', async () => {
    let answered = false;
    const service = fakeModuleService({
      'staffPulse.myUnits': () => [centre],
      'staffPulse.status': () => ({
        unitId: centre.id,
        month: '2026-03',
        answeredThisMonth: answered,
        questionSet: set,
      }),
      'staffPulse.answer': () => {
        answered = true;
        return { saved: true };
      },
    });
    renderModule(service, { path: '/feedback/staff/pulse', auth: nurse, language: 'en' });
    const recommend = await screen.findByRole(
      'radiogroup',
      { name: /Recommend your unit\?/ },
      { timeout: 5000 },
    );
    fireEvent.click(within(recommend).getByRole('radio', { name: '9' }));
    const statement = screen.getByRole('radiogroup', { name: /I can do my work well/ });
    fireEvent.click(within(statement).getByRole('radio', { name: 'Cannot say' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send the answer' }));
    expect(await screen.findByText(/already answered this month/)).toBeTruthy();
    const sent = service.inputs[service.calls.indexOf('staffPulse.answer')];
    expect(sent).toEqual({
      unitId: centre.id,
      sheet: {
        setKey: 'staff-pulse',
        setVersion: 1,
        answers: [
          { kind: 'recommendation', questionId: 'recommend', value: 9 },
          { kind: 'statement', questionId: 'own-1', value: 'cannotSay' },
        ],
      },
    });
  });
});
