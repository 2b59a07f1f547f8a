/** Fluent's web theme, dark or light as Office is, with Office's own pane colours when given. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { HostTheme } from '../host/types.js';

export function themeFor(host: HostTheme | undefined): Theme {
  const base = host?.dark ? webDarkTheme : webLightTheme;
  if (!host?.background && !host?.foreground) return base;
  return {
    ...base,
    ...(host.background ? { colorNeutralBackground1: host.background } : {}),
    ...(host.foreground ? { colorNeutralForeground1: host.foreground } : {}),
  };
}
