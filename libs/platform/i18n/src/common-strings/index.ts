import type { Language } from '../languages';
import { commonEn } from './en';
import { commonFi, type CommonStrings } from './fi';
import { commonSv } from './sv';

export type { CommonStrings };

export const commonNamespace = 'common';

export const commonStrings: Record<Language, CommonStrings> = { fi: commonFi, sv: commonSv, en: commonEn };
