import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RemoteBoundary, remoteLoadFailure, type RemoteLoader } from '../src';
import { renderWithI18n } from './render-with-i18n';

interface ModuleProps {
  apiUrl: string;
}

function RemoteModule({ apiUrl }: ModuleProps) {
  return <h1>Ajanvaraus ({apiUrl})</h1>;
}

/** A load that answers only when the test says so. */
function deferredLoad() {
  let resolve: (value: unknown) => void = () => undefined;
  const promise = new Promise<unknown>((r) => (resolve = r));
  return { load: (() => promise) as RemoteLoader, resolve: (value: unknown) => resolve(value) };
}

const props: ModuleProps = { apiUrl: 'http://127.0.0.1:4401' };
const unavailableFi = 'Palvelu ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen.';

describe('RemoteBoundary', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows a translated loading state, then the remote with its props', async () => {
    const { load, resolve } = deferredLoad();
    renderWithI18n(<RemoteBoundary remoteName="booking" props={props} load={load} />);
    expect(screen.getByRole('status').textContent).toBe('Ladataan palvelua…');
    await act(async () => resolve({ default: RemoteModule }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ajanvaraus (http://127.0.0.1:4401)');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('asks the runtime for <name>/Module', async () => {
    const load = vi.fn<RemoteLoader>(async () => ({ default: RemoteModule }));
    renderWithI18n(<RemoteBoundary remoteName="booking" props={props} load={load} />);
    await screen.findByRole('heading', { level: 1 });
    expect(load).toHaveBeenCalledWith('booking/Module');
  });

  it('shows the translated fallback when the remote cannot be loaded, and retries', async () => {
    const load = vi
      .fn<RemoteLoader>()
      .mockResolvedValueOnce(remoteLoadFailure('booking/Module', new Error('down')))
      .mockResolvedValueOnce({ default: RemoteModule });
    renderWithI18n(<RemoteBoundary remoteName="booking" props={props} load={load} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(unavailableFi);
    fireEvent.click(screen.getByRole('button', { name: 'Yritä uudelleen' }));
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows the fallback when loading rejects', async () => {
    const load: RemoteLoader = async () => {
      throw new Error('network');
    };
    renderWithI18n(<RemoteBoundary remoteName="booking" props={props} load={load} />, { language: 'sv' });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Tjänsten är inte tillgänglig just nu. Försök igen senare.',
    );
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeTruthy();
  });

  it('shows the fallback when the loader throws at once (runtime not set up)', async () => {
    const load: RemoteLoader = () => {
      throw new Error('Please call init first');
    };
    renderWithI18n(<RemoteBoundary remoteName="booking" props={props} load={load} />);
    expect((await screen.findByRole('alert')).textContent).toContain(unavailableFi);
  });

  it('gives the page a heading while loading and when unavailable', async () => {
    const load = vi
      .fn<RemoteLoader>()
      .mockResolvedValueOnce(remoteLoadFailure('booking/Module', new Error('down')));
    renderWithI18n(<RemoteBoundary remoteName="booking" title="Ajanvaraus" props={props} load={load} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Ajanvaraus' })).toBeTruthy();
    await screen.findByRole('alert');
    expect(screen.getByRole('heading', { level: 1, name: 'Ajanvaraus' })).toBeTruthy();
  });

  it("moves keyboard focus to the remote's heading after a retry", async () => {
    const load = vi
      .fn<RemoteLoader>()
      .mockResolvedValueOnce(remoteLoadFailure('booking/Module', new Error('down')))
      .mockResolvedValueOnce({ default: RemoteModule });
    renderWithI18n(<RemoteBoundary remoteName="booking" title="Ajanvaraus" props={props} load={load} />);
    const retry = await screen.findByRole('button', { name: 'Yritä uudelleen' });
    act(() => retry.focus());
    fireEvent.click(retry);
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Ajanvaraus (http://127.0.0.1:4401)',
    });
    expect(document.activeElement).toBe(heading);
  });

  it('gives up after the timeout and ignores a late answer', async () => {
    vi.useFakeTimers();
    const { load, resolve } = deferredLoad();
    renderWithI18n(<RemoteBoundary remoteName="booking" props={props} load={load} timeoutMs={10_000} />, {
      language: 'en',
    });
    await act(async () => vi.advanceTimersByTime(9_999));
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => vi.advanceTimersByTime(1));
    expect(screen.getByRole('alert').textContent).toContain(
      'The service is not available right now. Please try again later.',
    );
    await act(async () => resolve({ default: RemoteModule }));
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });

  it('catches a remote that throws while rendering, keeping the rest of the page', async () => {
    function BrokenModule(): never {
      throw new Error('bug in the remote');
    }
    renderWithI18n(
      <>
        <p>Muu portaali</p>
        <RemoteBoundary remoteName="booking" props={props} load={async () => ({ default: BrokenModule })} />
      </>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(unavailableFi);
    expect(screen.getByText('Muu portaali')).toBeTruthy();
  });

  it('treats a module without a component as unavailable', async () => {
    renderWithI18n(
      <RemoteBoundary remoteName="booking" props={props} load={async () => ({ notAComponent: 1 })} />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(unavailableFi);
  });
});
