import { randomBytes } from 'node:crypto';
import type { BookingDb } from '@asiointi/booking-data';
import { defaultSuppressionThreshold, suppressionThresholdSchema } from '@asiointi/platform-contract';
import {
  createLinkTokenSealer,
  createPersonDirectory,
  createUnitDirectory,
  initServiceTrpc,
  type LinkTokenSealer,
  type PersonDirectory,
  type ServiceContext,
  type UnitDirectory,
} from '@asiointi/platform-service';
import { bookingAuditTrail } from './audit-trail';

/** What booking procedures get: the service context plus the booking database and its collaborators. */
export interface BookingContext extends ServiceContext {
  db: BookingDb;
  /** The clock every booking rule reads (cut-offs, horizons, reminders); tests pass a fixed one. */
  now: () => Date;
  /** Seals and opens the tokens of reminders' cancel links (purpose REMINDER_LINK_PURPOSE). */
  linkTokens: LinkTokenSealer;
  /** The portal's public base URL, e.g. https://asiointi.example.fi: reminders link to its cancel page. */
  portalUrl: string;
  /** Finds a resident by identity code for staff booking on their behalf. */
  personDirectory: PersonDirectory;
  /** The county's units: names units booking's tables do not hold (a staff member's unit without services). */
  units: UnitDirectory;
  /** Figures about persons' bookings resting on fewer than this many are suppressed (figures.list). */
  figureSuppressionThreshold: number;
}

/** Booking lets residents act for others only where the relations service allows the scope 'booking'. */
export const BOOKING_ACTING_SCOPE = 'booking';

/** The purpose reminder-link tokens are sealed for: a token sealed for anything else never opens here. */
export const REMINDER_LINK_PURPOSE = 'booking-reminder-link';

const t = initServiceTrpc<BookingContext>({
  recordDenied: (ctx, auditContext, entry) => bookingAuditTrail.denied(ctx.db, auditContext, entry),
});

export const { createRouter, publicProcedure, staffProcedure, createCallerFactory } = t;

/** A signed-in resident, for themself or for the person in X-Acting-For (scope 'booking'). */
export const residentProcedure = t.residentProcedure(BOOKING_ACTING_SCOPE);

export interface BookingContextOptions {
  now?: () => Date;
  /** Default: a sealer with a random secret, so links live only as long as the process (tests, demos). */
  linkTokens?: LinkTokenSealer;
  /** Default http://127.0.0.1:4200, the embedded portal. */
  portalUrl?: string;
  /** Default: a directory that is not configured (looking someone up answers PERSON_DIRECTORY_UNAVAILABLE). */
  personDirectory?: PersonDirectory;
  /** Default: a directory that is not configured (naming a unit booking does not hold answers UNITS_UNAVAILABLE). */
  units?: UnitDirectory;
  /** Default 5: no share of fewer than five bookings or visits is shown. */
  figureSuppressionThreshold?: number;
}

export const defaultPortalUrl = 'http://127.0.0.1:4200';

/** The createContext a booking service passes to createService. */
export function bookingContextFactory(db: BookingDb, options: BookingContextOptions = {}) {
  const parts = {
    now: options.now ?? (() => new Date()),
    linkTokens:
      options.linkTokens ??
      createLinkTokenSealer(randomBytes(32).toString('base64url'), REMINDER_LINK_PURPOSE),
    // Without a trailing slash, so `${portalUrl}/booking/...` has exactly one.
    portalUrl: (options.portalUrl ?? defaultPortalUrl).replace(/\/+$/, ''),
    personDirectory: options.personDirectory ?? createPersonDirectory({ personsUrl: undefined }),
    units: options.units ?? createUnitDirectory({ unitsUrl: undefined }),
    figureSuppressionThreshold: suppressionThresholdSchema.parse(
      options.figureSuppressionThreshold ?? defaultSuppressionThreshold,
    ),
  };
  return (base: ServiceContext): BookingContext => ({ ...base, db, ...parts });
}
