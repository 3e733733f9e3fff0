// Types for serve.mjs (plain JavaScript, so that Node runs it without a build step).
import type { Server } from 'node:http';

export const SUB_PATH: string;
export function serve(options?: { dir?: string; host?: string; port?: number; csp?: boolean }): Promise<Server>;
export function serveUntilStopped(options?: { dir?: string; host?: string; port?: number; command?: string }): Promise<Server>;
