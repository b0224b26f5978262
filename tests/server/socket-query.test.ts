/**
 * The browser's network match puts its match ID in the socket handshake's query string — what
 * docs/deploy.md's nginx hashes on (`hash $arg_matchID`) — on the polling requests and on the
 * WebSocket upgrade alike. A bare socket.io server records what reaches it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { Server } from 'socket.io';
import { afterAll, describe, expect, it } from 'vitest';
import { getScenario } from '../../game/index.ts';
import { NetMatch } from '../../src/app/net/netMatch.ts';
import { gameNameOf } from '../../src/server/protocol.ts';
import { ROOT } from './child.ts';
import { SCENARIO } from './helpers.ts';
import { until } from './net-clients.ts';

const http = createServer();
const io = new Server(http, { serveClient: false });
afterAll(async () => {
  await new Promise<void>((done) => io.close(() => done()));
});

describe('the socket of a network match', () => {
  it('carries ?matchID=<its match> to the server, as the deployment recipe hashes on', async () => {
    const urls: string[] = [];
    http.prependListener('request', (req) => req.url?.startsWith('/socket.io/') && urls.push(req.url));
    http.prependListener('upgrade', (req) => urls.push(req.url ?? ''));
    const queries: unknown[] = [];
    io.of(`/${gameNameOf(SCENARIO)}`).on('connection', (socket) => queries.push(socket.handshake.query.matchID));
    await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

    const match = new NetMatch({
      matchID: 'abcDEF123_-x',
      scenario: getScenario(SCENARIO)!,
      playerID: null,
      credentials: null,
      server: url,
    });
    try {
      await until(() => queries.length > 0, 'the socket connected');
      expect(queries).toEqual(['abcDEF123_-x']);
      expect(urls.length).toBeGreaterThan(0);
      for (const u of urls) expect(new URL(u, url).searchParams.get('matchID')).toBe('abcDEF123_-x');
    } finally {
      match.dispose();
    }
    // The recipe names the same query parameter.
    expect(readFileSync(`${ROOT}/docs/deploy.md`, 'utf8')).toContain('hash $arg_matchID consistent;');
  });
});
