import type { Language } from '@asiointi/platform-i18n';
import type { StatementContent } from './statement-content';
import { statementEn } from './statement-en';
import { statementFi } from './statement-fi';
import { statementSv } from './statement-sv';

export const statements: Record<Language, StatementContent> = {
  fi: statementFi,
  sv: statementSv,
  en: statementEn,
};
