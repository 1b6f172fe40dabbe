import { useQuery } from '@tanstack/react-query';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { anonymousRemoteAuth, type RemoteAuth } from '@asiointi/platform-federation/auth';
import { createModuleApi } from '../src/index';
import { inProcessService, type TestRouter } from './in-process-service';

const { ModuleProviders, useTRPC } = createModuleApi<TestRouter>('test-module');

function UnitNames() {
  const trpc = useTRPC();
  const units = useQuery(trpc.units.list.queryOptions());
  return (
    <p>{units.data ? units.data.map((unit) => `${unit.name} (${unit.language})`).join(', ') : 'loading'}</p>
  );
}

function withHost(children: ReactNode, queryClient: QueryClient) {
  return (
    <MemoryRouter>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MemoryRouter>
  );
}

describe('createModuleApi', () => {
  it('gives the pages typed queries against the module’s own service', async () => {
    const service = inProcessService();
    render(
      <MemoryRouter>
        <ModuleProviders
          apiUrl="http://service"
          language="en"
          auth={anonymousRemoteAuth}
          fetch={service.fetch}
        >
          <UnitNames />
        </ModuleProviders>
      </MemoryRouter>,
    );
    expect(await screen.findByText('Rantakylä (en)')).toBeTruthy();
  });

  it('keeps answers about one person apart from another’s in the shell’s shared query client', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const service = inProcessService();
    const auth = (subject: string | undefined): RemoteAuth => ({
      ...anonymousRemoteAuth,
      actingFor: subject ? { subject, displayName: 'Lapsi' } : undefined,
    });
    const view = render(
      withHost(
        <ModuleProviders apiUrl="http://service" language="fi" auth={auth(undefined)} fetch={service.fetch}>
          <UnitNames />
        </ModuleProviders>,
        queryClient,
      ),
    );
    await screen.findByText('Rantakylä (fi)');
    view.rerender(
      withHost(
        <ModuleProviders apiUrl="http://service" language="fi" auth={auth('child-1')} fetch={service.fetch}>
          <UnitNames />
        </ModuleProviders>,
        queryClient,
      ),
    );
    await screen.findByText('Rantakylä (fi)');
    // The second person's list was fetched again, not served from the first person's answer.
    expect(service.paths).toHaveLength(2);
    const keys = queryClient
      .getQueryCache()
      .getAll()
      .map((query) => JSON.stringify(query.queryKey));
    expect(keys.some((key) => key.includes('test-module:fi:self'))).toBe(true);
    expect(keys.some((key) => key.includes('test-module:fi:child-1'))).toBe(true);
  });
});
