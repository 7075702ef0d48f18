// The closed registry of entity types. The compile-time half of this test is `npx tsc -p tsconfig.json`:
// each `@ts-expect-error` below fails the type check if the line under it ever compiles.
import {
  DEFAULT_RECOGNIZERS,
  ENTITY_TYPES,
  entityName,
  isEntityType,
  type EntityType,
  type EntityTypeInfo,
  type Finding,
  type Recognizer,
} from '../../../../src/core/detection';

// @ts-expect-error: a type registered without its Swedish name does not compile.
const withoutSwedish: EntityTypeInfo = { category: 'health', en: 'blood type' };

// @ts-expect-error: a recognizer may only report a registered type.
const unregistered: Recognizer = { id: 'se-skattekonto', category: 'financial' };

// @ts-expect-error: nor may a finding carry one.
const unregisteredType: Finding['type'] = 'blood-type';

// @ts-expect-error: the registry must hold every member of the union (here one is left out).
const incomplete: { readonly [T in EntityType]: EntityTypeInfo } = { iban: ENTITY_TYPES.iban };

describe('entity-type registry', () => {
  it('keeps the compile-time probes out of the way at run time', () => {
    expect([withoutSwedish, unregistered, unregisteredType, incomplete]).toHaveLength(4);
  });

  it('names every type in Swedish and English and files it under a category', () => {
    for (const [id, info] of Object.entries(ENTITY_TYPES)) {
      expect([id, info.sv.trim().length > 0, info.en.trim().length > 0]).toEqual([id, true, true]);
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it("gives every shipped recognizer a registered type with the recognizer's category", () => {
    const ids = DEFAULT_RECOGNIZERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of DEFAULT_RECOGNIZERS)
      expect([r.id, ENTITY_TYPES[r.id].category]).toEqual([r.id, r.category]);
  });

  it.each([
    ['se-personnummer', 'personnummer', 'personnummer'],
    ['health-term', 'hälsouppgift', 'health information'],
    ['payment-card', 'kortnummer', 'payment card number'],
  ] as const)('names %s', (type, sv, en) => {
    expect([entityName(type, 'sv'), entityName(type, 'en')]).toEqual([sv, en]);
  });

  it.each([
    ['se-personnummer', true],
    ['iban', true],
    ['toString', false],
    ['blood-type', false],
  ])('tells a registered id (%s) from any other string', (id, known) => {
    expect(isEntityType(id)).toBe(known);
  });
});
