import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@asiointi/platform-ui';
import { useTRPC } from '../api/trpc';
import { downloadTextFile } from './download-text-file';

/**
 * Downloads a booking as an .ics file (`bookings.calendarFile`). Fetched on press, not before: each
 * read is audited, so it happens only when the resident asks for the file, and always fresh.
 */
export function CalendarFileButton({ bookingId }: { bookingId: string }) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const calendarFile = useMutation({
    mutationFn: () =>
      queryClient.fetchQuery(
        trpc.bookings.calendarFile.queryOptions({ bookingId }, { staleTime: 0, gcTime: 0, retry: false }),
      ),
    onSuccess: (file) => downloadTextFile(file.fileName, file.mediaType, file.content),
  });
  return (
    <div className="booking-calendar-file">
      <Button
        variant="secondary"
        onPress={() => {
          if (!calendarFile.isPending) calendarFile.mutate();
        }}
      >
        {calendarFile.isPending
          ? t('resident.confirmation.downloading')
          : t('resident.confirmation.downloadCalendar')}
      </Button>
      {calendarFile.isError ? (
        <Alert variant="error">
          <p>{t('resident.confirmation.calendarFailed')}</p>
        </Alert>
      ) : null}
    </div>
  );
}
