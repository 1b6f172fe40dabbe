// What the feedback service reads from the environment besides every module service's variables:
// FEEDBACK_REQUEST_DELAY_MINUTES (default 120, 0 to 10080): how long after a visit its feedback request is
// sent (never at night: a time between 21:00 and 08:00 Helsinki moves to 08:00);
// FEEDBACK_REQUEST_VALID_DAYS (default 14, 1 to 90): how many days the link works after sending.
import { defaultRequestTimingRules, type RequestTimingRules } from '@asiointi/feedback-domain';
import { ServiceConfigError } from '@asiointi/platform-service';
import { z } from 'zod';

const variables = {
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

/** Throws ServiceConfigError naming the variable (the value is not echoed). */
export function readFeedbackServiceEnv(env: Record<string, string | undefined>): RequestTimingRules {
  const rules: RequestTimingRules = { ...defaultRequestTimingRules };
  for (const [name, variable] of Object.entries(variables)) {
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
