/**
 * The Smart Alert's type names are worked out when onsend.js is built (scripts/alert-type-forms.cjs) and
 * stand in for src/onsend/type-forms.ts there: they must be what the module itself returns, and the bundle
 * must carry them and not the registry's other names.
 */
import { readFileSync } from 'node:fs';
import { entityForms } from '../../src/addin/entity-labels';
import { typeForms } from '../../src/onsend/type-forms';
import { BUNDLE, ensureBundle, ROOT } from './bundle-harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS helper
const { alertTypeForms } = require('../../scripts/alert-type-forms.cjs') as {
  alertTypeForms: (root: string) => unknown;
};

describe('the alert type names worked out at build time', () => {
  it('are what type-forms.ts returns, in both languages', () => {
    expect(alertTypeForms(ROOT)).toEqual({ sv: typeForms('sv'), en: typeForms('en') });
  });

  it.each([
    ['sv', 'no-fodselsnummer', ['norskt fødselsnummer', 'norska fødselsnummer']],
    ['en', 'email-address', ['email address', 'email addresses']],
  ] as const)('name %s %s by the registry', (language, type, forms) => {
    expect(typeForms(language)[type]).toEqual(forms);
    expect(entityForms(type, language)).toEqual(forms);
  });

  it('reach the bundle, and the names of types named by their category do not', () => {
    ensureBundle();
    const bundle = readFileSync(BUNDLE, 'utf8');
    expect(bundle).toContain('Norwegian national identity numbers');
    expect(bundle).not.toContain('greeting to someone else');
    expect(bundle).not.toContain('diagnosis code');
  });
});
