import { describe, expect, it } from 'vitest';
import { channelsOffered, servicesOfferedVia } from '../src/index';
import { same, service } from './service-fixtures';

describe('channels', () => {
  const visit = service(same('Vastaanotto'), { channels: ['onSite'] });
  const call = service(same('Puhelinaika'), { channels: ['phone', 'video'] });

  it('lists the channels a unit offers, in the usual order', () => {
    expect(channelsOffered([call, visit])).toEqual(['onSite', 'phone', 'video']);
    expect(channelsOffered([])).toEqual([]);
  });

  it('keeps the services reachable through a channel', () => {
    expect(servicesOfferedVia([visit, call], 'video')).toEqual([call]);
    expect(servicesOfferedVia([visit, call], 'onSite')).toEqual([visit]);
  });
});
