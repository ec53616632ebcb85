import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { OidcSettings } from '../../server/auth/OidcSettings';

/**
 * A local identity broker for the tests: `oidc-provider` in-process on 127.0.0.1 with its development
 * login and consent pages (any password), a confidential client for Forløb, and accounts whose role, team
 * and municipality claims travel in the ID token. Started before Forløb, since each must know the other's
 * address: the app's port is reserved first.
 */

export const ACCOUNTS: Record<string, Record<string, unknown>> = {
  hanne: {
    name: 'Hanne Broker',
    preferred_username: 'hanne',
    roles: ['sundhedsplejerske'],
    team: 'team-a',
    municipality: 'ishoej',
  },
  lene: {
    name: 'Lene Leder',
    preferred_username: 'lene',
    roles: 'sp-leder',
    team: 'team-a',
    municipality: 'ishoej',
  },
  // Her username is a local demo account's too: she must get a qualified one, never the local account.
  redaktoer: {
    name: 'Broker Redaktør',
    preferred_username: 'redaktoer',
    roles: ['redaktoer'],
    team: 'team-x',
  },
  gaest: { name: 'Gæst', preferred_username: 'gaest', roles: ['borger'], team: 'team-a' },
};

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

export interface OidcBroker {
  issuer: string;
  /** Forløb's address, to start the app on (`port`). */
  appUrl: string;
  appPort: number;
  /** What to pass to startServer as `oidc`. */
  settings: OidcSettings;
  close(): Promise<void>;
}

export async function startOidcProvider(): Promise<OidcBroker> {
  const broker: Server = createServer();
  await new Promise<void>((ready) => broker.listen(0, '127.0.0.1', ready));
  const issuer = `http://127.0.0.1:${(broker.address() as AddressInfo).port}`;
  const appPort = await freePort();
  const appUrl = `http://127.0.0.1:${appPort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'forloeb',
        client_secret: 'hemmelig-klientnoegle',
        redirect_uris: [`${appUrl}/api/oidc/callback`],
        post_logout_redirect_uris: [`${appUrl}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'roles', 'team', 'municipality'] },
    // The role and team claims travel in the ID token, as brokers configured for Forløb send them.
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) =>
      ACCOUNTS[id] ? { accountId: id, claims: () => ({ sub: id, ...ACCOUNTS[id] }) } : undefined,
  });
  broker.on('request', provider.callback());
  return {
    issuer,
    appUrl,
    appPort,
    settings: {
      issuer,
      clientId: 'forloeb',
      clientSecret: 'hemmelig-klientnoegle',
      redirectUri: `${appUrl}/api/oidc/callback`,
      roleClaim: 'roles',
      teamClaim: 'team',
      municipalityClaim: 'municipality',
      roleMap: { 'sp-leder': 'ledende_sundhedsplejerske' },
      displayName: 'Ishøj Kommune',
      scope: 'openid profile',
    },
    close: () => new Promise<void>((done) => broker.close(() => done())),
  };
}
