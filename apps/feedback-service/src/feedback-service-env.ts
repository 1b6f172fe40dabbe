// What the feedback service reads from the environment besides every module service's variables:
// FEEDBACK_SUPPRESSION_THRESHOLD: the smallest group whose results reports show (default 5, 1–100), for
// client and staff results alike.
// FEEDBACK_PULSE_MARKER_SECRET: the key of the staff pulse's "answered this month" markers (at least 32
// characters); required in production, where a development key would let anyone recompute markers.
// FEEDBACK_REQUEST_DELAY_MINUTES (default 120, 0 to 10080): how long after a visit its feedback request is
// sent (never at night: a time between 21:00 and 08:00 Helsinki moves to 08:00);
// FEEDBACK_REQUEST_VALID_DAYS (default 14, 1 to 90): how many days the link works after sending.
import { defaultRequestTimingRules, type RequestTimingRules } from '@asiointi/feedback-domain';
import { maxSuppressionThreshold, suppressionThresholdSchema } from '@asiointi/platform-contract';
import { ServiceConfigError } from '@asiointi/platform-service';
import { z } from 'zod';

export interface FeedbackServiceEnv {
  suppressionThreshold: number | undefined;
  pulseMarkerSecret: string | undefined;
  requestTiming: RequestTimingRules;
}

const timingVariables = {
  FEEDBACK_REQUEST_DELAY_MINUTES: {
    schema: z.coerce
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60),
    rule: 'whole minutes from 0 to 10080',
    key: 'delayMinutes',
  },
  FEEDBACK_REQUEST_VALID_DAYS: {
    schema: z.coerce.number().int().min(1).max(90),
    rule: 'whole days from 1 to 90',
    key: 'validDays',
  },
} as const;

function readRequestTiming(env: Record<string, string | undefined>): RequestTimingRules {
  const rules: RequestTimingRules = { ...defaultRequestTimingRules };
  for (const [name, variable] of Object.entries(timingVariables)) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const parsed = variable.schema.safeParse(raw);
    if (!parsed.success) {
      throw new ServiceConfigError(`Invalid service configuration: ${name}: must be ${variable.rule}`);
    }
    rules[variable.key] = parsed.data;
  }
  return rules;
}

/** Throws ServiceConfigError naming the variable (the value is not echoed). */
export function readFeedbackServiceEnv(env: Record<string, string | undefined>): FeedbackServiceEnv {
  const rawThreshold = env.FEEDBACK_SUPPRESSION_THRESHOLD?.trim();
  let suppressionThreshold: number | undefined;
  if (rawThreshold) {
    const parsed = z.coerce.number().pipe(suppressionThresholdSchema).safeParse(rawThreshold);
    if (!parsed.success)
      throw new ServiceConfigError(
        `Invalid service configuration: FEEDBACK_SUPPRESSION_THRESHOLD: must be a whole number from 1 to ${maxSuppressionThreshold}`,
      );
    suppressionThreshold = parsed.data;
  }
  const pulseMarkerSecret = env.FEEDBACK_PULSE_MARKER_SECRET?.trim() || undefined;
  if (pulseMarkerSecret !== undefined && pulseMarkerSecret.length < 32)
    throw new ServiceConfigError(
      'Invalid service configuration: FEEDBACK_PULSE_MARKER_SECRET: at least 32 characters',
    );
  if (pulseMarkerSecret === undefined && env.NODE_ENV === 'production')
    throw new ServiceConfigError(
      'Invalid service configuration: FEEDBACK_PULSE_MARKER_SECRET is required in production',
    );
  return { suppressionThreshold, pulseMarkerSecret, requestTiming: readRequestTiming(env) };
}
