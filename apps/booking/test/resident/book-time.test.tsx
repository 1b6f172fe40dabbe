import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anonymousRemoteAuth } from '@asiointi/platform-federation/auth';
import { doctor, laboratory } from '../fake-booking-service';
import {
  fakeResidentService,
  now,
  tuesdayNine,
  tuesdayNineTwenty,
  wednesdayOne,
} from './fake-resident-service';
import { chooseTime, showDay } from './pick-time';
import { eetu, location, renderResident, resident } from './render-resident';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

const bookPath = `/booking/book/${doctor.id}`;

async function chooseTuesdayNine() {
  await chooseTime('ti 24.11.2026', 'klo 9.00, Lääkäri Anna Aalto');
  return screen.findByRole('heading', { level: 1, name: 'Vaihe 2/3: Tiedot' });
}

async function continueToConfirm() {
  fireEvent.click(screen.getByRole('button', { name: 'Jatka' }));
  return screen.findByRole('heading', { level: 1, name: 'Vaihe 3/3: Vahvista varaus' });
}

describe('where the reminder goes, at step 2', () => {
  it('shows the number or address the chosen reminder goes to', async () => {
    renderResident({ path: bookPath });
    await chooseTuesdayNine();
    // The settings choose e-mail; the resident's own address is shown, and the number on choosing SMS.
    await screen.findByText('Sähköposti osoitteeseen maija@example.fi');
    const reminder = screen.getByRole('radiogroup', { name: 'Muistutus päivää ennen' });
    fireEvent.click(within(reminder).getByRole('radio', { name: 'Tekstiviesti' }));
    expect(screen.getByText('Tekstiviesti numeroon +358401234567')).toBeTruthy();
    fireEvent.click(within(reminder).getByRole('radio', { name: 'Ei muistutusta' }));
    expect(screen.getByText('Muistutusta ei lähetetä.')).toBeTruthy();
  });

  it('asks for a number when there is none, and goes on only once one is saved', async () => {
    const service = fakeResidentService({ reminderContact: { phone: null, email: null, updatedAt: null } });
    renderResident({ path: bookPath, service, auth: resident({ actingFor: eetu }) });
    await chooseTuesdayNine();
    const reminder = await screen.findByRole('radiogroup', { name: 'Muistutus päivää ennen' });
    fireEvent.click(within(reminder).getByRole('radio', { name: 'Tekstiviesti' }));
    expect(
      screen.getByText('Muistutus lähetetään sinulle, koska varaat ajan henkilön Eetu Virtanen puolesta.'),
    ).toBeTruthy();
    expect(
      screen.getByText('Et ole antanut puhelinnumeroa, johon tekstiviestimuistutus lähetetään.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Jatka' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Anna ensin numero tai osoite, johon muistutus lähetetään, tai valitse Ei muistutusta.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Vaihe 2/3: Tiedot' })).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Matkapuhelinnumero' }), {
      target: { value: '040 765 4321' },
    });
    fireEvent.click(
      screen.getByRole('checkbox', {
        name: 'Vahvistan, että muistutukset saa lähettää näihin yhteystietoihin.',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna yhteystiedot' }));
    await screen.findByText('Tekstiviesti numeroon +358407654321');
    expect(service.inputsOf('reminderContact.update')).toEqual([
      { phone: '040 765 4321', email: null, confirmed: true },
    ]);
    await continueToConfirm();
  });
});

describe('booking a time', () => {
  it('shows the days of the week as buttons and one day’s times under the professional, and moves between weeks', async () => {
    const { service } = renderResident({ path: bookPath, auth: anonymousRemoteAuth });
    expect(screen.getByRole('heading', { level: 1, name: 'Vaihe 1/3: Valitse aika' })).toBeTruthy();
    const days = await screen.findByRole('group', { name: 'Viikon päivät' });
    expect(
      within(days)
        .getAllByRole('button')
        .map((day) => day.textContent),
    ).toEqual([
      'ma 23.11.2026 Ei vapaita aikoja',
      'ti 24.11.2026 2 vapaata aikaa',
      'ke 25.11.2026 1 vapaa aika',
      'to 26.11.2026 Ei vapaita aikoja',
      'pe 27.11.2026 Ei vapaita aikoja',
      'la 28.11.2026 Ei vapaita aikoja',
      'su 29.11.2026 Ei vapaita aikoja',
    ]);
    // The first day with free times is shown first; its times are short, the name comes once.
    const tuesday = screen.getByRole('region', { name: 'Vapaat ajat ti 24.11.2026' });
    expect(
      within(days)
        .getByRole('button', { name: /^ti 24.11.2026/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    const anna = within(tuesday).getByRole('group', { name: 'Lääkäri Anna Aalto' });
    expect(
      within(anna)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['9.00', '9.20']);
    expect(
      within(anna)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['klo 9.00, Lääkäri Anna Aalto', 'klo 9.20, Lääkäri Anna Aalto']);
    expect(
      within(await showDay('ma 23.11.2026')).getByText(/Tälle päivälle ei ole vapaita aikoja/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edellinen viikko' }).hasAttribute('disabled')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Seuraava viikko' }));
    const monday = await screen.findByRole('region', { name: 'Vapaat ajat ma 30.11.2026' });
    expect(within(monday).getByRole('button', { name: 'klo 10.00, Lääkäri Anna Aalto' })).toBeTruthy();
    expect(location.current).toBe(`${bookPath}?week=2026-11-30`);
    expect(service.inputsOf('freeTimes.week')).toEqual([
      { serviceTypeId: doctor.id, weekStart: '2026-11-23' },
      { serviceTypeId: doctor.id, weekStart: '2026-11-30' },
    ]);
  });

  it('tells the days that have passed from the days with no free times', async () => {
    vi.setSystemTime(new Date('2026-11-25T08:00:00.000Z'));
    renderResident({ path: bookPath, auth: anonymousRemoteAuth, language: 'en' });
    const days = await screen.findByRole('group', { name: 'Days of the week' });
    const states = within(days)
      .getAllByRole('button')
      .map((day) => day.querySelector('.booking-day-tabs__state')?.textContent);
    expect(states).toEqual([
      'The day has passed',
      'The day has passed',
      '1 free time',
      'No free times',
      'No free times',
      'No free times',
      'No free times',
    ]);
    const monday = await showDay('Mon, 23 November 2026');
    expect(within(monday).getByText(/The day has passed, so no time can be booked/)).toBeTruthy();
    expect(within(monday).queryAllByRole('button')).toEqual([]);
    const thursday = await showDay('Thu, 26 November 2026');
    expect(within(thursday).getByText(/There are no free times on this day/)).toBeTruthy();
  });

  it('marks the times that could no longer be cancelled online and says so before booking', async () => {
    const lateTuesday = {
      ...tuesdayNine,
      changeableUntil: '2026-11-23T07:00:00.000Z',
      changeableOnline: false,
    };
    const service = fakeResidentService({ freeTimes: { [doctor.id]: [lateTuesday, tuesdayNineTwenty] } });
    const termsService = {
      ...doctor,
      cancellationTerms: {
        fi: 'Peruuttamaton aika maksaa 51,50 €.',
        sv: 'Ej avbokad tid kostar 51,50 €.',
        en: 'An uncancelled time costs €51.50.',
      },
    };
    service.state.offerings = service.state.offerings.map((offering) =>
      offering.service.id === doctor.id ? { ...offering, service: termsService } : offering,
    );
    renderResident({ path: bookPath, service });
    const tuesday = await screen.findByRole('region', { name: 'Vapaat ajat ti 24.11.2026' });
    expect(
      within(tuesday).getByText(/Tähdellä merkittyä aikaa ei voi varaamisen jälkeen perua/),
    ).toBeTruthy();
    expect(
      within(tuesday)
        .getAllByRole('button')
        .map((button) => [button.textContent, button.getAttribute('aria-label')]),
    ).toEqual([
      ['9.00*', 'klo 9.00, Lääkäri Anna Aalto, ei peruttavissa verkossa'],
      ['9.20', 'klo 9.20, Lääkäri Anna Aalto'],
    ]);
    fireEvent.click(within(tuesday).getByRole('button', { name: /^klo 9.00/ }));
    await screen.findByRole('radiogroup', { name: 'Muistutus päivää ennen' });
    await continueToConfirm();
    expect(document.body.textContent).toContain(
      'Tätä aikaa ei voi varaamisen jälkeen perua eikä siirtää verkossa: verkossa peruminen päättyi ma 23.11.2026 klo 9.00.',
    );
    expect(
      within(screen.getByRole('region', { name: 'Peruutusehdot ja käyttämättä jätetty aika' })).getByText(
        'Peruuttamaton aika maksaa 51,50 €.',
      ),
    ).toBeTruthy();
  });

  it('asks someone not signed in to sign in, and brings them back to the chosen time', async () => {
    const signIn = vi.fn();
    renderResident({ path: bookPath, auth: { ...anonymousRemoteAuth, signIn } });
    await chooseTuesdayNine();
    fireEvent.click(screen.getByRole('button', { name: 'Kirjaudu sisään' }));
    expect(signIn).toHaveBeenCalledWith(
      `${bookPath}?week=2026-11-23&start=${encodeURIComponent(tuesdayNine.start)}&resourceId=${tuesdayNine.resourceId}`,
    );
  });

  it('books in three steps with the reminder from the settings, then shows the confirmation', async () => {
    const { service } = renderResident({ path: bookPath });
    await chooseTuesdayNine();
    expect(await screen.findByText('Varaat ajan itsellesi.')).toBeTruthy();
    const reminder = await screen.findByRole('radiogroup', { name: 'Muistutus päivää ennen' });
    expect((within(reminder).getByRole('radio', { name: 'Sähköposti' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Asiointitapa' })).getByRole('radio', {
        name: 'Videoyhteys',
      }),
    );
    const message = screen.getByRole('textbox', { name: /Viesti ammattilaiselle/ });
    fireEvent.change(message, { target: { value: 'Selkä on kipeä.' } });
    // Room for a longer message, and the contract's limit in sight.
    expect(message.tagName).toBe('TEXTAREA');
    // The limit's thousands grouped with a no-break space, as Finnish writes them.
    expect(screen.getByRole('textbox', { description: /15 \/ 1\u00a0000 merkkiä/ })).toBe(message);
    expect(screen.queryByRole('textbox', { name: /Ajanvarausoikeuden koodi/ })).toBeNull();

    await continueToConfirm();
    expect(document.body.textContent).toContain('ti 24.11.2026 klo 9.00–9.20');
    expect(document.body.textContent).toContain('Selkä on kipeä.');
    // The exact last moment to cancel or move online, before the resident confirms.
    expect(document.body.textContent).toContain(
      'Voit perua tai siirtää ajan verkossa ma 23.11.2026 klo 9.00 asti.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Varaa aika' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Aika on varattu' })).toBeTruthy();
    expect(location.current).toMatch(/^\/booking\/booked\/b0000000-/);
    const [input] = service.inputsOf('bookings.book') as Record<string, unknown>[];
    expect(input).toMatchObject({
      serviceTypeId: doctor.id,
      resourceId: tuesdayNine.resourceId,
      start: tuesdayNine.start,
      channel: 'video',
      reminderChannel: 'email',
      message: 'Selkä on kipeä.',
    });
    expect(String(input?.idempotencyKey)).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText('Rantakylän terveysasema, Rantatie 5, Merikaupunki')).toBeTruthy();
    // The reference the resident reads out when calling the unit.
    expect(screen.getByText('Varaustunnus').nextElementSibling?.textContent).toBe('K7QM-2XHD');
    expect(screen.getByRole('link', { name: 'Siirry omiin varauksiin' }).getAttribute('href')).toBe(
      '/booking/my-bookings',
    );
  });

  it('keeps a pasted message that is too long whole and refuses it with the reason on continuing', async () => {
    renderResident({ path: bookPath });
    await chooseTuesdayNine();
    const message = await screen.findByRole<HTMLTextAreaElement>('textbox', {
      name: /Viesti ammattilaiselle/,
    });
    const pasted = 'Selkä on kipeä. '.repeat(64);
    fireEvent.change(message, { target: { value: pasted } });
    // 1024 characters: nothing cut, the excess counted and the field marked before continuing.
    expect(message.value).toBe(pasted);
    expect(screen.getByRole('textbox', { description: /24 merkkiä liikaa/ })).toBe(message);
    expect(message.getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Jatka' }));
    expect(await screen.findByText('Viesti on liian pitkä. Lyhennä se enintään 1000 merkkiin.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Vaihe 2/3: Tiedot' })).toBeTruthy();
    expect(message.value).toBe(pasted);
  });

  it('downloads the booking as an .ics file', async () => {
    const createObjectURL = vi.fn(() => 'blob:ics');
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { service } = renderResident({ path: bookPath });
    await chooseTuesdayNine();
    await screen.findByRole('radiogroup', { name: 'Muistutus päivää ennen' });
    await continueToConfirm();
    fireEvent.click(screen.getByRole('button', { name: 'Varaa aika' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lataa kalenteriin (.ics)' }));
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('text/calendar;charset=utf-8');
    expect(await blob.text()).toContain('BEGIN:VCALENDAR');
    expect(service.inputsOf('bookings.calendarFile')).toHaveLength(1);
    clicked.mockRestore();
    vi.unstubAllGlobals();
  });

  it('sends the same idempotency key when the answer was lost and the resident tries again', async () => {
    const service = fakeResidentService({ bookFailures: ['network'] });
    renderResident({ path: bookPath, service });
    await chooseTuesdayNine();
    await screen.findByRole('radiogroup', { name: 'Muistutus päivää ennen' });
    await continueToConfirm();
    const book = screen.getByRole('button', { name: 'Varaa aika' });
    fireEvent.click(book);
    fireEvent.click(book); // a double click while the request is out does nothing
    expect(await screen.findByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Varaa aika' }));
    await screen.findByRole('heading', { level: 1, name: 'Aika on varattu' });
    const keys = (service.inputsOf('bookings.book') as { idempotencyKey: string }[]).map(
      (i) => i.idempotencyKey,
    );
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(service.state.bookings).toHaveLength(1);
  });

  it('takes the resident back to the week with a polite message and fresh times on TIME_TAKEN', async () => {
    const service = fakeResidentService({ bookFailures: ['TIME_TAKEN'] });
    renderResident({ path: bookPath, service, language: 'sv' });
    await chooseTime('tis 24.11.2026', 'kl. 9.00, Läkare Anna Aalto');
    await screen.findByRole('radiogroup', { name: 'Påminnelse dagen före' });
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
    // The time goes to someone else in the meantime.
    service.state.freeTimes[doctor.id] = [wednesdayOne];
    fireEvent.click(await screen.findByRole('button', { name: 'Boka tiden' }));

    const status = await screen.findByText(/Någon annan hann just boka tiden du valde/);
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Steg 1/3: Välj en tid' })).toBeTruthy();
    // The fresh week has only Wednesday's time, so Wednesday is shown.
    const wednesday = await screen.findByRole('region', { name: 'Lediga tider ons 25.11.2026' });
    expect(within(wednesday).getAllByRole('button')).toHaveLength(1);
    const days = screen.getByRole('group', { name: 'Veckans dagar' });
    expect(within(days).getByRole('button', { name: /^tis 24.11.2026/ }).textContent).toContain(
      'Inga lediga tider',
    );
  });

  it('asks for the booking-right code when the service needs one and the resident has no right', async () => {
    const service = fakeResidentService({ bookFailures: ['BOOKING_RIGHT_INVALID'] });
    renderResident({ path: `/booking/book/${laboratory.id}`, service, language: 'en' });
    fireEvent.click(within(await showDay('Tue, 24 November 2026')).getAllByRole('button')[0]!);
    await screen.findByRole('radiogroup', { name: 'Reminder the day before' });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Please type the code from your invitation letter.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Booking right code/ }), {
      target: { value: 'abcd-efgh' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Book the time' }));
    // The service refuses the code: back to the details with the code field marked.
    expect(await screen.findByText(/The code is not valid/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Step 2 of 3: Details' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Booking right code/ }) as HTMLInputElement).value).toBe(
      'abcd-efgh',
    );
    expect(service.inputsOf('bookings.book')[0]).toMatchObject({ bookingRightCode: 'abcd-efgh' });
  });

  it('names the professional by their title in the resident’s language', async () => {
    renderResident({ path: bookPath, auth: resident(), language: 'sv' });
    const tuesday = await showDay('tis 24.11.2026');
    const professional = within(tuesday).getByRole('group', { name: 'Läkare Anna Aalto' });
    const times = within(professional).getAllByRole('button');
    expect(times.map((time) => time.getAttribute('aria-label'))).toEqual([
      'kl. 9.00, Läkare Anna Aalto',
      'kl. 9.20, Läkare Anna Aalto',
    ]);
  });

  it('says whom the time is booked for when acting for a child', async () => {
    const { service } = renderResident({
      path: bookPath,
      auth: resident({ actingFor: eetu }),
      language: 'en',
    });
    await chooseTime('Tue, 24 November 2026', '9:00, Physician Anna Aalto');
    expect(await screen.findByText('You are booking the time for Eetu Virtanen.')).toBeTruthy();
    await waitFor(() => expect(service.headers.at(-1)?.get('x-acting-for')).toBe(eetu.subject));
  });
});
