import type { UserRole } from '../storage/types';

/**
 * Login through a municipality's identity broker with OpenID Connect (authorization code + PKCE + state +
 * nonce). Configured by the environment; without OIDC_ISSUER only local accounts exist.
 *
 * Users are provisioned on first login and updated on every login: the broker is the source of truth for
 * who works where, so roles, team and municipality come from its claims each time. A login whose role
 * claim names no Forløb role is refused and creates no user.
 */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** Absent: a public client (PKCE only). */
  clientSecret?: string;
  /** Where the broker sends the browser back: `https://<host>/api/oidc/callback`. */
  redirectUri: string;
  /** The claim holding the user's roles (a list or a space-separated string). */
  roleClaim: string;
  /** The claim holding the user's team. */
  teamClaim: string;
  /** The claim holding the user's municipality (absent: one municipality). */
  municipalityClaim?: string;
  /** Broker role values → Forløb roles; values that are Forløb role names map to themselves. */
  roleMap: Record<string, UserRole>;
  /** The broker's name on the login button ("Log ind med <name>"). */
  displayName: string;
  /** Scopes asked for; `openid` is always included. */
  scope: string;
  /** Where the broker sends the browser after its logout (absent: the app's start page, `/`). */
  postLogoutRedirectUri?: string;
}

export const FORLOEB_ROLES: readonly UserRole[] = [
  'sundhedsplejerske',
  'ressourcepaedagog',
  'familiebehandler',
  'ledende_sundhedsplejerske',
  'redaktoer',
  'administrator',
  'revisor',
];

/** OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI, OIDC_ROLE_CLAIM, OIDC_TEAM_CLAIM, … */
export function toOidcSettings(env: Record<string, string | undefined>): OidcSettings | undefined {
  if (!env.OIDC_ISSUER) return undefined;
  const missing = ['OIDC_CLIENT_ID', 'OIDC_REDIRECT_URI'].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`OIDC_ISSUER is set, so ${missing.join(' and ')} must be set too`);
  const roleMap = env.OIDC_ROLE_MAP ? (JSON.parse(env.OIDC_ROLE_MAP) as Record<string, UserRole>) : {};
  for (const [claim, role] of Object.entries(roleMap))
    if (!FORLOEB_ROLES.includes(role))
      throw new Error(`OIDC_ROLE_MAP maps '${claim}' to unknown role '${role}'`);
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID!,
    ...(env.OIDC_CLIENT_SECRET ? { clientSecret: env.OIDC_CLIENT_SECRET } : {}),
    redirectUri: env.OIDC_REDIRECT_URI!,
    roleClaim: env.OIDC_ROLE_CLAIM ?? 'roles',
    teamClaim: env.OIDC_TEAM_CLAIM ?? 'team',
    ...(env.OIDC_MUNICIPALITY_CLAIM ? { municipalityClaim: env.OIDC_MUNICIPALITY_CLAIM } : {}),
    roleMap,
    displayName: env.OIDC_NAME ?? 'kommunens login',
    scope: env.OIDC_SCOPE ?? 'openid profile',
    ...(env.OIDC_POST_LOGOUT_REDIRECT_URI
      ? { postLogoutRedirectUri: env.OIDC_POST_LOGOUT_REDIRECT_URI }
      : {}),
  };
}
