import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { themeFor } from '../../src/taskpane/theme';
import { entityTypeName, languageFromDisplay, stringsFor } from '../../src/taskpane/strings';

describe('Office theme → Fluent theme', () => {
  it.each([
    ['white body (Colorful)', { bodyBackgroundColor: '#ffffff' }, false, webLightTheme],
    ['dark grey body (Dark Gray)', { bodyBackgroundColor: '#262626' }, false, webDarkTheme],
    ['black body (Black)', { bodyBackgroundColor: '000000' }, false, webDarkTheme],
    ['no theme from the host', undefined, false, webLightTheme],
    ['unreadable colour', { bodyBackgroundColor: 'rgb(0,0,0)' }, false, webLightTheme],
    ['forced colours win', { bodyBackgroundColor: '#ffffff' }, true, teamsHighContrastTheme],
  ])('%s', (_name, office, forced, expected) => {
    expect(themeFor(office, forced)).toBe(expected);
  });
});

describe('language', () => {
  it.each([
    ['sv-SE', 'sv'],
    ['sv-FI', 'sv'],
    ['SV', 'sv'],
    ['en-US', 'en'],
    ['nb-NO', 'en'],
    [undefined, 'en'],
  ] as const)('display language %s → %s', (display, language) => {
    expect(languageFromDisplay(display)).toBe(language);
  });

  it('names entity types for people, falling back to the id without its country prefix', () => {
    expect(entityTypeName(stringsFor('sv'), 'se-personnummer')).toBe('personnummer');
    expect(entityTypeName(stringsFor('sv'), 'person-name')).toBe('namn');
    expect(entityTypeName(stringsFor('en'), 'payment-card')).toBe('payment card number');
    expect(entityTypeName(stringsFor('en'), 'xx-future-type')).toBe('future type');
  });
});
