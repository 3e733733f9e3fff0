// The editor's API on the dev server (`npm run edit`, scripts/edit.mjs), over the story folder it
// edits (node/editor/storyStore.ts):
//   GET  /api/story  the three files as JSON, with the version of each;
//   POST /api/check  { files }: what the validator says of them, every problem located;
//   GET  /api/places?q=  Find a place: the gazetteer's matches for a name (node/editor/gazetteer.ts);
//   POST /api/save   { files, versions }: 200 with the new versions, 409 when a file changed on
//                    disk since it was read (and which), 422 when the story does not validate.
// Only the loopback server that `npm run edit` starts has it: the built site never does.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { findPlaces } from '../editor/gazetteer.ts';
import { checkStory, openStory, type StoryJson, saveStory, type Versions } from '../editor/storyStore.ts';

/** The largest request body the API reads: the validator's own limit for a file is 8 MB. */
const MAX_BODY = 30 * 1024 * 1024;

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((done, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) fail(new Error('request too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        done(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        fail(error);
      }
    });
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function editorApiPlugin(storyDir: string): Plugin {
  const dir = resolve(storyDir);
  return {
    name: 'story-map:editor-api',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/api/', async (req, res) => {
        try {
          const url = new URL(req.url ?? '', 'http://editor');
          const path = url.pathname;
          if (req.method === 'GET' && path === '/story') {
            send(res, 200, { ...openStory(dir), folder: relative(process.cwd(), dir) || dir });
          } else if (req.method === 'GET' && path === '/places') {
            send(res, 200, { matches: findPlaces(url.searchParams.get('q') ?? '') });
          } else if (req.method === 'POST' && path === '/check') {
            const { files } = (await readJson(req)) as { files: StoryJson };
            const { errors, warnings, stoppedAfter } = checkStory(files);
            send(res, 200, { errors, warnings, stoppedAfter });
          } else if (req.method === 'POST' && path === '/save') {
            const { files, versions } = (await readJson(req)) as { files: StoryJson; versions: Versions };
            const result = saveStory(dir, files, versions);
            send(res, result.saved ? 200 : result.reason === 'conflict' ? 409 : 422, result);
          } else send(res, 404, { error: `no such API: ${req.method} ${path}` });
        } catch (error) {
          send(res, 400, { error: error instanceof Error ? error.message : String(error) });
        }
      });
    },
  };
}
