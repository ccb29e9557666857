import crypto from 'node:crypto';

/** What the host lets through: loopback Host headers (no DNS rebinding), its own Origin, and its token. */
export interface Guard {
  token: string;
  port: number;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

export function isAllowedHost(guard: Guard, host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_NAMES.some((name) => host === `${name}:${guard.port}`);
}

/** Browsers send Origin on cross-site requests and on POSTs; a missing Origin is a non-browser client. */
export function isAllowedOrigin(guard: Guard, origin: string | undefined): boolean {
  return origin === undefined || LOOPBACK_NAMES.some((name) => origin === `http://${name}:${guard.port}`);
}

export function hasToken(guard: Guard, authorization: string | undefined): boolean {
  const match = /^Bearer ([0-9a-f]+)$/.exec(authorization ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(guard.token);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

export const newToken = () => crypto.randomBytes(24).toString('hex');
