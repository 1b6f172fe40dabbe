import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Resource } from '@asiointi/booking-contract';
import type { Language } from '@asiointi/platform-i18n';
import { Alert, LoadingState } from '@asiointi/platform-ui';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../../api/trpc';
import { ConfirmDialog } from '../ConfirmDialog';
import { StaffError } from '../StaffError';
import { BlockTimeForm } from './BlockTimeForm';
import { ExceptionForm } from './ExceptionForm';
import { ScheduleEntries, type RemovableEntry } from './ScheduleEntries';
import { TemplateForm } from './TemplateForm';

export interface ResourceScheduleProps {
  resource: Resource;
  language: Language;
  canChange: boolean;
}

/** One resource's schedule (`schedules.get`) with its forms; each change refreshes it. */
export function ResourceSchedule({ resource, language, canChange }: ResourceScheduleProps) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const schedule = useQuery(
    trpc.schedules.get.queryOptions({ resourceId: resource.id }, { retry: retryUnlessRefused }),
  );
  const [removing, setRemoving] = useState<RemovableEntry | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.schedules.get.pathFilter()),
      queryClient.invalidateQueries(trpc.freeTimes.week.pathFilter()),
    ]);
  const remove = useMutation(
    trpc.schedules.remove.mutationOptions({
      retry: false,
      onSuccess: async () => {
        setNotice(t('staff.schedules.removed'));
        setRemoving(undefined);
        await refresh();
      },
    }),
  );
  const saved = async (text: string) => {
    setNotice(text);
    await refresh();
  };

  return (
    <>
      {notice ? (
        <Alert variant="success">
          <p>{notice}</p>
        </Alert>
      ) : null}
      {remove.isError ? <StaffError error={remove.error} /> : null}
      {schedule.isPending ? <LoadingState>{t('staff.schedules.loading')}</LoadingState> : null}
      {schedule.isError ? (
        <StaffError error={schedule.error} onRetry={() => void schedule.refetch()} />
      ) : null}
      {schedule.isSuccess ? (
        <ScheduleEntries
          schedule={schedule.data}
          language={language}
          onRemove={canChange ? setRemoving : undefined}
        />
      ) : null}
      {canChange ? (
        <>
          <TemplateForm resourceId={resource.id} onSaved={() => saved(t('staff.schedules.templateSaved'))} />
          <ExceptionForm
            resourceId={resource.id}
            onSaved={() => saved(t('staff.schedules.exceptionSaved'))}
          />
          <BlockTimeForm resourceId={resource.id} onSaved={() => saved(t('staff.schedules.blockSaved'))} />
        </>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('staff.schedules.removeTitle')}
          confirmLabel={t('staff.schedules.remove')}
          onClose={() => setRemoving(undefined)}
          onConfirm={() => {
            if (!remove.isPending) remove.mutate({ kind: removing.kind, id: removing.id });
          }}
        >
          <p>{removing.description}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
