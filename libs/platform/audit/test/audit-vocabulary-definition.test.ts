import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type AuditSpecOf,
  AuditVocabularyError,
  defineAuditSpecs,
  defineAuditVocabulary,
  labelsForEvents,
} from '../src/index';

const texts = (word: string) => ({ fi: `${word} fi`, sv: `${word} sv`, en: `${word} en` });

const vocabulary = defineAuditVocabulary({
  resources: { notes: texts('notes'), 'care-plan': texts('care plan') },
  purposes: { 'care-delivery': texts('care') },
});

describe('defineAuditVocabulary', () => {
  it('keeps the words by code', () => {
    expect(vocabulary.resources['care-plan']).toEqual(texts('care plan'));
    expect(vocabulary.purposes['care-delivery']).toEqual(texts('care'));
  });

  it.each([
    ['a code with capitals or spaces', { resources: { 'Care plan': texts('x') }, purposes: {} }, 'resources.Care plan: not a code'],
    ['a text missing a language', { resources: {}, purposes: { care: { fi: 'Hoito', en: 'Care' } } }, 'purposes.care: needs a text in fi, sv and en'],
    ['a blank text', { resources: { notes: { ...texts('x'), sv: ' ' } }, purposes: {} }, 'resources.notes: needs a text in fi, sv and en'],
    ['the platform’s own resource', { resources: { 'audit-trail': texts('x') }, purposes: {} }, "resources.audit-trail: the platform's own term"],
    ['the platform’s own purpose', { resources: {}, purposes: { 'data-subject-access': texts('x') } }, "purposes.data-subject-access: the platform's own term"],
  ])('refuses %s when the module loads', (_name, terms, problem) => {
    expect(() => defineAuditVocabulary(terms as never)).toThrow(AuditVocabularyError);
    expect(() => defineAuditVocabulary(terms as never)).toThrow(problem);
  });
});

describe('audit specs typed by the vocabulary', () => {
  it('compile with the vocabulary’s codes only', () => {
    const specs = defineAuditSpecs(vocabulary, {
      notesRead: { action: 'read', resourceType: 'notes', purpose: 'care-delivery' },
    });
    expectTypeOf(specs.notesRead.resourceType).toEqualTypeOf<'notes'>();
    expectTypeOf<AuditSpecOf<typeof vocabulary>['resourceType']>().toEqualTypeOf<'notes' | 'care-plan'>();
    defineAuditSpecs(vocabulary, {
      // @ts-expect-error -- a resource type the vocabulary has no words for
      unknownResource: { action: 'read', resourceType: 'note', purpose: 'care-delivery' },
    });
    defineAuditSpecs(vocabulary, {
      // @ts-expect-error -- a purpose the vocabulary has no words for
      unknownPurpose: { action: 'update', resourceType: 'notes', purpose: 'curiosity' },
    });
  });
});

describe('labelsForEvents', () => {
  it('picks the words for the codes given, and nothing for a code that only looks like a property', () => {
    const labels = labelsForEvents(vocabulary, [
      { resource: 'notes', purpose: 'care-delivery' },
      { resource: 'constructor', purpose: 'toString' },
    ]);
    expect(labels).toEqual({
      resources: { notes: texts('notes') },
      purposes: { 'care-delivery': texts('care') },
    });
  });
});
