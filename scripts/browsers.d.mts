// Types for scripts/browsers.mjs, so that TypeScript (playwright.config.ts) shares its paths and flags.
import type { Browser } from '@playwright/test';

export declare const CHROME_PATH: string;
export declare const FIREFOX_PATH: string;
export declare const CHROMIUM_ARGS: string[];
export declare function launch(engine: 'chromium' | 'firefox'): Promise<Browser>;
