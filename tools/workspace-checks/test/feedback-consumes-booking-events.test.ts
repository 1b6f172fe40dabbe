// Contract test between modules: the feedback service reads booking's events with its own tolerant schemas
// (it may not import booking's contract). Every payload booking documents as one it writes must parse with
// feedback's reader, and feedback must read what it needs out of it unchanged.
import {
  visitCompletedPayloadSchema,
  visitCompletedSamplePayloads,
  visitCompletedEventType as bookingVisitCompleted,
  visitCompletionWithdrawnPayloadSchema,
  visitCompletionWithdrawnSamplePayloads,
  visitCompletionWithdrawnEventType as bookingVisitCompletionWithdrawn,
} from '@asiointi/booking-contract';
import {
  visitCompletedEventSchema,
  visitCompletedEventType,
  visitCompletionWithdrawnEventSchema,
  visitCompletionWithdrawnEventType,
} from '@asiointi/feedback-contract';
import { describe, expect, it } from 'vitest';

describe('feedback reads the events booking writes', () => {
  it('names the same event types', () => {
    expect(visitCompletedEventType).toBe(bookingVisitCompleted);
    expect(visitCompletionWithdrawnEventType).toBe(bookingVisitCompletionWithdrawn);
  });

  it.each(visitCompletedSamplePayloads.map((payload) => [payload.bookingId, payload] as const))(
    'booking.visit.completed %s parses with both schemas',
    (_, payload) => {
      expect(visitCompletedPayloadSchema.parse(payload)).toEqual(payload);
      const read = visitCompletedEventSchema.parse(payload);
      expect(read).toMatchObject({
        bookingId: payload.bookingId,
        unitId: payload.unitId,
        serviceCode: payload.serviceCode,
        personSubject: payload.personSubject,
        visitedAt: payload.visitedAt,
      });
      expect(read.channel).toBe(payload.channel);
      expect(read.language).toBe(payload.language);
      expect(read.serviceName).toEqual(payload.serviceName);
    },
  );

  it('includes a payload from before channel and language were added, and one with them', () => {
    expect(visitCompletedSamplePayloads.some((payload) => payload.channel === undefined)).toBe(true);
    expect(visitCompletedSamplePayloads.some((payload) => payload.language !== undefined)).toBe(true);
  });

  it.each(visitCompletionWithdrawnSamplePayloads.map((payload) => [payload.bookingId, payload] as const))(
    'booking.visit.completion-withdrawn %s parses with both schemas',
    (_, payload) => {
      expect(visitCompletionWithdrawnPayloadSchema.parse(payload)).toEqual(payload);
      expect(visitCompletionWithdrawnEventSchema.parse(payload)).toEqual({ bookingId: payload.bookingId });
    },
  );
});
