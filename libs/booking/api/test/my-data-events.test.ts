// "Who has handled my data" on the booking service: the person's own events, seen by them or by whoever
// may act for them, and by nobody else.
import { TEST_SUBJECTS, testPersons } from '@asiointi/dev-idp';
import { myDataEventsOutputSchema, type MyDataEventsOutput } from '@asiointi/platform-audit';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { beforeAll, expect, it } from 'vitest';
import { useBookingOverHttp } from './support/booking-over-http';
import { type BookingCaller, callBooking } from './support/call-booking';
import { useIdentityProvider } from './support/identity-provider';

describeOnDatabases('audit.myDataEvents on the booking service', (engine) => {
  const identity = useIdentityProvider();
  const booking = useBookingOverHttp(engine, identity);
  const annaForEetu: BookingCaller = { person: 'guardianAnna', actingFor: 'childEetuUnder12' };
  const events = async (caller: BookingCaller) => {
    const result = await callBooking(booking.url(), identity, caller, 'audit.myDataEvents');
    return result.data === undefined ? result : myDataEventsOutputSchema.parse(result.data);
  };

  beforeAll(async () => {
    // Eetu's data is read and changed by his guardian; Emily only reads her own.
    await callBooking(booking.url(), identity, annaForEetu, 'preferences.update', {
      mutation: true,
      input: { reminderChannel: 'email', serviceLanguage: null },
    });
    await callBooking(booking.url(), identity, annaForEetu, 'preferences.get');
    await callBooking(booking.url(), identity, { person: 'englishSpeakerEmily' }, 'preferences.get');
  });

  it('shows a guardian acting for the child the child’s events, newest first, by relation only', async () => {
    const { events: eetus, labels } = (await events(annaForEetu)) as MyDataEventsOutput;
    expect(eetus.map((event) => [event.action, event.resource, event.actor.kind, event.outcome])).toEqual([
      ['read', 'resident-preferences', 'guardian', 'success'],
      ['update', 'resident-preferences', 'guardian', 'success'],
    ]);
    expect(eetus[0]).toMatchObject({
      service: 'booking',
      purpose: 'resident-self-service',
      actor: { role: null, unitId: null },
    });
    const text = JSON.stringify(eetus);
    for (const person of testPersons) expect(text).not.toContain(person.subject);
    // The booking service's own words for the codes on the page (and no others), in every language.
    expect(labels).toEqual({
      resources: {
        'resident-preferences': {
          fi: 'ajanvarauksen muistutusasetukset',
          sv: 'påminnelseinställningar för tidsbokning',
          en: 'booking reminder settings',
        },
      },
      purposes: {
        'resident-self-service': {
          fi: 'Asiointi verkkopalvelussa',
          sv: 'Ärenden som sköttes i e-tjänsten',
          en: 'Matters handled in the online service',
        },
      },
    });
  });


  it('shows the child the same events, and the guardian’s own listing none of them', async () => {
    const child = (await events({ person: 'childEetuUnder12' })) as MyDataEventsOutput;
    // The guardian's earlier listing is itself in the trail now: a read of the audit trail.
    expect(child.events.map((event) => event.resource)).toEqual([
      'audit-trail',
      'resident-preferences',
      'resident-preferences',
    ]);
    // The trail's own read in the platform's words, next to booking's.
    expect(Object.keys(child.labels.resources).sort()).toEqual(['audit-trail', 'resident-preferences']);
    expect(child.labels.purposes['data-subject-access']?.sv).toBe('Kontroll av vem som har behandlat uppgifterna');
    const own = (await events({ person: 'guardianAnna' })) as MyDataEventsOutput;
    expect(own.events).toEqual([]);
  });

  it('shows another resident only their own events, and refuses them the child’s', async () => {
    const emily = (await events({ person: 'englishSpeakerEmily' })) as MyDataEventsOutput;
    expect(emily.events.map((event) => [event.resource, event.actor.kind])).toEqual([
      ['resident-preferences', 'self'],
    ]);
    const refused = await callBooking(
      booking.url(),
      identity,
      { person: 'englishSpeakerEmily', actingFor: 'childEetuUnder12' },
      'audit.myDataEvents',
    );
    expect([refused.status, refused.error?.data.code]).toEqual([403, 'ACTING_FOR_NOT_ALLOWED']);
    expect(refused.text).not.toContain(TEST_SUBJECTS.childEetuUnder12);
  });
});
