// Picks a day of the week view and reads its times, as a user does: the day's button, then its times.
import { fireEvent, screen, within } from '@testing-library/react';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Presses the day's button ("ti 24.11.2026 …") and answers the region with that day's times. */
export async function showDay(day: string): Promise<HTMLElement> {
  const days = await screen.findByRole('group', { name: /^(Viikon päivät|Veckans dagar|Days of the week)$/ });
  fireEvent.click(within(days).getByRole('button', { name: new RegExp(`^${escape(day)} `) }));
  return screen.findByRole('region', { name: new RegExp(`${escape(day)}$`) });
}

/** Shows the day and presses the time whose accessible name is `time` ("klo 9.00, Lääkäri Anna Aalto"). */
export async function chooseTime(day: string, time: string): Promise<void> {
  fireEvent.click(within(await showDay(day)).getByRole('button', { name: time }));
}
