// The feedback reports for analysts and managers: filters, the NPS and statement means of a unit, the
// monthly trend, downloads, comments, and client and staff experience side by side. Every number comes
// from the service already suppressed; a withheld group shows as "—".
import { useQuery } from '@tanstack/react-query';
import { useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import {
  monthsBetween,
  serviceChannelSchema,
  type CellResult,
  type UnitReportQuery,
} from '@asiointi/feedback-contract';
import { retryUnlessRefused, ServiceErrorAlert } from '@asiointi/platform-client';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import type { Language } from '@asiointi/platform-i18n';
import { Button, LoadingState, Select, SelectItem } from '@asiointi/platform-ui';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { formatNumber, NotShown, NpsCells } from './report-cells';
import { TrendChart } from './TrendChart';
import './reports.css';
import { holdsFeedbackRole, StaffOnlyNotice } from '../staff-only';

export interface ReportsPageProps {
  auth: RemoteAuth;
  language: Language;
}

type ClientSetKey = 'general' | 'children' | 'smiley';
const clientSets: ClientSetKey[] = ['general', 'children', 'smiley'];

/** This month in Helsinki (YYYY-MM). */
function currentMonth(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' }).slice(0, 7);
}

function monthsBack(month: string, count: number): string {
  const year = Number(month.slice(0, 4));
  const index = year * 12 + Number(month.slice(5, 7)) - 1 - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function ReportsPage({ auth, language }: ReportsPageProps) {
  const { t } = useTranslation('feedback');
  if (auth.principalKind !== 'staff') return <StaffOnlyNotice auth={auth} title={t('reports.title')} />;
  if (!holdsFeedbackRole(auth)) {
    return (
      <div className="feedback-page">
        <h1 tabIndex={-1}>{t('reports.title')}</h1>
        <p>{t('staff.noUnits')}</p>
      </div>
    );
  }
  return <Reports auth={auth} language={language} />;
}

function download(fileName: string, mediaType: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

function Reports({ auth, language }: ReportsPageProps) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const units = useQuery(trpc.staffUnits.mine.queryOptions(undefined, { retry: retryUnlessRefused }));
  const thisMonth = currentMonth();
  const monthOptions = monthsBetween(monthsBack(thisMonth, 35), thisMonth)
    .reverse()
    .map((month) => ({ id: month }));
  const [chosenUnit, setChosenUnit] = useState<string | null>(null);
  const [setKey, setSetKey] = useState<ClientSetKey>('general');
  const [fromMonth, setFromMonth] = useState(monthsBack(thisMonth, 11));
  const [untilMonth, setUntilMonth] = useState(thisMonth);
  const [channel, setChannel] = useState<string>('all');
  // A report narrows by a channel or by a service, not both: choosing one sets the other back to all.
  const [service, setService] = useState<string>('all');
  const [downloadProblem, setDownloadProblem] = useState<unknown>(null);
  const unitId = chosenUnit ?? units.data?.[0]?.id ?? null;
  const period =
    fromMonth <= untilMonth ? { fromMonth, untilMonth } : { fromMonth: untilMonth, untilMonth: fromMonth };
  const query: UnitReportQuery | null = unitId
    ? {
        unitId,
        audience: 'client',
        setKey,
        ...period,
        ...(channel === 'all' ? {} : { channel: channel as UnitReportQuery['channel'] }),
        ...(service === 'all' ? {} : { serviceCode: service }),
      }
    : null;
  // The services to choose from: those the unnarrowed report shows.
  const wholeQuery: UnitReportQuery | null = unitId
    ? { unitId, audience: 'client', setKey, ...period }
    : null;
  const whole = useQuery({
    ...trpc.reports.unit.queryOptions(wholeQuery!, { retry: retryUnlessRefused }),
    enabled: wholeQuery !== null,
  });
  const serviceOptions = [
    { id: 'all', name: t('reports.allServices') },
    ...(whole.data?.byService ?? []).flatMap(({ serviceCode, serviceName }) =>
      serviceCode ? [{ id: serviceCode, name: serviceName?.[language] ?? t('reports.unnamedService') }] : [],
    ),
  ];
  const report = useQuery({
    ...trpc.reports.unit.queryOptions(query!, { retry: retryUnlessRefused }),
    enabled: query !== null,
  });
  const sideBySide = useQuery(
    trpc.reports.sideBySide.queryOptions({ clientSetKey: setKey, ...period }, { retry: retryUnlessRefused }),
  );
  const [showComments, setShowComments] = useState(false);
  const comments = useQuery({
    ...trpc.reports.comments.queryOptions(query!, { retry: retryUnlessRefused }),
    enabled: query !== null && showComments,
  });

  const onDownloadCsv = async () => {
    if (!query) return;
    setDownloadProblem(null);
    try {
      const file = await client.reports.exportCsv.query(query);
      download(file.fileName, file.mediaType, file.content);
    } catch (error) {
      setDownloadProblem(error);
    }
  };
  const onDownloadJson = async () => {
    setDownloadProblem(null);
    try {
      const data = await client.reports.exportNational.query({ setKey, ...period });
      download(
        `feedback-national-${setKey}-${period.fromMonth}-${period.untilMonth}.json`,
        'application/json',
        JSON.stringify(data, null, 2),
      );
    } catch (error) {
      setDownloadProblem(error);
    }
  };

  const groupRow = (key: string, label: string, result: CellResult) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td>{result ? result.answers : <NotShown />}</td>
      <NpsCells result={result} language={language} />
    </tr>
  );
  const statementName = (questionId: string, theme: string | null) =>
    theme ? t(`reports.themes.${theme as 'access'}`) : questionId;

  return (
    <div className="feedback-page feedback-reports">
      <h1 tabIndex={-1}>{t('reports.title')}</h1>
      <p>{t('reports.intro')}</p>
      {units.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
      {units.isError ? (
        <ServiceErrorAlert
          error={units.error}
          onRetry={() => void units.refetch()}
          onSignIn={() => auth.signIn()}
        />
      ) : null}
      {units.isSuccess && units.data.length === 0 ? <p>{t('staff.noUnits')}</p> : null}
      {units.isSuccess && unitId ? (
        <>
          <section aria-labelledby="feedback-report-filters" className="feedback-filters">
            <h2 id="feedback-report-filters">{t('reports.filters')}</h2>
            <Select
              label={t('staff.unitLabel')}
              items={units.data}
              value={unitId}
              onChange={(key: Key | null) => key !== null && setChosenUnit(String(key))}
            >
              {(unit) => (
                <SelectItem id={unit.id} textValue={unit.name[language]}>
                  {unit.name[language]}
                </SelectItem>
              )}
            </Select>
            <Select
              label={t('reports.questionSet')}
              items={clientSets.map((id) => ({ id }))}
              value={setKey}
              onChange={(key: Key | null) => key !== null && setSetKey(String(key) as ClientSetKey)}
            >
              {(item) => <SelectItem id={item.id}>{t(`reports.sets.${item.id}`)}</SelectItem>}
            </Select>
            <Select
              label={t('reports.fromMonth')}
              items={monthOptions}
              value={fromMonth}
              onChange={(key: Key | null) => key !== null && setFromMonth(String(key))}
            >
              {(item) => <SelectItem id={item.id}>{item.id}</SelectItem>}
            </Select>
            <Select
              label={t('reports.untilMonth')}
              items={monthOptions}
              value={untilMonth}
              onChange={(key: Key | null) => key !== null && setUntilMonth(String(key))}
            >
              {(item) => <SelectItem id={item.id}>{item.id}</SelectItem>}
            </Select>
            <Select
              label={t('reports.channel')}
              items={[{ id: 'all' }, ...serviceChannelSchema.options.map((id) => ({ id }))]}
              value={channel}
              onChange={(key: Key | null) => {
                if (key === null) return;
                setChannel(String(key));
                if (key !== 'all') setService('all');
              }}
            >
              {(item) => (
                <SelectItem id={item.id}>
                  {item.id === 'all' ? t('reports.allChannels') : t(`reports.channels.${item.id as 'phone'}`)}
                </SelectItem>
              )}
            </Select>
            <Select
              label={t('reports.service')}
              items={serviceOptions}
              value={serviceOptions.some((option) => option.id === service) ? service : 'all'}
              onChange={(key: Key | null) => {
                if (key === null) return;
                setService(String(key));
                if (key !== 'all') setChannel('all');
              }}
            >
              {(item) => (
                <SelectItem id={item.id} textValue={item.name}>
                  {item.name}
                </SelectItem>
              )}
            </Select>
          </section>

          <p className="feedback-suppression-note">
            {t('reports.suppressionNote', { threshold: report.data?.threshold ?? 5 })}
          </p>

          {report.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
          {report.isError ? (
            <ServiceErrorAlert
              error={report.error}
              onRetry={() => void report.refetch()}
              onSignIn={() => auth.signIn()}
            />
          ) : null}
          {report.isSuccess ? (
            <>
              <section aria-labelledby="feedback-report-nps">
                <h2 id="feedback-report-nps">{t('reports.npsHeading')}</h2>
                <div
                  className="feedback-table-scroll"
                  tabIndex={0}
                  role="group"
                  aria-labelledby="feedback-report-nps"
                >
                  <table>
                    <caption>{t('reports.npsCaption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('reports.group')}</th>
                        <th scope="col">{t('reports.answers')}</th>
                        <th scope="col">{t('reports.nps')}</th>
                        <th scope="col">{t('reports.interval')}</th>
                        <th scope="col">{t('reports.npsN')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {groupRow('total', t('reports.wholePeriod'), report.data.total)}
                      {report.data.byMonth.map(({ month, result }) => groupRow(month, month, result))}
                      {(report.data.byChannel ?? []).map(({ channel: code, result }) =>
                        groupRow(`channel-${code}`, t(`reports.channels.${code}`), result),
                      )}
                      {(report.data.byService ?? []).map(({ serviceCode, serviceName, result }) =>
                        groupRow(
                          `service-${serviceCode ?? ''}`,
                          serviceCode
                            ? (serviceName?.[language] ?? t('reports.unnamedService'))
                            : t('reports.noService'),
                          result,
                        ),
                      )}
                    </tbody>
                  </table>
                </div>
              </section>

              <section aria-labelledby="feedback-report-trend">
                <h2 id="feedback-report-trend">{t('reports.trendHeading')}</h2>
                <TrendChart months={report.data.byMonth} language={language} />
              </section>

              <section aria-labelledby="feedback-report-statements">
                <h2 id="feedback-report-statements">{t('reports.statementsHeading')}</h2>
                {report.data.total && report.data.total.statements.length > 0 ? (
                  <div
                    className="feedback-table-scroll"
                    tabIndex={0}
                    role="group"
                    aria-labelledby="feedback-report-statements"
                  >
                    <table>
                      <caption>{t('reports.statementsCaption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('reports.statement')}</th>
                          <th scope="col">{t('reports.mean')}</th>
                          <th scope="col">{t('reports.n')}</th>
                          <th scope="col">{t('reports.cannotSay')}</th>
                          <th scope="col">{t('reports.skipped')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {report.data.total.statements.map(({ questionId, theme, result }) => (
                          <tr key={questionId}>
                            <th scope="row">{statementName(questionId, theme)}</th>
                            <td>{result ? formatNumber(result.mean, language, 2) : <NotShown />}</td>
                            <td>{result ? result.n : <NotShown />}</td>
                            <td>{result ? result.cannotSay : <NotShown />}</td>
                            <td>{result ? result.skipped : <NotShown />}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : (
                  <p>
                    <NotShown /> {t('reports.noStatements')}
                  </p>
                )}
              </section>

              <section aria-labelledby="feedback-report-downloads">
                <h2 id="feedback-report-downloads">{t('reports.downloads')}</h2>
                <div className="feedback-buttons">
                  <Button onPress={() => void onDownloadCsv()}>{t('reports.downloadCsv')}</Button>
                  <Button variant="secondary" onPress={() => void onDownloadJson()}>
                    {t('reports.downloadJson')}
                  </Button>
                </div>
                {downloadProblem ? (
                  <ServiceErrorAlert error={downloadProblem} onSignIn={() => auth.signIn()} />
                ) : null}
              </section>

              <section aria-labelledby="feedback-report-comments">
                <h2 id="feedback-report-comments">{t('reports.commentsHeading')}</h2>
                <p>{t('reports.commentsIntro')}</p>
                {!showComments ? (
                  <Button variant="secondary" onPress={() => setShowComments(true)}>
                    {t('reports.showComments')}
                  </Button>
                ) : null}
                {showComments && comments.isPending ? <LoadingState>{t('loading')}</LoadingState> : null}
                {comments.isError ? (
                  <ServiceErrorAlert
                    error={comments.error}
                    onRetry={() => void comments.refetch()}
                    onSignIn={() => auth.signIn()}
                  />
                ) : null}
                {comments.isSuccess && comments.data.comments.length === 0 ? (
                  <p>{t('reports.noComments')}</p>
                ) : null}
                {comments.isSuccess && comments.data.comments.length > 0 ? (
                  <ul className="feedback-comments">
                    {comments.data.comments.map((comment, index) => (
                      <li key={index}>{comment}</li>
                    ))}
                  </ul>
                ) : null}
              </section>
            </>
          ) : null}

          <section aria-labelledby="feedback-report-side-by-side">
            <h2 id="feedback-report-side-by-side">{t('reports.sideBySideHeading')}</h2>
            {sideBySide.isError ? (
              <ServiceErrorAlert
                error={sideBySide.error}
                onRetry={() => void sideBySide.refetch()}
                onSignIn={() => auth.signIn()}
              />
            ) : null}
            {sideBySide.isSuccess ? (
              <div
                className="feedback-table-scroll"
                tabIndex={0}
                role="group"
                aria-labelledby="feedback-report-side-by-side"
              >
                <table>
                  <caption>{t('reports.sideBySideCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('staff.unitLabel')}</th>
                      <th scope="col">{t('reports.clientNps')}</th>
                      <th scope="col">{t('reports.clientN')}</th>
                      <th scope="col">{t('reports.staffNps')}</th>
                      <th scope="col">{t('reports.staffN')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sideBySide.data.map((row) => (
                      <tr key={row.unitId}>
                        <th scope="row">{row.unitName[language]}</th>
                        <td>
                          {row.client?.nps ? formatNumber(row.client.nps.score, language) : <NotShown />}
                        </td>
                        <td>{row.client?.nps ? row.client.nps.n : <NotShown />}</td>
                        <td>{row.staff?.nps ? formatNumber(row.staff.nps.score, language) : <NotShown />}</td>
                        <td>{row.staff?.nps ? row.staff.nps.n : <NotShown />}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}
