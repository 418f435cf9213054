import { expect, test } from '@playwright/test';
import { get, IncomingHttpHeaders } from 'node:http';

/** A raw GET, so the path reaches the server exactly as written (no client re-encodes it). */
function rawGet(baseURL: string, path: string): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    get(new URL(baseURL), { path }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    }).on('error', reject);
  });
}

test('the reference server answers 400 to a path that is not valid percent-encoding, and keeps serving', async ({ baseURL }) => {
  expect((await rawGet(baseURL!, '/journal/%E0%A4%A')).status).toBe(400);
  expect((await rawGet(baseURL!, '/')).status).toBe(200);
});

test('the reference server sends the security headers README promises, framing forbidden', async ({ baseURL }) => {
  for (const path of ['/', '/help', '/tend-worker.js', '/no-such-file.js']) {
    const { headers } = await rawGet(baseURL!, path);
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]) {
      expect(csp, `${path}: ${directive}`).toContain(directive);
    }
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
  }
});
