import { useState } from 'react';
import type { PlainDate } from '@asiointi/platform-time';
import { firstDayToShow, type DayOfWeek } from './days-of-week';

/**
 * The day whose times are shown: the one the user picked in this week, or the first worth showing. A new
 * week starts again from its first day with free times.
 */
export function useShownDay(weekStart: PlainDate, days: readonly DayOfWeek[]) {
  const [picked, setPicked] = useState<{ weekStart: PlainDate; day: PlainDate } | undefined>();
  const shown = picked?.weekStart === weekStart ? picked.day : firstDayToShow(days);
  return [shown, (day: PlainDate) => setPicked({ weekStart, day })] as const;
}
