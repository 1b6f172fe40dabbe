// One question of a set as one fieldset: the recommendation (0–10 and its "why"), a statement on the
// agreement scale or with smileys (each with a text label) and "cannot say", or an open question.
import { useTranslation } from 'react-i18next';
import type { Question, QuestionAnswer } from '@asiointi/feedback-contract';
import type { Language } from '@asiointi/platform-i18n';
import { Radio, RadioGroup, TextAreaField } from '@asiointi/platform-ui';
import { maxFreeTextAnswerLength } from '@asiointi/feedback-contract';

export interface QuestionFieldProps {
  question: Question;
  number: number;
  total: number;
  language: Language;
  answer: QuestionAnswer | undefined;
  onChange(answer: QuestionAnswer): void;
}

const faces = { '1': '😞', '2': '🙁', '3': '😐', '4': '🙂', '5': '😄' } as const;
const scalePoints = ['1', '2', '3', '4', '5'] as const;
const recommendationPoints = Array.from({ length: 11 }, (_, value) => String(value));

export function QuestionField({ question, number, total, language, answer, onChange }: QuestionFieldProps) {
  const { t } = useTranslation('feedback');
  const text = question.text[language];
  return (
    <fieldset className="feedback-question">
      <legend className="feedback-question__number">{t('answer.questionOf', { number, total })}</legend>
      {question.kind === 'recommendation' ? (
        <>
          <RadioGroup
            label={text}
            description={`${t('answer.recommendationLow')}, ${t('answer.recommendationHigh')}`}
            orientation="horizontal"
            value={answer?.kind === 'recommendation' && answer.value !== null ? String(answer.value) : null}
            onChange={(value) =>
              onChange({
                kind: 'recommendation',
                questionId: question.id,
                value: Number(value),
                comment: answer?.kind === 'recommendation' ? answer.comment : undefined,
              })
            }
          >
            {recommendationPoints.map((point) => (
              <Radio key={point} value={point}>
                {point}
              </Radio>
            ))}
          </RadioGroup>
          <TextAreaField
            label={question.commentPrompt[language]}
            description={t('answer.optional')}
            characterLimit={maxFreeTextAnswerLength}
            errorMessage={t('answer.textTooLong', { max: maxFreeTextAnswerLength })}
            value={answer?.kind === 'recommendation' ? (answer.comment ?? '') : ''}
            onChange={(comment) =>
              onChange({
                kind: 'recommendation',
                questionId: question.id,
                value: answer?.kind === 'recommendation' ? answer.value : null,
                comment: comment === '' ? undefined : comment,
              })
            }
          />
        </>
      ) : null}
      {question.kind === 'statement' ? (
        <RadioGroup
          label={text}
          description={t('answer.optional')}
          value={answer?.kind === 'statement' && answer.value !== null ? String(answer.value) : null}
          onChange={(value) =>
            onChange({
              kind: 'statement',
              questionId: question.id,
              value: value === 'cannotSay' ? 'cannotSay' : (Number(value) as 1 | 2 | 3 | 4 | 5),
            })
          }
        >
          {scalePoints.map((point) => (
            <Radio key={point} value={point}>
              {question.scale === 'smiley' ? (
                <span className="feedback-smiley">
                  <span className="feedback-smiley__face" aria-hidden="true">
                    {faces[point]}
                  </span>
                  {t(`answer.smiley.${point}`)}
                </span>
              ) : (
                `${point} ${t(`answer.agreement.${point}`)}`
              )}
            </Radio>
          ))}
          <Radio value="cannotSay">{t('answer.cannotSay')}</Radio>
        </RadioGroup>
      ) : null}
      {question.kind === 'freeText' ? (
        <TextAreaField
          label={text}
          description={t('answer.optional')}
          characterLimit={question.maxLength}
          errorMessage={t('answer.textTooLong', { max: question.maxLength })}
          value={answer?.kind === 'freeText' ? answer.text : ''}
          onChange={(value) => onChange({ kind: 'freeText', questionId: question.id, text: value })}
        />
      ) : null}
    </fieldset>
  );
}
