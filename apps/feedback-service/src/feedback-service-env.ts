// What the feedback service reads from the environment besides every module service's variables:
// FEEDBACK_SUPPRESSION_THRESHOLD: the smallest group whose results reports show (default 5, 1–100), for
// client and staff results alike.
// FEEDBACK_PULSE_MARKER_SECRET: the key of the staff pulse's "answered this month" markers (at least 32
// characters); required in production, where a development key would let anyone recompute markers.
import { maxSuppressionThreshold, suppressionThresholdSchema } from '@asiointi/platform-contract';
import { ServiceConfigError } from '@asiointi/platform-service';
import { z } from 'zod';

export interface FeedbackServiceEnv {
  suppressionThreshold: number | undefined;
  pulseMarkerSecret: string | undefined;
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
  return { suppressionThreshold, pulseMarkerSecret };
}
