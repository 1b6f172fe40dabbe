// A guardian acting for themself also reaches their children's bookings: listed in their own "my bookings",
// opened, moved, cancelled and downloaded from there. Only children the relations service lets them act for
// in booking now (a 14-year-old who has not allowed it stays out), and every such access is written to the
// child's trail with the guardian acting for the child, as if they had switched to the child first.
import type { ResidentAccess, SubjectPerson } from '@asiointi/platform-service';
import { BOOKING_ACTING_SCOPE, type BookingContext } from '../trpc';

/** The children whose bookings the resident's own list shows; none when they act for someone. */
export async function childrenInOwnList(
  ctx: Pick<BookingContext, 'actingFor'> & ResidentAccess,
): Promise<SubjectPerson[]> {
  if (ctx.subjectPerson.relation !== 'self') return [];
  const people = await ctx.actingFor.mayActFor(BOOKING_ACTING_SCOPE);
  return people
    .filter((person) => person.relation === 'guardian')
    .map(({ subject, relation, name }) => ({ subject, relation, name }));
}
