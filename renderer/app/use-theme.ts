import { useEffect } from 'react';
import type { Theme } from '../../shared/domain/settings';

/**
 * Settings' light or dark wins over the system's; 'system' leaves the choice to the
 * operating system, live (the stylesheet's light-dark() colours follow color-scheme).
 */
export function useTheme(theme: Theme | undefined): void {
  useEffect(() => {
    const root = document.documentElement;
    if (!theme || theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
