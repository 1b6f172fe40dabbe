// Answering a feedback request without signing in: the token from the link (its fragment, never sent in a
// URL) travels in the POST body only. A used, expired or unknown token gets one answer, so that a caller
// cannot tell which.
import { localizedTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { answerSheetSchema } from './answers';
import { requestLanguageSchema } from './consumed-events';
import { questionSetDefinitionSchema } from './question-sets';

/** 256 random bits, base64url without padding: 43 characters. */
export const requestTokenLength = 43;
export const requestTokenSchema = z
  .string()
  .length(requestTokenLength)
  .regex(/^[A-Za-z0-9_-]+$/);

/** The path of the answer page in the portal; the token follows in the fragment (`#<token>`). */
export const feedbackAnswerPath = '/feedback/answer';

export const openRequestInputSchema = z.object({ token: requestTokenSchema }).strict();
export type OpenRequestInput = z.infer<typeof openRequestInputSchema>;

export const saveDraftInputSchema = z
  .object({ token: requestTokenSchema, sheet: answerSheetSchema })
  .strict();
export type SaveDraftInput = z.infer<typeof saveDraftInputSchema>;

export const submitAnswerInputSchema = saveDraftInputSchema;
export type SubmitAnswerInput = z.infer<typeof submitAnswerInputSchema>;

/** What the answer page renders: the set's version, the unit's name and the sheet saved so far. */
export const openedRequestSchema = z
  .object({
    set: questionSetDefinitionSchema,
    /** Null when the unit directory no longer names the unit: the page then says "the service". */
    unitName: localizedTextSchema.nullable(),
    /** The language the request was written in (the page opens in it unless the reader chose another). */
    language: requestLanguageSchema,
    draft: answerSheetSchema.nullable(),
  })
  .strict();
export type OpenedRequest = z.infer<typeof openedRequestSchema>;
