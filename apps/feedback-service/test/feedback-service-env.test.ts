import { describe, expect, it } from 'vitest';
import { defaultRequestTimingRules } from '@asiointi/feedback-domain';
import { readFeedbackServiceEnv } from '../src/feedback-service-env';

describe('the feedback service’s own environment', () => {
  it('defaults to the context’s threshold and the development key outside production', () => {
    expect(readFeedbackServiceEnv({})).toEqual({
      suppressionThreshold: undefined,
      pulseMarkerSecret: undefined,
      requestTiming: defaultRequestTimingRules,
    });
  });

  it('reads when requests go out and how long their links work, within bounds, without echoing values', () => {
    expect(() => readFeedbackServiceEnv({ FEEDBACK_REQUEST_DELAY_MINUTES: '99999' })).not.toThrow(/99999/);
    expect(
      readFeedbackServiceEnv({ FEEDBACK_REQUEST_DELAY_MINUTES: '0', FEEDBACK_REQUEST_VALID_DAYS: '30' })
        .requestTiming,
    ).toEqual({ ...defaultRequestTimingRules, delayMinutes: 0, validDays: 30 });
    for (const [name, value] of [
      ['FEEDBACK_REQUEST_DELAY_MINUTES', '99999'],
      ['FEEDBACK_REQUEST_DELAY_MINUTES', '-1'],
      ['FEEDBACK_REQUEST_VALID_DAYS', '0'],
      ['FEEDBACK_REQUEST_VALID_DAYS', '1.5'],
    ] as const) {
      expect(() => readFeedbackServiceEnv({ [name]: value })).toThrow(new RegExp(name));
    }
  });

  it('reads a threshold within the platform’s bounds and refuses others without echoing them', () => {
    expect(readFeedbackServiceEnv({ FEEDBACK_SUPPRESSION_THRESHOLD: '10' }).suppressionThreshold).toBe(10);
    for (const value of ['0', '101', '2.5', 'five'])
      expect(() => readFeedbackServiceEnv({ FEEDBACK_SUPPRESSION_THRESHOLD: value })).toThrow(
        /FEEDBACK_SUPPRESSION_THRESHOLD: must be/,
      );
  });

  it('requires a long enough pulse-marker key in production', () => {
    expect(() => readFeedbackServiceEnv({ NODE_ENV: 'production' })).toThrow(/required in production/);
    expect(() => readFeedbackServiceEnv({ FEEDBACK_PULSE_MARKER_SECRET: 'short' })).toThrow(/at least 32/);
    const secret = 'x'.repeat(32);
    expect(
      readFeedbackServiceEnv({ NODE_ENV: 'production', FEEDBACK_PULSE_MARKER_SECRET: secret })
        .pulseMarkerSecret,
    ).toBe(secret);
  });
});
