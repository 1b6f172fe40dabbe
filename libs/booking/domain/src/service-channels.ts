import type { BookableService, ServiceChannel } from '@asiointi/booking-contract';

/** The order residents see channels in: a visit first, then the remote ones. */
export const channelOrder: readonly ServiceChannel[] = ['onSite', 'phone', 'video'];

/** A service's channels without duplicates, in the order residents see them. */
export function orderedChannels(channels: readonly ServiceChannel[]): ServiceChannel[] {
  return channelOrder.filter((channel) => channels.includes(channel));
}

/** The channels a unit offers any service through, for the resident's channel filter. */
export function channelsOffered(services: readonly Pick<BookableService, 'channels'>[]): ServiceChannel[] {
  return orderedChannels(services.flatMap((service) => service.channels));
}

/** The services a resident can use through a given channel (a phone call, say). */
export function servicesOfferedVia<T extends Pick<BookableService, 'channels'>>(
  services: readonly T[],
  channel: ServiceChannel,
): T[] {
  return services.filter((service) => service.channels.includes(channel));
}
