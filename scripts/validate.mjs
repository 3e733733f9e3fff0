// `npm run validate [story-dir]`: see node/story/validateCli.ts. jiti runs the TypeScript validator
// directly, so the CLI, the build and the tests share one implementation.
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { runValidate } = await jiti.import('../node/story/validateCli.ts');
process.exitCode = runValidate(process.argv.slice(2));
