/** The Fluent theme that matches Office's: light, dark, or high contrast. */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The colours Office reports (`Office.context.officeTheme`), when the host has them. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance of a `#rrggbb` colour (0 black … 1 white), or undefined if it is not one. */
function luminance(color: string | undefined): number | undefined {
  const match =
    color === undefined ? null : /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!match) return undefined;
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => parseInt(hex ?? '0', 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office's body background is dark; high contrast when the OS forces colours. */
export function themeFor(office: OfficeThemeColors | undefined, forcedColors: boolean): Theme {
  if (forcedColors) return teamsHighContrastTheme;
  const light = luminance(office?.bodyBackgroundColor);
  return light !== undefined && light < 0.4 ? webDarkTheme : webLightTheme;
}
