import * as client from 'openid-client';
import type { OidcSettings } from './OidcSettings';

/** What the browser carries between the redirect to the broker and the callback (in a short-lived cookie). */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * The relying party, with `openid-client`: discovery once (retried after a failure), then authorization code
 * with PKCE (S256), state and nonce; the ID token is checked by the library (issuer, audience, signature,
 * nonce, expiry). Claims missing from the ID token are read from the userinfo endpoint.
 */
export function createOidcClient(settings: OidcSettings) {
  let configuration: Promise<client.Configuration> | undefined;
  const getConfiguration = () => {
    configuration ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None(),
        // A broker on plain http is accepted only on this machine (the tests' local provider).
        isLocalHttp(settings.issuer) ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };

  return {
    async start(): Promise<{ url: URL; flow: OidcFlow }> {
      const config = await getConfiguration();
      const flow: OidcFlow = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: settings.scope.split(' ').includes('openid') ? settings.scope : `openid ${settings.scope}`,
        code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
      return { url, flow };
    },
    /**
     * The claims of the user who came back with `callbackUrl`, and the ID token (kept for the broker's
     * logout as `id_token_hint`); throws when any check fails.
     */
    async finish(
      callbackUrl: URL,
      flow: OidcFlow,
    ): Promise<{ claims: Record<string, unknown>; idToken: string | undefined }> {
      const config = await getConfiguration();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('The broker sent no ID token');
      const wanted = [
        settings.roleClaim,
        settings.teamClaim,
        settings.municipalityClaim ?? settings.roleClaim,
      ];
      const idToken = tokens.id_token;
      if (wanted.every((name) => name in claims)) return { claims: { ...claims }, idToken };
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      return { claims: { ...info, ...claims }, idToken };
    },
    /**
     * Where to send the browser to end the broker's session too (RP-initiated logout), or undefined when
     * the broker has no end_session_endpoint. The broker sends it back to `postLogoutRedirectUri`.
     */
    async logoutUrl(idToken: string | undefined): Promise<URL | undefined> {
      const config = await getConfiguration();
      if (!config.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(config, {
        ...(idToken ? { id_token_hint: idToken } : {}),
        post_logout_redirect_uri: settings.postLogoutRedirectUri ?? new URL('/', settings.redirectUri).href,
      });
    },
  };
}

export type OidcClient = ReturnType<typeof createOidcClient>;

function isLocalHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
